// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblistmodel.h"

#include "../labels.h"
#include "../statusbadge.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QJsonDocument>
#include <QJsonObject>
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


bool olderFirst(const Job &a, const Job &b)
{
    if (a.createdAt != b.createdAt) {
        return a.createdAt < b.createdAt;
    }
    return a.sceneNumber < b.sceneNumber;
}

bool waitsForWriter(const Job &run)
{
    return run.kind == JobKind::Develop
        && QJsonDocument::fromJson(run.request.toUtf8()).object().value(u"review"_s).toBool();
}
} // namespace

JobListModel::JobListModel(Studio &studio, QObject *parent)
    : QAbstractItemModel(parent)
    , m_studio(studio)
{
    connect(&studio.jobs(), &JobDesk::jobChanged, this, &JobListModel::upsert);
    connect(studio.notifier(), &LibraryNotifier::jobChanged, this, &JobListModel::onStoredChange);
    connect(studio.notifier(), &LibraryNotifier::jobRemoved, this, &JobListModel::onRemoved);
    // The Duration of running jobs counts up while the writer watches.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < int(m_rows.size()); ++row) {
            const Node &node = *m_rows[size_t(row)];
            if (node.job.status == JobStatus::Running) {
                Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
            }
            for (int step = 0; step < node.steps.size(); ++step) {
                if (node.steps[step].status == JobStatus::Running) {
                    const QModelIndex at = index(step, Duration, index(row, 0));
                    Q_EMIT dataChanged(at, at, {Qt::DisplayRole});
                }
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
        Node &node = *m_rows[size_t(row)];
        if (!present.contains(node.job.id)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
            continue;
        }
        for (int step = int(node.steps.size()) - 1; step >= 0; --step) {
            if (!present.contains(node.steps[step].id)) {
                beginRemoveRows(index(row, 0), step, step);
                node.steps.removeAt(step);
                endRemoveRows();
            }
        }
    }
    // Runs before their steps, so that a step finds its run.
    for (const Job &job : *all) {
        if (job.parentId.isEmpty()) {
            upsert(job);
        }
    }
    for (const Job &job : *all) {
        if (!job.parentId.isEmpty()) {
            upsert(job);
        }
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
    if (!job.parentId.isEmpty()) {
        upsertStep(job);
        announceRunning();
        return;
    }
    const int row = rowOf(job.id);
    if (row >= 0) {
        Node &node = *m_rows[size_t(row)];
        if (node.job != job) {
            node.job = job;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    } else {
        auto node = std::make_unique<Node>();
        node->job = job;
        node->waits = waitsForWriter(job);
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), job,
                                         [](const std::unique_ptr<Node> &n, const Job &j) { return newerFirst(n->job, j); });
        const int position = int(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        m_rows.insert(m_rows.begin() + position, std::move(node));
        endInsertRows();
    }
    announceRunning();
}

void JobListModel::upsertStep(const Job &step)
{
    int row = rowOf(step.parentId);
    if (row < 0) {
        // A step whose run this model has not seen yet (another process started it).
        const Result<Job> run = m_studio.jobs().job(step.parentId);
        if (!run) {
            return;
        }
        upsert(*run);
        row = rowOf(step.parentId);
        if (row < 0) {
            return;
        }
    }
    Node &node = *m_rows[size_t(row)];
    const QModelIndex parent = index(row, 0);
    for (int i = 0; i < node.steps.size(); ++i) {
        if (node.steps[i].id == step.id) {
            if (node.steps[i] != step) {
                node.steps[i] = step;
                Q_EMIT dataChanged(index(i, 0, parent), index(i, ColumnCount - 1, parent));
                // The run's tokens and state are its steps'.
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            return;
        }
    }
    const int at = int(std::lower_bound(node.steps.cbegin(), node.steps.cend(), step, olderFirst) - node.steps.cbegin());
    beginInsertRows(parent, at, at);
    node.steps.insert(at, step);
    endInsertRows();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        announceRunning();
        return;
    }
    const QModelIndex step = indexOf(id);
    if (step.isValid()) {
        Node *node = static_cast<Node *>(step.internalPointer());
        const QModelIndex run = step.parent();
        beginRemoveRows(run, step.row(), step.row());
        node->steps.removeAt(step.row());
        endRemoveRows();
        Q_EMIT dataChanged(index(run.row(), 0), index(run.row(), ColumnCount - 1)); // its tokens and state
        announceRunning();
    }
}

int JobListModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i]->job.id == id) {
            return int(i);
        }
    }
    return -1;
}

