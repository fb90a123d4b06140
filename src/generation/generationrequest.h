// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/vocabulary.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Spielberg {

/**
 * What the writer asked for, as stored in job.request (JSON): a whole script, one scene, or a
 * quick draft with its own format, genre, tone and characters; or the continuation of a job
 * that stopped at the length limit; or a story-engine run (docs/architecture.md, "The story
 * engine") and its steps.
 */
struct GenerationRequest {
    JobKind kind = JobKind::Script;
    qint64 scriptId = 0;                     ///< script jobs
    qint64 sceneId = 0;                      ///< scene jobs
    int baseVersion = 0; ///< script jobs: the version to start from (0: the newest); not stored in the JSON
    QString prompt;
    QString format = QStringLiteral("screenplay"); ///< quick jobs
    QString genre;                                 ///< quick jobs
    QString tone;                                  ///< quick jobs
    QList<qint64> characterIds;                    ///< quick jobs
    QString continueJob; ///< the id of a job whose text this one continues
    QString step = QStringLiteral("all"); ///< develop runs: characters, outline, scenes or all
    int scenes = 0;   ///< develop runs and outline steps: the outline's scene count (0: by format)
    int parallel = 1; ///< develop runs: scenes written at once (1: in order, with context)
    int takes = 1;    ///< scene jobs: alternatives asked for (more than 1: the writer chooses)
    /** Develop runs and their cast step: wait for the writer after the cast and the outline. */
    bool review = false;

    QJsonObject toJson() const;
    static GenerationRequest fromJson(const QJsonObject &o);
};

} // namespace Spielberg
