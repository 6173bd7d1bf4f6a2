"""Canadian English over the English base: a facecloth, prices in US dollars."""

CURRENCY = ("US dollar", "US dollars")
PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a facecloth in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
}
