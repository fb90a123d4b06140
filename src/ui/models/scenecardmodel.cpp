// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenecardmodel.h"

#include "../errortext.h"
#include "../labels.h"
#include "scenetablemodel.h"

#include <core/continuitycheck.h>
#include <core/fountainparser.h>
#include <core/scenesplitter.h>
#include <core/storyoutline.h>
#include <storage/librarynotifier.h>
#include <studio/studio.h>

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
/** The innermost section a tail of text opens (`## The heist` → "The heist"), empty when none. */
QString sectionIn(QStringView text)
{
    QString found;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u'#')) {
            qsizetype i = 0;
            while (i < line.size() && line[i] == u'#') {
                ++i;
            }
            found = line.sliced(i).trimmed().toString();
        }
    }
    return found;
}

/** The first action of a scene, for a card without a synopsis. */
QString firstAction(const Screenplay &play)
{
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::Action && !e.text.trimmed().isEmpty()) {
            return e.text.simplified().left(240);
        }
    }
    return {};
}

int wordsIn(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = !c.isSpace();
        words += letter && !inWord ? 1 : 0;
        inWord = letter;
    }
    return words;
}

std::pair<SceneCardModel::Made, QList<Scene>> makeCards(VersionHistory history, ScriptLibrary library,
                                                        qint64 scriptId, int baseVersion, QString text)
{
    SceneCardModel::Made made;
    made.scriptId = scriptId;
    made.baseVersion = baseVersion;
    QList<Scene> rows;
    if (baseVersion > 0) {
        if (Result<QList<Scene>> scenes = history.scenes(scriptId, baseVersion)) {
            rows = *scenes;
        }
    }
    QStringList names;
    if (const Result<QList<Character>> cast = library.charactersOf(scriptId)) {
        names = namesOf(*cast);
    }
    history.releaseThreadConnection();

    const QList<SceneSpan> spans = SceneMover::spans(text);
    QStringList headings;
    for (const SceneSpan &span : spans) {
        headings << SceneSplitter::headingOf(text.sliced(span.start, span.end - span.start));
    }
    QStringList baseHeadings;
    for (const Scene &row : std::as_const(rows)) {
        baseHeadings << SceneSplitter::headingOf(row.content);
    }
    const QList<int> matches = SceneSplitter::matchHeadings(baseHeadings, headings);
    QHash<int, QStringList> findings;
    made.findings = ContinuityCheck::check(text, names);
    for (const ContinuityFinding &f : std::as_const(made.findings)) {
        if (f.scene > 0) {
            findings[f.scene].append(Labels::finding(f));
        }
    }
    made.cards.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const SceneSpan &span = spans[i];
        const QString content = text.sliced(span.start, span.end - span.start);
        const SceneFacts facts = SceneTableModel::factsOf(content);
        SceneCard card;
        card.number = int(i + 1);
        card.heading = headings[i];
        card.synopsis = StoryOutline::synopsisOf(content);
        card.synopsisWritten = !card.synopsis.isEmpty();
        if (card.synopsis.isEmpty()) {
            card.synopsis = firstAction(FountainParser::parse(content));
        }
        card.characters = facts.characters.isEmpty() ? StoryOutline::charactersOf(content) : facts.characters;
        card.pages = facts.pages;
        const QStringView before = i == 0 ? QStringView(text).left(span.start)
                                          : QStringView(text).sliced(spans[i - 1].bodyEnd,
                                                                     spans[i - 1].end - spans[i - 1].bodyEnd);
        card.section = sectionIn(before);
        card.findings = findings.value(card.number);
        card.span = span;
        if (const int match = matches.value(i, -1); match >= 0) {
            const Scene &row = rows[match];
            card.sceneId = row.id;
            card.goal = row.goal;
            card.tension = row.tension;
            card.tone = row.tone;
            card.color = row.color;
            card.locked = row.locked;
        }
        made.cards.append(card);
    }
    made.text = std::move(text);
    return {made, rows};
}
} // namespace

