// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblistmodel.h"

#include "../labels.h"
#include "../statusbadge.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
bool newerFirst(const Job &a, const Job &b)
{
    if (a.createdAt != b.createdAt) {
        return a.createdAt > b.createdAt;
    }
    return a.id > b.id;
}

qint64 durationMs(const Job &job)
{
    if (!job.startedAt.isValid()) {
        return -1;
    }
    const QDateTime end = job.completedAt.isValid() ? job.completedAt
                                                    : QDateTime::currentDateTimeUtc();
    return job.startedAt.msecsTo(end);
}
} // namespace

JobListModel::JobListModel(Studio &studio, QObject *parent)
    : QAbstractTableModel(parent)
    , m_studio(studio)
{
    connect(&studio.jobs(), &JobDesk::jobChanged, this, &JobListModel::upsert);
    connect(studio.notifier(), &LibraryNotifier::jobChanged, this, &JobListModel::onStoredChange);
    connect(studio.notifier(), &LibraryNotifier::jobRemoved, this, &JobListModel::onRemoved);
    // The Duration of running jobs counts up while the writer watches.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).status == JobStatus::Running) {
                Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
            }
        }
    });
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, [this](qint64 id) {
        if (const Result<Script> s = m_studio.library().script(id)) {
            m_titles.insert(id, s->title);
        }
    });
}

Result<void> JobListModel::refresh()
{
    const Result<QList<Job>> all = m_studio.jobs().jobs();
    if (!all) {
        return all.error();
    }
    if (const Result<QList<Script>> scripts = m_studio.library().scripts()) {
        m_titles.clear();
        for (const Script &s : *scripts) {
            m_titles.insert(s.id, s.title);
        }
    }
    QSet<QString> present;
    for (const Job &job : *all) {
        present.insert(job.id);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Job &job : *all) {
        upsert(job);
    }
    return {};
}

void JobListModel::upsert(const Job &job)
{
    // A scene row's number never changes (it belongs to one version): read it once here, not
    // on every paint in data().
    if (job.kind == JobKind::Scene && job.sceneId != 0 && !m_sceneNumbers.contains(job.sceneId)) {
        if (const Result<Scene> scene = m_studio.history().scene(job.sceneId)) {
            m_sceneNumbers.insert(job.sceneId, scene->number);
        }
    }
    const int row = rowOf(job.id);
    if (row >= 0) {
        if (m_rows.at(row) != job) {
            m_rows[row] = job;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else {
        const int at = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), job, newerFirst)
                           - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, job);
        endInsertRows();
    }
    announceRunning();
}

void JobListModel::onStoredChange(const QString &id)
{
    if (const Result<Job> job = m_studio.jobs().job(id)) {
        upsert(*job);
    }
}

void JobListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        announceRunning();
    }
}

int JobListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int JobListModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Job &j) { return j.status == JobStatus::Running; }));
}

void JobListModel::announceRunning()
{
    const int running = runningCount();
    if (running > 0 && !m_tick.isActive()) {
        m_tick.start();
    } else if (running == 0) {
        m_tick.stop();
    }
    if (running != m_lastRunning) {
        m_lastRunning = running;
        Q_EMIT runningCountChanged(running);
    }
}

QString JobListModel::targetOf(const Job &job) const
{
    if (job.kind == JobKind::Quick) {
        return tr("(new draft)");
    }
    const QString title = m_titles.value(job.scriptId, tr("(deleted script)"));
    const int number = m_sceneNumbers.value(job.sceneId);
    if (job.kind == JobKind::Scene && number > 0) {
        return tr("%1 — scene %2").arg(title).arg(number);
    }
    if (job.kind == JobKind::SceneDraft && job.sceneNumber > 0) {
        return tr("%1 — scene %2").arg(title).arg(job.sceneNumber);
    }
    return title;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Job &job = m_rows.at(index.row());
    if (role == IdRole) {
        return job.id;
    }
    if (role == StatusRole) {
        return toId(job.status); // the status filter matches the id
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == Status) {
        return StatusBadge::icon(job.status);
    }
    if (role == Qt::ForegroundRole && column == Status) {
        return StatusBadge::color(job.status);
    }
    if (role == Qt::ToolTipRole) {
        const QDateTime when = column == Created ? job.createdAt
                               : column == Started ? job.startedAt
                               : column == Completed ? job.completedAt
                                                     : QDateTime();
        if (when.isValid()) {
            return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
        }
        if (!job.error.isEmpty()) {
            return job.error;
        }
        return job.id;
    }
    if (role == Qt::TextAlignmentRole && (column == Attempts || column == Tokens || column == Duration)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (column) {
        case Created:
            return job.createdAt;
        case Started:
            return job.startedAt;
        case Completed:
            return job.completedAt;
        case Duration:
            return durationMs(job);
        case Attempts:
            return job.attempts;
        case Tokens:
            return job.inputTokens + job.outputTokens;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (column) {
    case Status:
        if (job.status == JobStatus::Completed && job.stopReason == u"max_tokens"_s) {
            return tr("Incomplete");
        }
        return Labels::jobStatus(job.status);
    case Kind:
        return Labels::jobKind(job.kind);
    case Target:
        return targetOf(job);
    case Created:
        return Labels::dateTime(job.createdAt);
    case Started:
        return Labels::dateTime(job.startedAt);
    case Completed:
        return Labels::dateTime(job.completedAt);
    case Duration:
        return Labels::duration(durationMs(job));
    case Attempts:
        return job.attempts;
    case Tokens:
        if (job.inputTokens == 0 && job.outputTokens == 0) {
            return QString();
        }
        //: input tokens → output tokens
        return tr("%1 → %2").arg(QLocale().toString(job.inputTokens),
                                 QLocale().toString(job.outputTokens));
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Status:
        return tr("Status");
    case Kind:
        //: what a job generates: a script, a scene or a quick draft
        return tr("Kind");
    case Target:
        return tr("Script / scene");
    case Created:
        return tr("Queued");
    case Started:
        return tr("Started");
    case Completed:
        return tr("Finished");
    case Duration:
        return tr("Duration");
    case Attempts:
        return tr("Attempts");
    case Tokens:
        return tr("Tokens (in → out)");
    default:
        return {};
    }
}

} // namespace Spielberg
