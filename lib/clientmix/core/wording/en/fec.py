"""English wording of the FEC reader (accounting export): its checks and errors."""

WORDS: dict[str, str] = {}