SceneCardModel::SceneCardModel(Studio &studio, QObject *parent)
    : QAbstractListModel(parent)
    , m_studio(studio)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SceneCardModel::onMade);
    connect(&studio.jobs(), &JobDesk::jobChanged, this, &SceneCardModel::onJobChanged);
    connect(&studio.jobs(), &JobDesk::jobFinished, this, &SceneCardModel::onJobChanged);
    connect(&studio.jobs(), &JobDesk::textStreamed, this, &SceneCardModel::onStreamed);
    // A job another process runs or ends (the command line): its row as stored.
    connect(studio.notifier(), &LibraryNotifier::jobChanged, this, [this](const QString &id) {
        if (!m_jobs.contains(id) && m_scriptId == 0) {
            return;
        }
        if (const Result<Job> job = m_studio.jobs().job(id)) {
            onJobChanged(*job);
        }
    });
}

SceneCardModel::~SceneCardModel()
{
    m_watcher.waitForFinished();
}

void SceneCardModel::setDraft(qint64 scriptId, int baseVersion, const QString &text)
{
    m_waiting = Request{scriptId, baseVersion, text};
    if (!m_watcher.isRunning()) {
        start();
    }
}

void SceneCardModel::start()
{
    if (!m_waiting) {
        return;
    }
    const Request request = std::move(*m_waiting);
    m_waiting.reset();
    m_watcher.setFuture(QtConcurrent::run(makeCards, m_studio.history(), m_studio.library(), request.scriptId,
                                          request.baseVersion, request.text));
}

void SceneCardModel::onMade()
{
    if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0) {
        start();
        return;
    }
    auto [made, rows] = m_watcher.result();
    if (m_waiting && m_waiting->scriptId == made.scriptId) {
        start(); // a newer text of the same script is waiting: show that one
        return;
    }
    const bool sameScript = made.scriptId == m_scriptId;
    if (!sameScript || made.cards.size() != m_cards.size()) {
        beginResetModel();
    }
    m_scriptId = made.scriptId;
    m_baseVersion = made.baseVersion;
    m_text = std::move(made.text);
    const bool reset = !sameScript || made.cards.size() != m_cards.size();
    m_cards = std::move(made.cards);
    m_findings = std::move(made.findings);
    m_rows.clear();
    for (const Scene &row : std::as_const(rows)) {
        m_rows.insert(row.id, row);
    }
    if (!sameScript) {
        m_jobs.clear();
    }
    followJobs();
    if (reset) {
        endResetModel();
    } else if (!m_cards.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_cards.size()) - 1));
    }
    Q_EMIT cardsMade();
    start();
}

QList<SceneSpan> SceneCardModel::spans() const
{
    QList<SceneSpan> out;
    out.reserve(m_cards.size());
    for (const SceneCard &card : m_cards) {
        out.append(card.span);
    }
    return out;
}

int SceneCardModel::rowOfScene(qint64 sceneId) const
{
    for (int row = 0; row < m_cards.size(); ++row) {
        if (sceneId != 0 && m_cards[row].sceneId == sceneId) {
            return row;
        }
    }
    return -1;
}

