"""US English over the English base: prices in plain "dollars" (the article's are US dollars), a
washcloth, and US spellings."""

CURRENCY = ("dollar", "dollars")
PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a washcloth in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
    "step_moisturise": ("Finish with your moisturizer.",),
    "step_hot_towel_sensitive": (
        "Press a washcloth soaked in lukewarm water to your face for two minutes, never hot. If "
        "your skin feels tender tonight, skip this step.",
    ),
    "item_moisturiser": ("moisturizer",),
    "screen_step_moisturise": ("Moisturizer",),
    "screen_step_hot_towel": ("Hot washcloth",),
    "recipe": (
        "Mix {clay_amount} of pharmacy clay, any color, with {liquid_amount} of {liquid}. "
        "Leave it on for {minutes} minutes. {alternatives} work too. Patch-test it first.",
    ),
}
