"""English wording of segmentation (stage 03)."""

WORDS: dict[str, str] = {}
