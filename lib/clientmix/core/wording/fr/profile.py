"""French wording of the customer profile (stage 02)."""

WORDS: dict[str, str] = {}
