"""British English over the English base: a flannel."""

PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a flannel in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
}
