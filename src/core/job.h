// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Spielberg {

/**
 * A generation job as stored (docs/architecture.md, "The life of a job"). `request` is the JSON text of the request; `requestIds` the provider's
 * request ids in order. Provider, model and base URL are fixed when the job is enqueued; keys
 * never appear here. Zero ids and null times mean "not set".
 */
struct Job {
    QString id; ///< a UUID without braces; generated on create when empty
    QString owner;
    JobKind kind = JobKind::Script;
    JobStatus status = JobStatus::Pending;
    qint64 scriptId = 0;
    qint64 sceneId = 0;
    int baseVersion = 0;
    QString request;
    QString provider;
    QString model;
    QString baseUrl;
    QString partial;
    QString result;
    QString error;
    /** Why a completed scene job made no version: the writer changed that scene meanwhile. */
    QString conflict;
    /** A story-engine step: the id of its run (a `develop` job); empty otherwise. */
    QString parentId;
    /** A `scene_draft` step: the 1-based number of the outline scene it writes. */
    int sceneNumber = 0;
    /**
     * What the quality gate still found wrong after the one repair request, a line each
     * (unknown cues, commentary…): kept on the job for the writer, never silently.
     */
    QStringList findings;
    /** A scene job asked for several takes: each one's text, in order (none applied yet). */
    QStringList takes;
    int attempts = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    QStringList requestIds;
    QString stopReason;
    QString runner;
    QDateTime heartbeatAt;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;

    bool operator==(const Job &) const = default;
};

} // namespace Spielberg
