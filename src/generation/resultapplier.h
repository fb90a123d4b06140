// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>
#include <core/result.h>
#include <core/scriptversion.h>

#include <optional>

namespace Spielberg {

class Database;
class LibraryNotifier;

/**
 * Turns a completed job's text into library changes (DESIGN.md, step 5): a script job becomes a
 * new version (origin "generated"), a scene job a new version in which only that scene changed
 * (origin "scene_regenerated"; every other byte of the base version kept), a quick job nothing.
 * A fenced code block around the Fountain is tolerated. Idempotent: if the job already made a
 * version (a crash between applying and marking the job), that version is returned and no second
 * one is made. Runs on any thread that may use the Database.
 */
class ResultApplier
{
public:
    ResultApplier(Database &database, LibraryNotifier *notifier);

    Result<std::optional<ScriptVersion>> apply(const Job &job, const QString &text);

    /**
     * `base` with scene `index` (0-based, as SceneSplitter cuts it) replaced by `scene`: the new
     * scene keeps the blank lines that separated the old one from the next, and gets the old
     * heading back if the model left it out. Pure.
     */
    static Result<QString> replaceScene(const QString &base, int index, const QString &scene);

private:
    Database &m_database;
    LibraryNotifier *m_notifier;
};

} // namespace Spielberg
