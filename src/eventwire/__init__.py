"""eventwire: read news, write political event data."""

from __future__ import annotations

__version__ = "0.1.0"
