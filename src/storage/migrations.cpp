// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations_p.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// v1: the data model of docs/architecture.md ("Data", "Tables and columns"). Decisions:
// - Versions, scenes, drafts and script_character rows cannot live without their parent:
//   ON DELETE CASCADE. Deleting a character detaches it from its scripts (the link rows go).
// - job.script_id and job.scene_id are ON DELETE SET NULL: a job's token usage is money the
//   writer spent and stays visible after the script is gone; the job queue fails a pending job
//   whose script disappeared. script_version.job_id is SET NULL too.
// - Times are ISO 8601 UTC text with milliseconds, so they sort as text.
// - Catalog ids (genre, tone, format, origin, kind, status) are checked by the stores, not by
//   CHECK constraints, so extending a list needs no table rebuild.
Migration baseTables()
{
    return {1,
            {
                uR"(CREATE TABLE character (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    personality TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    voice TEXT NOT NULL DEFAULT '',
    backstory TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
                u"CREATE INDEX character_name ON character (name COLLATE NOCASE)"_s,
                u"CREATE INDEX character_updated_at ON character (updated_at)"_s,
                uR"(CREATE TABLE script (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    logline TEXT NOT NULL DEFAULT '',
    genre TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'screenplay',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
                u"CREATE INDEX script_updated_at ON script (updated_at)"_s,
                u"CREATE INDEX script_title ON script (title COLLATE NOCASE)"_s,
                uR"(CREATE TABLE script_character (
    script_id INTEGER NOT NULL REFERENCES script (id) ON DELETE CASCADE,
    character_id INTEGER NOT NULL REFERENCES character (id) ON DELETE CASCADE,
    PRIMARY KEY (script_id, character_id)) WITHOUT ROWID)"_s,
                u"CREATE INDEX script_character_character ON script_character (character_id)"_s,
                uR"(CREATE TABLE job (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    script_id INTEGER REFERENCES script (id) ON DELETE SET NULL,
    scene_id INTEGER REFERENCES scene (id) ON DELETE SET NULL,
    base_version INTEGER,
    request TEXT NOT NULL DEFAULT '{}',
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    base_url TEXT NOT NULL DEFAULT '',
    partial TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    request_ids TEXT NOT NULL DEFAULT '[]',
    stop_reason TEXT NOT NULL DEFAULT '',
    runner TEXT NOT NULL DEFAULT '',
    heartbeat_at TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    completed_at TEXT))"_s,
                u"CREATE INDEX job_status ON job (status)"_s,
                u"CREATE INDEX job_created_at ON job (created_at)"_s,
                u"CREATE INDEX job_script ON job (script_id)"_s,
                u"CREATE INDEX job_scene ON job (scene_id)"_s,
                uR"(CREATE TABLE script_version (
    id INTEGER PRIMARY KEY,
    script_id INTEGER NOT NULL REFERENCES script (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    content TEXT NOT NULL,
    origin TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    job_id TEXT REFERENCES job (id) ON DELETE SET NULL,
    parent_number INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (script_id, number)))"_s,
                u"CREATE INDEX script_version_job ON script_version (job_id)"_s,
                u"CREATE INDEX script_version_created_at ON script_version (created_at)"_s,
                uR"(CREATE TABLE scene (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES script_version (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    setting TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    tension TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    UNIQUE (version_id, number)))"_s,
                uR"(CREATE TABLE draft (
    script_id INTEGER PRIMARY KEY REFERENCES script (id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    base_version INTEGER,
    updated_at TEXT NOT NULL))"_s,
                u"CREATE INDEX draft_updated_at ON draft (updated_at)"_s,
            }};
}

// v2: full-text search (FTS5, bm25 ranking). Three indexes, each keyed by the rowid of what it
// indexes, so triggers update them with rowid lookups: script titles and loglines; the newest
// version of each script (rowid = script id, version_id kept alongside); character fields.
// Existing rows are indexed by the migration itself.
Migration fullTextSearch()
{
    const QString tokenizer = u"tokenize = 'unicode61 remove_diacritics 2'"_s;
    return {2,
            {
                u"CREATE VIRTUAL TABLE script_fts USING fts5 (title, logline, %1)"_s.arg(tokenizer),
                u"CREATE VIRTUAL TABLE version_fts USING fts5 (content, version_id UNINDEXED, %1)"_s
                    .arg(tokenizer),
                u"CREATE VIRTUAL TABLE character_fts USING fts5 (name, personality, goals, voice, "
                "backstory, %1)"_s.arg(tokenizer),

                uR"(CREATE TRIGGER script_fts_insert AFTER INSERT ON script BEGIN
    INSERT INTO script_fts (rowid, title, logline) VALUES (new.id, new.title, new.logline);
END)"_s,
                uR"(CREATE TRIGGER script_fts_update AFTER UPDATE OF title, logline ON script BEGIN
    DELETE FROM script_fts WHERE rowid = old.id;
    INSERT INTO script_fts (rowid, title, logline) VALUES (new.id, new.title, new.logline);
END)"_s,
                uR"(CREATE TRIGGER script_fts_delete AFTER DELETE ON script BEGIN
    DELETE FROM script_fts WHERE rowid = old.id;
    DELETE FROM version_fts WHERE rowid = old.id;
END)"_s,
                // A new version is the newest: numbers only grow.
                uR"(CREATE TRIGGER version_fts_insert AFTER INSERT ON script_version BEGIN
    DELETE FROM version_fts WHERE rowid = new.script_id;
    INSERT INTO version_fts (rowid, content, version_id)
        VALUES (new.script_id, new.content, new.id);
