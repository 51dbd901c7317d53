"""English wording of the data received (stage 01): engagement.yaml, readers, loading, FEC; its errors and its report section."""

WORDS: dict[str, str] = {}
