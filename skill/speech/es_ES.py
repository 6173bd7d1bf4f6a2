"""Spain's Spanish over the Spanish base: "zumo", not "jugo"."""

from skill.speech.es import HOME_MADE_RECIPE as _RECIPE

HOME_MADE_RECIPE = {**_RECIPE, "alternatives": ("el zumo de aloe vera", "otra agua floral")}
