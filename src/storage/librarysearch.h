// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/searchhit.h>

#include <QList>
#include <QString>

namespace Spielberg {

class Database;

/**
 * Full-text search over script titles and loglines, each script's newest version and the
 * character fields (FTS5 indexes the v2 migration keeps in sync by triggers). The writer's
 * words are matched as quoted terms, all of which must appear, so quotes, apostrophes and
 * FTS operators in a query are plain text and never an error. Threading as CharacterStore.
 */
class LibrarySearch
{
public:
    explicit LibrarySearch(Database &database);

    /** Hits best first (bm25), at most `limit`. InvalidInput for a query with no words. */
    Result<QList<SearchHit>> search(const QString &query, int limit = 20) const;

    /** The FTS5 query for the writer's text: each word as a quoted string; empty if none. */
    static QString matchExpression(const QString &query);

private:
    Database &m_database;
};

} // namespace Spielberg
