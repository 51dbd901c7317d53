"""English wording of the command line and the batch (console output)."""

WORDS: dict[str, str] = {}
