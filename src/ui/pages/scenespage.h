// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include "../dialogs/comparedialog.h"
#include "../dialogs/takesdialog.h"
#include "../editor/sceneboard.h"

#include <generation/generationrequest.h>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Spielberg {

class CardEditor;
class FountainEditor;
class NoticeBar;
class SceneCardModel;
class SceneTableModel;
class ScriptView;
class Studio;
class TakesDialog;

/**
 * The Scenes tab of the script open in the Scripts tab, two ways:
 * - **Cards** (the story board): the draft's scenes as index cards in reading order, acts and
 *   sequences as rows, each with its synopsis, notes, characters, length, colour, lock and
 *   continuity findings, and the job writing it as it streams. Dragging a card moves the scene
 *   in the draft's text (one undo step, Ctrl+Z); editing a card writes its synopsis into the
 *   text and its notes on the scene. Beside the cards, the continuity findings of the draft;
 *   a click shows the place in the editor.
 * - **Table**: the scenes of any version (number, heading, setting, goal, tension, tone,
 *   length, characters) with a preview, and regenerate a scene, with takes to choose from.
 * A develop run of the script that waits for the writer is said here, with the button to go on.
 * GUI thread only.
 */
class ScenesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScenesPage(Studio &studio, QWidget *parent = nullptr);
    ~ScenesPage() override;

    /** The cards follow the draft in `view`'s editor; moves and synopses are edits there. */
    void followDraft(ScriptView *view);

    /** Shows version `number` (0: newest) of script `scriptId` in the table. */
    void showVersion(qint64 scriptId, int number = 0);
    qint64 scriptId() const;
    int versionNumber() const;

    enum class Mode { Cards, Table };
    void setMode(Mode mode);
    Mode mode() const;

    QTableView *table() const { return m_table; }
    SceneTableModel *model() const { return m_model; }
    SceneBoard *board() const { return m_board; }
    SceneCardModel *cards() const { return m_cards; }
    CardEditor *cardEditor() const { return m_cardEditor; }
    QListWidget *continuityList() const { return m_continuity; }
    NoticeBar *notice() const { return m_notice; }
    QComboBox *scriptBox() const { return m_script; }
    QComboBox *versionBox() const { return m_version; }
    /** The comparison of the last regeneration that landed, while open. */
    CompareDialog *lastComparison() const { return m_comparison; }
    /** The takes of the last regeneration with takes, while open. */
    TakesDialog *takesDialog() const { return m_takes; }

    /** Asks for an instruction and requests the selected scene's regeneration. */
    void regenerateSelected();
    /** Selects scene `number` (1-based) in the table. */
    void selectScene(int number);
    /** Moves card `from` to `slot` in the draft (what a drag does). */
    bool moveCard(int from, SceneBoard::Slot slot);
    /** Deletes card `row`'s scene from the draft (one undo step); false when it could not. */
    bool deleteCard(int row);
    /** Adds a new scene after card `row` (-1 or past the last: at the end) and opens its card. */
    bool addCardAfter(int row);
    /** Opens the in-place editor on card `row`. */
    void editCard(int row);
    /** Keeps what the card editor holds. */
    void commitCard();
    /** Shows the takes of scene row `sceneId`'s newest takes job side by side. */
    void showTakes(qint64 sceneId);
    /** Makes the cards again from the editor's text now. */
    void refreshCards();
    /** The run of the open script that waits for the writer, if any. */
    std::optional<Job> waitingRun() const { return m_waiting; }
    /** Goes on with the waiting run: the outline, or the scenes from the draft as it stands. */
    void goOn();

public Q_SLOTS:
    /** A job was queued somewhere: follow it if it regenerates a scene for this page. */
    void trackJob(const Spielberg::Job &job);

Q_SIGNALS:
    void generateRequested(const Spielberg::GenerationRequest &request);
    /** The writer picked another script here: the Scripts tab opens it. */
    void openScriptRequested(qint64 scriptId);
    /** Show this place of the draft in the editor (a character offset). */
    void showInEditorRequested(int position);
    void developRequested(qint64 scriptId);
    /** A waiting run is about to go on: whatever the writer has not stored yet should be. */
    void aboutToGoOn();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadScripts();
    void reloadVersions();
    void onScriptChosen();
    void onVersionChosen();
    void onCurrentChanged();
    void onJobFinished(const Job &job);
    void onJobChanged(const Job &job);
    void onCardsMade();
    void onCardContextMenu(int row, const QPoint &globalPos);
    void showContinuity();
    void checkWaitingRun();
    void scheduleCards(int delayMs = 250);
    bool applyEdit(int start, int removed, const QString &inserted);
    void placeCardEditor();
    /** The row of the card being edited, found again by its scene; -1 when it is gone. */
    int rowOfEdited() const;
    FountainEditor *draftEditor() const;

    Studio &m_studio;
    QPointer<ScriptView> m_view;
    SceneTableModel *m_model;
    SceneCardModel *m_cards;
    NoticeBar *m_notice;
    NoticeBar *m_runNotice;
    QComboBox *m_script;
    QLabel *m_versionLabel;
    QComboBox *m_version;
    QLabel *m_draftLabel;
    QToolButton *m_cardsButton;
    QToolButton *m_tableButton;
    QPushButton *m_develop;
    QPushButton *m_regenerate;
    QStackedWidget *m_stack;
    SceneBoard *m_board;
    CardEditor *m_cardEditor;
    QListWidget *m_continuity;
    QLabel *m_continuityTitle;
    QTableView *m_table;
    FountainEditor *m_preview;
    QSet<QString> m_tracked;
    QPointer<CompareDialog> m_comparison;
    QPointer<TakesDialog> m_takes;
    QTimer m_cardsTimer;
    std::optional<Job> m_waiting;
    int m_selectAfterMove = -1;
    int m_editAfterCards = -1;
    std::optional<std::pair<int, int>> m_lastMove; ///< the last move's card, from and to
    struct PendingNotes {
        int number;
        QString goal, tension, tone, color;
        bool locked;
    };
    std::optional<PendingNotes> m_pendingNotes;
    bool m_filling = false;
};

} // namespace Spielberg
