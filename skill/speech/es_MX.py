"""Mexican Spanish: the Spanish base (es.py) as it is, nothing of its own yet."""
