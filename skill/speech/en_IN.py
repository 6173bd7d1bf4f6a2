"""Indian English: the English base (en.py) as it is, a face towel and prices in US dollars."""
