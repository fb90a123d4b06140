// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/continuityfinding.h>
#include <core/job.h>
#include <core/result.h>
#include <core/scene.h>
#include <core/scenemover.h>

#include <QAbstractListModel>
#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Spielberg {

class Studio;

/** One index card of the story board: what the draft's text and the writer's notes say of a scene. */
struct SceneCard {
    int number = 0; ///< 1-based, in the draft's order
    QString heading;
    QString synopsis; ///< the `= …` lines, else the scene's first action
    bool synopsisWritten = false; ///< the synopsis comes from `= …` lines
    QString goal;
    QString tension;
    QString tone;
    QString color; ///< the colour the writer picked; empty: by tone
    bool locked = false;
    QStringList characters;
    double pages = 0;
    QString section;       ///< the act or sequence (`# …`) this card opens, if it opens one
    QStringList findings;  ///< continuity findings on this scene, one line each
    qint64 sceneId = 0;    ///< the scene row of the draft's base version it matches, 0 when new
    SceneSpan span;        ///< where it stands in the text the cards were made from
    // A job writing or rewriting this scene right now.
    QString jobId;
    JobStatus jobStatus = JobStatus::Pending;
    int words = 0;          ///< streamed so far
    QString written;        ///< what the job wrote so far (or in all, once a run's scene is written)
};

/**
 * The story board's cards: one per scene of the draft a writer is editing, in reading order
 * (docs/architecture.md, "The story board"). The cards are made off the GUI thread from a copy
 * of the text (parse, lengths, continuity findings) and joined with the writer's notes on the
 * draft's base version by heading (SceneSplitter::matchHeadings()); a request arriving while one
 * runs only replaces the waiting text. The scene jobs of the script show on their cards as they
 * stream: a run's scene drafts by number, a regeneration by scene. GUI thread only.
 */
class SceneCardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        HeadingRole,
        SynopsisRole,
        GoalRole,
        TensionRole,
        ToneRole,
        ColorRole, ///< the card's QColor: the writer's, else one per tone, invalid when neither
        ColorNameRole,
        LockedRole,
        CharactersRole,
        PagesRole,    ///< "1 3/8"
        SectionRole,
        FindingsRole, ///< QStringList
        SceneIdRole,
        JobRole,      ///< a line on the job writing it, empty when none
    };

    explicit SceneCardModel(Studio &studio, QObject *parent = nullptr);
    ~SceneCardModel() override;

    /** Makes the cards of `text`, the draft of `scriptId` resting on version `baseVersion`. */
    void setDraft(qint64 scriptId, int baseVersion, const QString &text);
    qint64 scriptId() const { return m_scriptId; }
    int baseVersion() const { return m_baseVersion; }
    /** The text the cards show (the last one made); spans are offsets into it. */
    const QString &text() const { return m_text; }
    QList<SceneSpan> spans() const;
    /** Whether cards are being made. */
    bool isBusy() const { return m_watcher.isRunning() || m_waiting.has_value(); }

    SceneCard cardAt(int row) const { return m_cards.value(row); }
    /** The continuity findings on the text the cards show, in scene order. */
    const QList<ContinuityFinding> &findings() const { return m_findings; }
    int rowOfScene(qint64 sceneId) const;

    /**
     * Writes a card's goal, tension, tone, colour and lock on its scene row; false (and
     * saveFailed()) when the card has no row yet or the library refuses.
     */
    bool editNotes(int row, const SceneCard &notes);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The colour of a card: the writer's pick, else one per tone (stable), else invalid. */
    static QColor colorOf(const QString &picked, const QString &tone);
    /** The colours a writer can pick, by name. */
    static QStringList colorNames();

    /** What the worker makes of a draft (pure but for the library reads it is given). */
    struct Made {
        qint64 scriptId = 0;
        int baseVersion = 0;
        QString text;
        QList<SceneCard> cards;
        QList<ContinuityFinding> findings;
    };

Q_SIGNALS:
    /** The cards were made again from a new text. */
    void cardsMade();
    void saveFailed(const QString &message);

private:
    void start();
    void onMade();
    void onJobChanged(const Job &job);
    void onStreamed(const QString &jobId, const QString &delta);
    int rowOfJob(const Job &job) const;
    void followJobs();

    Studio &m_studio;
    qint64 m_scriptId = 0;
    int m_baseVersion = 0;
    QString m_text;
    QList<SceneCard> m_cards;
    QList<ContinuityFinding> m_findings;
    QHash<qint64, Scene> m_rows; ///< the base version's scene rows, by id
    QHash<QString, Job> m_jobs;  ///< the script's scene jobs being written, by id
    struct Request {
        qint64 scriptId;
        int baseVersion;
        QString text;
    };
    std::optional<Request> m_waiting;
    QFutureWatcher<std::pair<Made, QList<Scene>>> m_watcher;
};

} // namespace Spielberg
