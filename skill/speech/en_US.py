"""US English: the English base (en.py) as it is. The article's prices are US dollars."""
