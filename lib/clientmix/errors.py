"""User-facing errors: plain sentences naming the file, the row or column, and what to do.

Library code raises :class:`ClientmixError` for anything the user can fix (a bad file, a bad
engagement.yaml). The command line prints ``str(error)`` without a traceback (``--debug`` shows
it). Messages are written in the engagement's language when it is known: :func:`message` takes
the wording key (tables in :mod:`clientmix.core.wording`, one per language) and the values.
"""

from __future__ import annotations

from clientmix.core import wording


class ClientmixError(Exception):
    """An error the user can fix; its text is shown as is, without a traceback."""

    def __init__(self, message: str, *, path: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


def message(key: str, lang: str | None = "fr", **fields: object) -> str:
    """The user-facing message ``key`` in ``lang`` (French unless "en"), fields filled in."""
    return wording.text(key, lang, **fields)
