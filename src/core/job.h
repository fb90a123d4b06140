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
