// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenetablemodel.h"
#include "../labels.h"
#include "../errortext.h"


#include <studio/studio.h>
#include <core/fountainparser.h>
#include <core/paginator.h>
#include <core/scenesplitter.h>
#include <core/storyoutline.h>

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

SceneTableModel::SceneTableModel(Studio &studio, QObject *parent)
    : QAbstractTableModel(parent)
    , m_studio(studio)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SceneTableModel::onFactsReady);
}

SceneTableModel::~SceneTableModel()
{
    m_watcher.waitForFinished(); // pure work on copies: a few milliseconds at most
}

SceneFacts SceneTableModel::factsOf(const QString &content)
{
    SceneFacts facts;
    facts.heading = SceneSplitter::headingOf(content);
    const Screenplay play = FountainParser::parse(content);
    const QList<Page> pages = Paginator::paginate(play);
    // Whole pages plus the used part of the last one, in eighths.
    const int linesPerPage = PageLayout::letter().linesPerPage;
    int lastRow = 0;
    if (!pages.isEmpty() && !pages.constLast().lines.isEmpty()) {
        lastRow = pages.constLast().lines.constLast().row + 1;
    }
    facts.pages = qMax(1.0 / 8, (pages.size() - 1) + double(lastRow) / linesPerPage);
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::Character) {
            const QString name = e.text.trimmed();
            if (!facts.characters.contains(name, Qt::CaseInsensitive)) {
                facts.characters << name;
            }
        }
    }
    if (facts.characters.isEmpty()) {
        facts.characters = StoryOutline::charactersOf(content); // an outline scene says who is in it
    }
    return facts;
}

Result<void> SceneTableModel::setVersion(qint64 scriptId, int number)
{
    QList<Scene> rows;
    if (scriptId != 0) {
        Result<QList<Scene>> scenes = m_studio.history().scenes(scriptId, number);
        if (!scenes) {
            return scenes.error();
        }
        rows = std::move(scenes).value();
    }
    m_watcher.waitForFinished();
    beginResetModel();
    m_rows = rows;
    m_facts.clear();
    endResetModel();
    QList<std::pair<qint64, QString>> work;
    for (const Scene &s : std::as_const(m_rows)) {
        work.append({s.id, s.content});
    }
    m_watcher.setFuture(QtConcurrent::run([work] {
        QHash<qint64, SceneFacts> out;
        for (const auto &[id, content] : work) {
            out.insert(id, factsOf(content));
        }
        return out;
    }));
    return {};
}

void SceneTableModel::onFactsReady()
{
    m_facts = m_watcher.result();
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

SceneFacts SceneTableModel::factsAt(int row) const
{
    return m_facts.value(m_rows.value(row).id);
}

int SceneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SceneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SceneTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Setting:
    case Goal:
    case Tension:
    case Tone:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant SceneTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Scene &s = m_rows.at(index.row());
    if (role == IdRole) {
        return s.id;
    }
    if (role == ContentRole) {
        return s.content;
    }
    const auto facts = m_facts.constFind(s.id);
    const bool known = facts != m_facts.cend();
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Pages)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() >= Setting && index.column() <= Tone) {
        return tr("Double-click to edit");
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    switch (index.column()) {
    case Number:
        return s.number;
    case Heading:
        return known ? facts->heading : SceneSplitter::headingOf(s.content);
    case Setting:
        return s.setting;
    case Goal:
        return s.goal;
    case Tension:
        return s.tension;
    case Tone:
        return s.tone;
    case Pages:
        return known ? Labels::eighths(facts->pages) : QString();
    case Characters:
        return known ? facts->characters.join(u", "_s) : QString();
    default:
        return {};
    }
}

bool SceneTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    Scene scene = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Setting:
        scene.setting = text;
        break;
    case Goal:
        scene.goal = text;
        break;
    case Tension:
        scene.tension = text;
        break;
    case Tone:
        scene.tone = text;
        break;
    default:
        return false;
    }
    const Result<Scene> stored = m_studio.history().editScene(scene);
    if (!stored) {
        Q_EMIT saveFailed(ErrorText::of(stored.error()));
        return false;
    }
    m_rows[index.row()] = *stored;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant SceneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Heading:
        return tr("Heading");
    case Setting:
        return tr("Setting");
    case Goal:
        return tr("Goal");
    case Tension:
        return tr("Tension");
    case Tone:
        return tr("Tone");
    case Pages:
        return tr("Pages");
    case Characters:
        return tr("Characters");
    default:
        return {};
    }
}

} // namespace Spielberg
