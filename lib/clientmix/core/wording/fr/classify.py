"""French wording of classification (stage 04)."""

WORDS: dict[str, str] = {}
