// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Spielberg {

/**
 * The change-notification hub of the library: stores emit here after a change committed, so
 * item models can refresh. Signals carry ids only. They are emitted on the thread that made
 * the change; receivers living in another thread get them queued (AutoConnection). Changes
 * made by other processes (a CLI run) are said here too when a LibraryWatch looks.
 */
class LibraryNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void characterChanged(qint64 id); ///< created or updated
    void characterRemoved(qint64 id);
    void scriptChanged(qint64 id); ///< created, updated, characters attached or detached
    void scriptRemoved(qint64 id);
    void versionAdded(qint64 scriptId, int number);
    void sceneChanged(qint64 sceneId);
    void draftSaved(qint64 scriptId);
    void jobChanged(const QString &id); ///< created or any field updated
    void jobRemoved(const QString &id);
};

} // namespace Spielberg
