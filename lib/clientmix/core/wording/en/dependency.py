"""English wording of the dependency section (stage 05)."""

WORDS: dict[str, str] = {}
