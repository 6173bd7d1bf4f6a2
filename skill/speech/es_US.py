"""Spanish for US devices: the Spanish base (es.py) as it is."""

DEFAULT_TIME_ZONE = "America/New_York"
