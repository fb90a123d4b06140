// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QString>
#include <QStringList>

namespace Spielberg {

class Database;

/**
 * Checks a model's finished answer before it is applied (docs/architecture.md, "The story
 * engine"): a cast or an outline against its JSON schema and what the step asked for
 * (StorySchema), a scene against the quality gate (SceneGate) with the script's bible. The job
 * queue sends one repair request listing the problems; what the repair leaves wrong is kept on
 * the job as findings, or, when the answer cannot be used at all, fails the step with its first
 * problem. Other jobs pass as they are. Reads only; any thread that may use the Database.
 */
class AnswerReview
{
public:
    struct Review {
        QStringList problems; ///< one line each; empty when the answer is fine
        bool usable = true;   ///< whether it can be applied if a repair does not help
        bool json = false;    ///< a structured answer (the repair asks for JSON again)
        QString text;         ///< what is applied: a scene draft cleaned and under its outline heading
    };

    explicit AnswerReview(Database &database);

    Review review(const Job &job, const QString &answer) const;

    /** The heading line of an outline scene as written (a forced `.HEADING` kept). */
    static QString headingLine(const QString &sceneContent);

private:
    Database &m_database;
};

} // namespace Spielberg
