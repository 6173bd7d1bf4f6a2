"""Australian English over the English base: a face washer."""

PHRASES: dict[str, tuple[str, ...]] = {
    "step_hot_towel": (
        "Soak a face washer in hot water, wring it out, and press it to your face "
        "for two minutes. The heat opens the pores.",
    ),
}
