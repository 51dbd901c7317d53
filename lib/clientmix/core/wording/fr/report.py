"""French wording of the report frame, the front page and the report driver's messages."""

WORDS: dict[str, str] = {}
