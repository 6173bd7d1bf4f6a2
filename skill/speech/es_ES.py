"""Spain's Spanish over the Spanish base: "zumo", not "jugo"."""

from skill.speech.es import HOME_MADE_RECIPE as _RECIPE

DEFAULT_TIME_ZONE = "Europe/Madrid"
HOME_MADE_RECIPE = {**_RECIPE, "alternatives": ("el zumo de aloe vera", "otra agua floral")}
