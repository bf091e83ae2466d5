"""Opening a store file: the SQLite connection (WAL), transactions, and the migrations it lacks.

The migrations themselves are in :mod:`eventwire.store.schema`; this module runs them.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.store.schema import MIGRATIONS, latest_version, text_hash

WAL_ATTEMPTS = 20  # about 10 s of waiting in all


class StoreError(EventwireError):
    """The database file cannot be opened or is of a newer eventwire."""


def connect(path: Path) -> sqlite3.Connection:
    """An open connection to the store at ``path``, in WAL mode, migrated to the latest schema."""
    try:
        # check_same_thread=False: a web server may open a store in one worker thread and use it in
        # another; each Store is still used by one request at a time.
        db = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the store {path}: {error}") from None
    db.row_factory = sqlite3.Row
    use_wal(db, path)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    # migration 5 fills the text hashes of documents stored before it with this
    db.create_function("eventwire_text_hash", 1, text_hash, deterministic=True)
    migrate(db, path)
    return db


def use_wal(db: sqlite3.Connection, path: Path) -> None:
    """Switch a new store to WAL. The switch takes an exclusive lock that SQLite's busy timeout does
    not wait for: runs opening a new store at once got "database is locked", so it is retried."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                raise StoreError(f"cannot open the store {path}: {error}") from None
            time.sleep(0.05 * (attempt + 1))


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction, taken at once (BEGIN IMMEDIATE); rolled back if its block raises."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def schema_version(db: sqlite3.Connection) -> int:
    """How many migrations the database has run."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Run the migrations the store lacks, one transaction each. The version is read again under
    each transaction's write lock: runs that open a new store at once would otherwise all read
    version 0 and run migration 1 one after the other ("table documents already exists")."""
    refuse_newer(path, schema_version(db))
    while schema_version(db) < latest_version():
        with transaction(db):
            current = schema_version(db)
            refuse_newer(path, current)
            if current == latest_version():
                break  # another process finished the migrations while this one waited
            for statement in statements(MIGRATIONS[current]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {current + 1}")


def refuse_newer(path: Path, version: int) -> None:
    """Raise StoreError for a database a newer eventwire made (more migrations than this one knows)."""
    if version > latest_version():
        raise StoreError(
            f"{path} has schema version {version}, newer than this eventwire "
            f"({latest_version()}); upgrade eventwire to open it"
        )


def statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement keeps triggers whole)."""
    found, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    return [statement for statement in found if statement]