bool SceneCardModel::editNotes(int row, const SceneCard &notes)
{
    if (row < 0 || row >= m_cards.size()) {
        return false;
    }
    SceneCard &card = m_cards[row];
    const auto stored = m_rows.constFind(card.sceneId);
    if (stored == m_rows.cend()) {
        return false;
    }
    Scene scene = *stored;
    scene.goal = notes.goal.trimmed();
    scene.tension = notes.tension.trimmed();
    scene.tone = notes.tone.trimmed();
    scene.color = notes.color;
    Result<Scene> written = m_studio.history().editScene(scene);
    if (written && written->locked != notes.locked) {
        written = m_studio.history().lockScene(scene.id, notes.locked);
    }
    if (!written) {
        Q_EMIT saveFailed(ErrorText::of(written.error()));
        return false;
    }
    m_rows.insert(written->id, *written);
    card.goal = written->goal;
    card.tension = written->tension;
    card.tone = written->tone;
    card.color = written->color;
    card.locked = written->locked;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

void SceneCardModel::followJobs()
{
    for (SceneCard &card : m_cards) {
        card.jobId.clear();
        card.words = 0;
        card.written.clear();
    }
    if (m_scriptId == 0) {
        return;
    }
    // The scenes a run has written already show as written until its version lands.
    if (const Result<std::optional<Job>> run = m_studio.jobs().unfinishedRun(m_scriptId);
        run && *run && (*run)->status == JobStatus::Running) {
        if (const Result<QList<Job>> steps = m_studio.jobs().steps((*run)->id)) {
            for (const Job &step : *steps) {
                const int row = step.kind == JobKind::SceneDraft && step.status == JobStatus::Completed ? rowOfJob(step) : -1;
                if (row >= 0) {
                    SceneCard &card = m_cards[row];
                    card.jobId = step.id;
                    card.jobStatus = JobStatus::Completed;
                    card.written = step.result;
                    card.words = wordsIn(StoryOutline::bodyOf(step.result));
                }
            }
        }
    }
    // The active jobs as stored now (another process may have ended some), with what this
    // process saw streamed of them.
    QHash<QString, Job> active;
    if (const Result<QList<Job>> stored = m_studio.jobs().activeJobsOf(m_scriptId)) {
        for (const Job &job : *stored) {
            if (job.kind == JobKind::SceneDraft || job.kind == JobKind::Scene) {
                Job kept = job;
                if (const auto seen = m_jobs.constFind(job.id); seen != m_jobs.cend() && seen->partial.size() > kept.partial.size()) {
                    kept.partial = seen->partial;
                }
                active.insert(job.id, kept);
            }
        }
    }
    m_jobs = std::move(active);
    for (const Job &job : std::as_const(m_jobs)) {
        const int row = rowOfJob(job);
        if (row >= 0) {
            SceneCard &card = m_cards[row];
            card.jobId = job.id;
            card.jobStatus = job.status;
            card.written = job.partial;
            card.words = wordsIn(StoryOutline::bodyOf(job.partial));
        }
    }
}

int SceneCardModel::rowOfJob(const Job &job) const
{
    if (job.scriptId != m_scriptId) {
        return -1;
    }
    if (job.kind == JobKind::SceneDraft) {
        // A run writes the scenes of the outline the draft rests on, by number.
        return job.baseVersion == m_baseVersion && job.sceneNumber >= 1 && job.sceneNumber <= m_cards.size()
            ? job.sceneNumber - 1
            : -1;
    }
    return job.kind == JobKind::Scene ? rowOfScene(job.sceneId) : -1;
}

void SceneCardModel::onJobChanged(const Job &job)
{
    if (job.scriptId != m_scriptId || (job.kind != JobKind::SceneDraft && job.kind != JobKind::Scene)) {
        return;
    }
    const bool active = job.status == JobStatus::Pending || job.status == JobStatus::Running;
    const Job was = m_jobs.value(job.id);
    if (active) {
        Job kept = job;
        if (kept.partial.isEmpty()) {
            kept.partial = was.partial; // rows as stored may lag the stream
        }
        m_jobs.insert(job.id, kept);
    } else {
        m_jobs.remove(job.id);
    }
    const int row = rowOfJob(job);
    if (row < 0) {
        return;
    }
    SceneCard &card = m_cards[row];
    if (active) {
        card.jobId = job.id;
        card.jobStatus = job.status;
    } else if (job.kind == JobKind::SceneDraft && job.status == JobStatus::Completed) {
        // Written: shown so until the run puts the scenes together as a version.
        card.jobId = job.id;
        card.jobStatus = JobStatus::Completed;
        card.written = job.result.isEmpty() ? card.written : job.result;
        card.words = wordsIn(StoryOutline::bodyOf(card.written));
    } else if (card.jobId == job.id) {
        card.jobId.clear();
        card.words = 0;
        card.written.clear();
    }
    Q_EMIT dataChanged(index(row), index(row), {JobRole, SynopsisRole});
}

void SceneCardModel::onStreamed(const QString &jobId, const QString &delta)
{
    const auto job = m_jobs.find(jobId);
    if (job == m_jobs.end()) {
        return;
    }
    job->partial += delta;
    const int row = rowOfJob(*job);
    if (row < 0) {
        return;
    }
    SceneCard &card = m_cards[row];
    card.jobId = jobId;
    card.jobStatus = JobStatus::Running;
    card.written = job->partial;
    card.words = wordsIn(StoryOutline::bodyOf(job->partial));
    Q_EMIT dataChanged(index(row), index(row), {JobRole, SynopsisRole});
}

int SceneCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant SceneCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SceneCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadingRole:
        return card.heading;
    case Qt::ToolTipRole:
        return card.synopsis.isEmpty() ? card.heading : card.heading + u"\n\n"_s + card.synopsis;
    case Qt::AccessibleTextRole:
        return tr("Scene %1: %2").arg(card.number).arg(card.heading);
    case NumberRole:
        return card.number;
    case SynopsisRole:
        if (!card.jobId.isEmpty() && card.words > 0) {
            return StoryOutline::bodyOf(card.written).simplified().left(400); // the scene filling in
        }
        return card.synopsis;
    case GoalRole:
        return card.goal;
    case TensionRole:
        return card.tension;
    case ToneRole:
        return card.tone;
    case ColorRole:
        return colorOf(card.color, card.tone);
    case ColorNameRole:
        return card.color;
    case LockedRole:
        return card.locked;
    case CharactersRole:
        return card.characters;
    case PagesRole:
        return Labels::eighths(card.pages);
    case SectionRole:
        return card.section;
    case FindingsRole:
        return card.findings;
    case SceneIdRole:
        return card.sceneId;
    case JobRole:
        if (card.jobId.isEmpty()) {
            return QString();
        }
        if (card.jobStatus == JobStatus::Pending) {
            return tr("Waiting to be written…");
        }
        if (card.jobStatus == JobStatus::Completed) {
            return tr("Written: %1 words").arg(card.words);
        }
        return card.words == 0 ? tr("Being written…") : tr("Being written: %1 words").arg(card.words);
    default:
        return {};
    }
}

