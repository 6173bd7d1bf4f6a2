"""Spanish for US devices: the Spanish base (es.py) as it is."""
