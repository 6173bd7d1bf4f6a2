"""Mexican Spanish over the Spanish base."""

DEFAULT_TIME_ZONE = "America/Mexico_City"
