// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <core/scriptversion.h>
#include <storage/jobstore.h>

#include <optional>

namespace Spielberg {

class Database;

/**
 * Turns a completed job's text into library changes (docs/architecture.md, "The life of a
 * job"): a script job becomes a new version (origin "generated"); a scene job a new version in
 * which only that scene changed (origin "scene_regenerated"), applied to the script's newest
 * version at completion time; a quick job nothing. A fenced code block around the Fountain is
 * tolerated. The story engine's steps (docs/architecture.md, "The story engine"): a cast step
 * adds its characters and attaches them to the script, an outline step makes an `outlined`
 * version, a scene draft waits on its job for the run; a scene job with several takes makes
 * none until the writer chooses one.
 *
 * resolve() runs inside JobStore::finish()'s transaction, so "the newest version" cannot move
 * while it decides. Runs on any thread that may use the Database.
 */
class ResultApplier
{
public:
    explicit ResultApplier(Database &database);

    /**
     * The version `job` makes with `text`, or none: a quick job makes none, and a scene job
     * whose scene the writer changed since the job's base makes none and gets a one-line
     * `job.conflict`. An Error when the text cannot become a version (empty, the script gone).
     */
    Result<JobStore::Outcome> resolve(Job &job, const QString &text) const;

    /**
     * `base` with scene `index` (0-based, as SceneSplitter cuts it) replaced by `scene`: the new
     * scene keeps the blank lines that separated the old one from the next, and gets the old
     * heading back if the model left it out. Pure.
     */
    static Result<QString> replaceScene(const QString &base, int index, const QString &scene);

    /** Where a scene of an older version stands in a newer one (rebaseScene). */
    struct Rebase {
        int index = -1;   ///< the scene's index in the newer version; -1 when it is gone
        QString conflict; ///< empty when the scene's text is the same in both
    };
    /**
     * Finds scene `index` of `base` in `newest` by the identity that carries scene metadata
     * across versions (the k-th scene under a heading is the k-th under the same heading), and
     * says whether its text changed. `baseNumber` and `newestNumber` name the versions in the
     * conflict line. Pure.
     */
    static Rebase rebaseScene(const QString &base, int index, const QString &newest, int baseNumber,
                              int newestNumber);

private:
    /**
     * A cast step: new characters added to the library, all attached to the script; a name the
     * library had is attached and said in the job's findings.
     */
    Result<JobStore::Outcome> resolveCast(Job &job, const QString &text) const;
    /** An outline step: an `outlined` version whose scene rows carry goal, tension and tone. */
    Result<JobStore::Outcome> resolveOutline(Job &job, const QString &text) const;

    Database &m_database;
};

} // namespace Spielberg
