"""Errors eventwire raises. Each says which input failed and what to do about it."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class for every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input that cannot be read or coded.

    ``origin`` names the input (a path, ``path:line`` or a URL) so that the
    message printed for a user always says which one failed.
    """

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Rebuilt from its two arguments when it crosses a process boundary (``--workers``): the
        # default pickling would call __init__ with the formatted message alone and fail.
        return (type(self), (self.origin, self.reason))


class ModelNotFoundError(EventwireError):
    """The configured spaCy pipeline is not installed."""
