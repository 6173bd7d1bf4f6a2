"""Canadian English over the English base: a facecloth, and "moisturizer" as Canada spells it."""

PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a facecloth in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
    "step_moisturise": ("Finish with your moisturizer.",),
    "item_moisturiser": ("moisturizer",),
}
