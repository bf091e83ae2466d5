"""The store's schema, as numbered migrations.

The database's ``PRAGMA user_version`` says which migrations have run; opening
a store runs the rest in order, each in its own transaction. Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

import hashlib

MIGRATIONS: list[str] = [
    # 1: documents, failures, and the per-document records of every later stage.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        title TEXT,
        published TEXT,
        published_from TEXT NOT NULL DEFAULT 'unknown',
        url TEXT,
        source TEXT,
        origin TEXT NOT NULL DEFAULT '',
        extractor TEXT,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        removed TEXT NOT NULL DEFAULT '[]',
        annotations TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents(published);

    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;

    CREATE TABLE failures (
        origin TEXT PRIMARY KEY,
        doc_id TEXT,
        error TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        role TEXT,
        igo TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        documents TEXT NOT NULL DEFAULT '[]',
        first_seen TEXT,
        last_seen TEXT,
        user_fields TEXT NOT NULL DEFAULT '[]'
    );

    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        how TEXT
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);

    CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        direct INTEGER NOT NULL
    );
    CREATE INDEX quotes_doc ON quotes(doc_id);

    CREATE TABLE dates (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT,
        precision TEXT
    );
    CREATE INDEX dates_doc ON dates(doc_id);

    CREATE TABLE places (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        feature TEXT
    );
    CREATE INDEX places_doc ON places(doc_id);

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        mode TEXT,
        date TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE INDEX events_type_date ON events(type, date);
    """,
    # 2: what the API filters events on (flags and parties as indexed columns, evidence as full
    # text), kept in step with events.record by triggers so Store.save stays as it is; and stories.
    # Store.save writes events with INSERT OR REPLACE, whose implicit delete fires no DELETE
    # trigger, so the BEFORE INSERT trigger removes what an earlier version of the event left.
    """
    ALTER TABLE events ADD COLUMN negated INTEGER
        GENERATED ALWAYS AS (coalesce(json_extract(record, '$.negated'), 0)) VIRTUAL;
    ALTER TABLE events ADD COLUMN score REAL GENERATED ALWAYS AS (json_extract(record, '$.score')) VIRTUAL;
    ALTER TABLE events ADD COLUMN confidence REAL
        GENERATED ALWAYS AS (json_extract(record, '$.confidence')) VIRTUAL;
    CREATE INDEX events_date ON events(date);

    CREATE TABLE event_parties (
        event_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        role TEXT NOT NULL,  -- 'actor' or 'recipient'
        actor_id TEXT,
        name TEXT,
        country TEXT,
        sector TEXT
    );
    CREATE INDEX event_parties_event ON event_parties(event_id);
    CREATE INDEX event_parties_country ON event_parties(country, role);
    CREATE INDEX event_parties_sector ON event_parties(sector, role);

    CREATE VIRTUAL TABLE events_fts USING fts5(evidence);

    CREATE TRIGGER events_bi BEFORE INSERT ON events BEGIN
        DELETE FROM events_fts WHERE rowid IN (SELECT rowid FROM events WHERE id = new.id);
        DELETE FROM event_parties WHERE event_id = new.id;
    END;
    CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, evidence)
            SELECT new.rowid, group_concat(json_extract(value, '$.sentence'), ' ')
            FROM json_each(new.record, '$.evidence');
        INSERT INTO event_parties
            SELECT new.id, new.doc_id, 'actor', json_extract(value, '$.id'), json_extract(value, '$.name'),
                   json_extract(value, '$.country'), json_extract(value, '$.sector')
            FROM json_each(new.record, '$.actor');
        INSERT INTO event_parties
            SELECT new.id, new.doc_id, 'recipient', json_extract(value, '$.id'), json_extract(value, '$.name'),
                   json_extract(value, '$.country'), json_extract(value, '$.sector')
            FROM json_each(new.record, '$.recipient');
    END;
    CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
        DELETE FROM events_fts WHERE rowid = old.rowid;
        DELETE FROM event_parties WHERE event_id = old.id;
    END;

    INSERT INTO events_fts(rowid, evidence)
        SELECT e.rowid, (SELECT group_concat(json_extract(value, '$.sentence'), ' ')
                         FROM json_each(e.record, '$.evidence'))
        FROM events e;
    INSERT INTO event_parties
        SELECT e.id, e.doc_id, p.key, json_extract(a.value, '$.id'), json_extract(a.value, '$.name'),
               json_extract(a.value, '$.country'), json_extract(a.value, '$.sector')
        FROM events e, json_each(json_object('actor', json_extract(e.record, '$.actor'),
                                             'recipient', json_extract(e.record, '$.recipient'))) p,
             json_each(p.value) a;

    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        terms TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL
    );
    CREATE TABLE story_documents (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, doc_id)
    );
    CREATE INDEX story_documents_doc ON story_documents(doc_id);
    """,
    # 3: happenings, the reports of one happening merged (eventwire.merge), and their member events.
    # A happening is derived data: when any member event is deleted or replaced (a document updated
    # in place), the triggers drop the whole happening, so none ever counts a mention that is gone;
    # its other members are then in no happening until Store.refresh_happenings places them again.
    """
    CREATE TABLE happenings (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        record TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        documents INTEGER NOT NULL,
        sources INTEGER NOT NULL
    );
    CREATE INDEX happenings_type_date ON happenings(type, date);
    CREATE INDEX happenings_date ON happenings(date);

    CREATE TABLE happening_events (
        happening_id TEXT NOT NULL REFERENCES happenings(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        PRIMARY KEY (happening_id, event_id)
    );
    CREATE INDEX happening_events_event ON happening_events(event_id);

    CREATE TRIGGER events_bd_happenings BEFORE DELETE ON events BEGIN
        DELETE FROM happenings WHERE id IN (SELECT happening_id FROM happening_events WHERE event_id = old.id);
    END;
    CREATE TRIGGER events_bi_happenings BEFORE INSERT ON events BEGIN
        DELETE FROM happenings WHERE id IN (SELECT happening_id FROM happening_events WHERE event_id = new.id);
    END;
    """,
    # 4: which documents mention an actor, one row per pair. It was a JSON list in actors.documents,
    # read, extended and rewritten whole on every save of a document naming the actor: a cost that
    # grew with the corpus (a head of state is in most documents). Readers get the same sorted list
    # back (store.ACTOR_COLUMNS). No foreign key: the list never lost an id, nor does the table.
    """
    CREATE TABLE actor_documents (
        actor_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (actor_id, doc_id)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO actor_documents (actor_id, doc_id)
        SELECT a.id, d.value FROM actors a, json_each(a.documents) d;
    ALTER TABLE actors DROP COLUMN documents;
    """,
    # 5: a hash of each document's clean text (store.text_hash), so the same article under a second
    # file name or id is recognised and skipped instead of stored twice (Store.save). Documents a
    # previous version stored get theirs here; twins already stored stay (nothing is deleted).
    """
    ALTER TABLE documents ADD COLUMN text_hash TEXT;
    UPDATE documents SET text_hash = eventwire_text_hash(text);
    CREATE INDEX documents_text_hash ON documents(text_hash);
    """,
]


def latest_version() -> int:
    return len(MIGRATIONS)


def text_hash(text: str | None) -> str | None:
    """What two documents with the same article text share: a hash of the text with its runs of
    whitespace made one space (a re-saved file's line ends or trailing blanks make no new article).
    None for an empty text, which is no article to be a twin of."""
    words = " ".join((text or "").split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest() if words else None
