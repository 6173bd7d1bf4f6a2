"""Australian English over the English base: a face washer, prices in US dollars."""

CURRENCY = ("US dollar", "US dollars")
PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a face washer in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
    "step_moisturise": ("Finish with your moisturiser.",),
}
