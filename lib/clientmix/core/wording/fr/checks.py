"""French wording of argument and input errors of the computation functions."""

WORDS: dict[str, str] = {}