QHash<int, QByteArray> SceneCardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NumberRole, "number"},     {HeadingRole, "heading"},   {SynopsisRole, "synopsis"},
                  {GoalRole, "goal"},         {TensionRole, "tension"},   {ToneRole, "tone"},
                  {ColorRole, "color"},       {ColorNameRole, "colorName"}, {LockedRole, "locked"},
                  {CharactersRole, "characters"}, {PagesRole, "pages"},   {SectionRole, "section"},
                  {FindingsRole, "findings"}, {SceneIdRole, "sceneId"},   {JobRole, "job"}});
    return names;
}

QStringList SceneCardModel::colorNames()
{
    return {u"red"_s, u"orange"_s, u"yellow"_s, u"green"_s, u"teal"_s, u"blue"_s, u"purple"_s, u"grey"_s};
}

QColor SceneCardModel::colorOf(const QString &picked, const QString &tone)
{
    // Soft hues that read on light and dark cards alike.
    static const QList<QColor> palette{QColor(0xd9, 0x5b, 0x5b), QColor(0xe0, 0x8a, 0x3c), QColor(0xd8, 0xb9, 0x3a),
                                       QColor(0x5f, 0xa8, 0x5f), QColor(0x3f, 0xa3, 0x9e), QColor(0x4a, 0x86, 0xcf),
                                       QColor(0x8e, 0x6a, 0xc8), QColor(0x8a, 0x8f, 0x98)};
    const qsizetype named = colorNames().indexOf(picked);
    if (named >= 0) {
        return palette[named];
    }
    if (const QColor given = QColor::fromString(picked); !picked.isEmpty() && given.isValid()) {
        return given;
    }
    const QString key = tone.trimmed().toCaseFolded();
    if (key.isEmpty()) {
        return {};
    }
    return palette[qHash(key, 7u) % (palette.size() - 1)]; // grey is for the writer to pick
}

} // namespace Spielberg
