// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/character.h>
#include <core/continuityfinding.h>
#include <core/job.h>
#include <core/linediff.h>
#include <core/scene.h>
#include <core/script.h>
#include <core/scriptversion.h>
#include <core/searchhit.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Spielberg {

/**
 * The library's values as the CLI prints them with --json: keys are the data model's column
 * names (docs/cli.md, "JSON output"); times are ISO 8601 UTC; an unset optional reference
 * (job_id, parent_number) is null.
 */
class LibraryJson
{
public:
    static QJsonObject character(const Character &character);
    /** A script; with `characters` given, also the "characters" array of character objects. */
    static QJsonObject script(const Script &script);
    static QJsonObject script(const Script &script, const QList<Character> &characters);
    static QJsonObject version(const ScriptVersion &version);
    /** A job row; `version_number` added when it made a version (0: none). */
    static QJsonObject job(const Job &job, int versionNumber = 0);
    static QJsonObject scene(const Scene &scene);
    /** A run's step as `develop --wait` and `job show` list it: id, kind, status, scene_number. */
    static QJsonObject step(const Job &job);
    /** A continuity finding: kind, scene (null for the whole script), detail. */
    static QJsonObject finding(const ContinuityFinding &finding);
    static QJsonObject searchHit(const SearchHit &hit);
    static QJsonArray diff(const QList<DiffLine> &lines);

    template<typename T, typename F>
    static QJsonArray array(const QList<T> &values, F toJson)
    {
        QJsonArray out;
        for (const T &value : values) {
            out.append(toJson(value));
        }
        return out;
    }
};

} // namespace Spielberg