END)"_s,
                // Whatever version goes, the index holds the newest one left (or none).
                uR"(CREATE TRIGGER version_fts_delete AFTER DELETE ON script_version BEGIN
    DELETE FROM version_fts WHERE rowid = old.script_id;
    INSERT INTO version_fts (rowid, content, version_id)
        SELECT script_id, content, id FROM script_version
        WHERE script_id = old.script_id ORDER BY number DESC LIMIT 1;
END)"_s,
                uR"(CREATE TRIGGER version_fts_update AFTER UPDATE OF content ON script_version
WHEN new.number = (SELECT max(number) FROM script_version WHERE script_id = new.script_id) BEGIN
    DELETE FROM version_fts WHERE rowid = new.script_id;
    INSERT INTO version_fts (rowid, content, version_id)
        VALUES (new.script_id, new.content, new.id);
END)"_s,
                uR"(CREATE TRIGGER character_fts_insert AFTER INSERT ON character BEGIN
    INSERT INTO character_fts (rowid, name, personality, goals, voice, backstory)
        VALUES (new.id, new.name, new.personality, new.goals, new.voice, new.backstory);
END)"_s,
                uR"(CREATE TRIGGER character_fts_update AFTER UPDATE ON character BEGIN
    DELETE FROM character_fts WHERE rowid = old.id;
    INSERT INTO character_fts (rowid, name, personality, goals, voice, backstory)
        VALUES (new.id, new.name, new.personality, new.goals, new.voice, new.backstory);
END)"_s,
                uR"(CREATE TRIGGER character_fts_delete AFTER DELETE ON character BEGIN
    DELETE FROM character_fts WHERE rowid = old.id;
END)"_s,

                u"INSERT INTO script_fts (rowid, title, logline) SELECT id, title, logline FROM script"_s,
                uR"(INSERT INTO version_fts (rowid, content, version_id)
    SELECT v.script_id, v.content, v.id FROM script_version v
    WHERE v.number = (SELECT max(number) FROM script_version WHERE script_id = v.script_id))"_s,
                uR"(INSERT INTO character_fts (rowid, name, personality, goals, voice, backstory)
    SELECT id, name, personality, goals, voice, backstory FROM character)"_s,
            }};
}

// v3: a scene job whose scene the writer changed after the job began completes without a
// version; `conflict` says why, in one line (docs/architecture.md, "The life of a job").
Migration jobConflict()
{
    return {3, {u"ALTER TABLE job ADD COLUMN conflict TEXT NOT NULL DEFAULT ''"_s}};
}

// v4: the story engine (docs/architecture.md, "The story engine"): a run's steps name their
// parent run and the outline scene they write; the quality gate's findings and a scene job's
// takes are kept on the job; a scene the writer locked is never rewritten.
Migration storyEngine()
{
    return {4,
            {
                u"ALTER TABLE job ADD COLUMN parent_id TEXT REFERENCES job (id) ON DELETE CASCADE"_s,
                u"ALTER TABLE job ADD COLUMN scene_number INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE job ADD COLUMN findings TEXT NOT NULL DEFAULT '[]'"_s,
                u"ALTER TABLE job ADD COLUMN takes TEXT NOT NULL DEFAULT '[]'"_s,
                u"CREATE INDEX job_parent ON job (parent_id)"_s,
                // One row per step of a run (a scene once): two processes advancing the same run
                // cannot both add it.
                u"CREATE UNIQUE INDEX job_step ON job (parent_id, kind, scene_number) "
                "WHERE parent_id IS NOT NULL"_s,
                u"ALTER TABLE scene ADD COLUMN locked INTEGER NOT NULL DEFAULT 0"_s,
            }};
}

// v5: the story board (docs/architecture.md, "The story board"): a card's colour the writer
// picked (empty: by its tone), and the cast a run proposes, marked until the writer keeps it
// (1: a character the library had, 2: one the run made).
Migration storyBoard()
{
    return {5,
            {
                u"ALTER TABLE scene ADD COLUMN color TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE script_character ADD COLUMN proposed INTEGER NOT NULL DEFAULT 0"_s,
            }};
}

// v6: revision mode (docs/architecture.md, "Production revisions"): the version a script's
// revisions are marked against, one per script. A number, not a row id: a base that is gone is
// said to be gone when a revision is printed, never silently replaced.
Migration revisionBase()
{
    return {6,
            {
                uR"(CREATE TABLE revision_base (
    script_id INTEGER PRIMARY KEY REFERENCES script (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number > 0),
    locked_at TEXT NOT NULL
))"_s,
            }};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> s{baseTables(), fullTextSearch(), jobConflict(), storyEngine(), storyBoard(),
                                    revisionBase()};
    return s;
}

} // namespace Spielberg