int JobListModel::rowOfNode(const Node *node) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].get() == node) {
            return int(i);
        }
    }
    return -1;
}

QModelIndex JobListModel::indexOf(const QString &id, int column) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const Node &node = *m_rows[row];
        if (node.job.id == id) {
            return index(int(row), column);
        }
        for (int step = 0; step < node.steps.size(); ++step) {
            if (node.steps[step].id == id) {
                return createIndex(step, column, const_cast<Node *>(&node));
            }
        }
    }
    return {};
}

Job JobListModel::jobAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)]->job : Job{};
}

Job JobListModel::jobAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    if (const auto *node = static_cast<const Node *>(index.internalPointer())) {
        return node->steps.value(index.row());
    }
    return jobAt(index.row());
}

int JobListModel::runningCount() const
{
    int running = 0;
    for (const auto &node : m_rows) {
        running += node->job.status == JobStatus::Running && node->job.kind != JobKind::Develop ? 1 : 0;
        for (const Job &step : node->steps) {
            running += step.status == JobStatus::Running ? 1 : 0;
        }
    }
    return running;
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

QModelIndex JobListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < int(m_rows.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    }
    if (parent.internalPointer() != nullptr || parent.column() != 0 || parent.row() >= int(m_rows.size())) {
        return {}; // steps have no children, and only the first column has any
    }
    Node *node = m_rows[size_t(parent.row())].get();
    return row < node->steps.size() ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex JobListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalPointer() == nullptr) {
        return {};
    }
    const int row = rowOfNode(static_cast<const Node *>(child.internalPointer()));
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
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
    if (!parent.isValid()) {
        return int(m_rows.size());
    }
    if (parent.column() != 0 || parent.internalPointer() != nullptr || parent.row() >= int(m_rows.size())) {
        return 0;
    }
    return int(m_rows[size_t(parent.row())]->steps.size());
}

int JobListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto *owner = static_cast<const Node *>(index.internalPointer());
    const Node *node = owner ? nullptr : m_rows[size_t(index.row())].get();
    Job job = owner ? owner->steps.at(index.row()) : node->job;
    bool waiting = false;
    if (node && job.kind == JobKind::Develop && !node->steps.isEmpty()) {
        if (job.status == JobStatus::Running) {
            // A run's usage while it runs is its steps'; when it waits, it waits for the writer.
            qint64 in = 0;
            qint64 out = 0;
            bool active = false;
            for (const Job &step : node->steps) {
                in += step.inputTokens;
                out += step.outputTokens;
                active = active || step.status == JobStatus::Pending || step.status == JobStatus::Running;
            }
            job.inputTokens = in;
            job.outputTokens = out;
            waiting = node->waits && !active;
        }
    }
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
            // Runs newest first (the list's order), their steps in the order they ran under them.
            return owner ? QVariant(-job.createdAt.toMSecsSinceEpoch() * 1000 - job.sceneNumber)
                         : QVariant(job.createdAt.toMSecsSinceEpoch() * 1000);
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
        if (waiting) {
            return tr("Waiting for you");
        }
        return Labels::jobStatus(job.status);
    case Kind:
        return Labels::jobKind(job.kind);
    case Target:
        if (owner && node == nullptr && job.kind == JobKind::SceneDraft && job.sceneNumber > 0) {
            return tr("Scene %1").arg(job.sceneNumber); // under its run, the script goes without saying
        }
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
        return job.kind == JobKind::Develop ? QVariant() : QVariant(job.attempts); // a run is its steps' attempts
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
