// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include <core/processprobe.h>

#include <QCoreApplication>
#include <QHostInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Spielberg {

QString JobRunner::forThisProcess()
{
    return u"%1|%2|%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

bool JobRunner::isAlive(const QString &runner, const QDateTime &heartbeatAt, qint64 heartbeatMs)
{
    const bool fresh = heartbeatAt.isValid()
        && heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) < 3 * heartbeatMs;
    const QStringList parts = runner.split(u'|');
    if (parts.size() < 2 || parts[0] != QHostInfo::localHostName()) {
        return fresh; // another machine (a shared folder): only the heartbeat can tell
    }
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    if (!ok || pid <= 0) {
        return false;
    }
    const std::optional<bool> runs = ProcessProbe::exists(pid);
    return runs.value_or(true) && fresh;
}

} // namespace Spielberg
