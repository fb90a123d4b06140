// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/script.h>

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include "../dialogs/comparedialog.h"

#include <generation/generationrequest.h>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Spielberg {


class DraftAnalyzer;
class DraftAutosaver;
class FindBar;
class FountainEditor;
class GeneratedVersionReview;
class VersionPane;
class NoticeBar;
class PageView;
class Studio;
class VersionListModel;
struct DraftOutline;

/**
 * One open script: its details (genre and tone shown locked once it has a version), its
 * characters, the Fountain editor on its draft with a scene navigator and find/replace, and its
 * version history (view, compare, restore). The draft is autosaved as the writer types (off the
 * GUI thread); Ctrl+S saves it now, Ctrl+Shift+S snapshots it as a new version. A version that a
 * generation job adds is reviewed against an edited draft before it replaces anything.
 *
 * The view is bound to one script id at a time (open()). Every action captures that id when it
 * starts and finishes on that script, whatever is opened meanwhile; what it shows afterwards it
 * shows only while that script is still the open one. A draft resting on a version its script
 * does not have is rebased on the newest version when it is opened, its text kept.
 * GUI thread only.
 */
class ScriptView : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptView(Studio &studio, QWidget *parent = nullptr);
    ~ScriptView() override;

    /** Opens script `id` (0: none), saving the previous draft first. */
    void open(qint64 id);
    qint64 scriptId() const { return m_script.id; }
    Script script() const { return m_script; }

    FountainEditor *editor() const { return m_editor; }
    QTableView *versionTable() const;
    QListWidget *sceneNavigator() const { return m_scenes; }
    QTabWidget *sideTabs() const { return m_side; }
    FindBar *findBar() const { return m_findBar; }
    DraftAutosaver *autosaver() const { return m_autosaver; }

    /** Starts writing the draft now, off the GUI thread (Ctrl+S). */
    void saveDraftNow();
    /** Writes the draft now, on this thread, before an action that needs it stored. */
    bool saveDraft();
    /** Snapshots the draft as a new version with `note`; returns its number, 0 on failure. */
    int saveVersion(const QString &note);
    /** Asks for a note, then saveVersion() (Ctrl+Shift+S). */
    void saveVersionInteractively();
    void editDetails();
    /** Opens version `number` read-only. */
    void viewVersion(int number);
    /** Compares versions `from` and `to` (0 as `to`: the draft) side by side; returns the window. */
    CompareDialog *compare(int from, int to);
    void compareSelected();
    /** Adds a version with version `number`'s text and makes it the draft (typing kept). */
    void restoreVersion(int number);
    /** Makes version `number` the locked white draft; the margin marks what changed since. */
    void lockVersion(int number);
    /** The locked base's number (0: none) and text; the draft's pages print as its revision. */
    int revisionBase() const { return m_revisionBase; }
    QString revisionBaseText() const;
    PageView *pageView() const { return m_pageView; }
    /** The narrowest the side tabs (scenes, versions) get before they fold away. */
    static constexpr int kSideMinimum = 180;
    /** The narrowest the side tabs are of use: kSideMinimum, or what their panes need. */
    int sideMinimum() const;
    /** The width this view needs to show 60 columns of text and its side tabs. */
    int neededWidth() const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Shows version `number` selected in the history. */
    void selectVersion(int number);
    /** Whether the draft holds typing that its base version does not. */
    bool hasUnsavedEdits() const;
    /** The review window of the newest generated version, if one is open. */
    CompareDialog *review() const;
    /** The version the draft rests on (0: none). */
    int baseVersion() const { return m_baseVersion; }
    /** Makes version `number` the draft (typing kept first); false when it could not. */
    bool adoptVersion(int number);

Q_SIGNALS:
    /** The page view opened or closed: the width the view needs changed. */
    void neededWidthChanged();
    /** The writer asked for a generation for this script. */
    void generateRequested(const Spielberg::GenerationRequest &request);
    /** Page and scene count of the draft changed (for the status bar). */
    void lengthChanged(int pages, int scenes, int words);
    /** The writer asked to develop this script with the story engine. */
    void developRequested(qint64 scriptId);
    /** A message for the status bar. */
    void statusMessage(const QString &text);
    /** open() loaded script `id` (0: none) into the view. */
    void scriptOpened(qint64 id);

private:
    void buildUi();
    void showHeader();
    void onTextChanged();
    void onIdle();
    void onAnalyzed(const DraftOutline &outline);
    void onVersionAdded(qint64 scriptId, int number);
    void onScriptChanged(qint64 id);
    void loadDraft();
    /** Snapshots the draft of script `id` (open or not) as a version; its number, 0 on failure. */
    int saveVersionOf(qint64 id, const QString &note);
    /** Closes the windows that act on the open script (review, version viewers). */
    void closeScriptWindows();
    void loadRevisionBase();
    void showPageView(bool on);
    void followEditor();
    void fitPanes();
    void setEditorText(const QString &text);
    void askGenerate();

    Studio &m_studio;
    Script m_script;
    int m_baseVersion = 0;
    int m_revisionBase = 0;
    QString m_saveError; ///< the autosave error on show, cleared by the next save
    QString m_baseContent;
    bool m_loading = false;
    QTimer *m_fitTimer = nullptr; ///< fitPanes() once the splitters have laid out a new size (their sizes lag the event)

    NoticeBar *m_notice;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_characters;
    QPushButton *m_detailsButton;
    QToolButton *m_saveDraftButton;
    QToolButton *m_saveVersionButton;
    QToolButton *m_generateButton;
    QToolButton *m_developButton;
    QToolButton *m_findButton;
    QToolButton *m_pageViewButton;
    QSplitter *m_splitter;
    int m_sideWanted = 340; ///< the side tabs' width when there is room: the writer's last drag
    QSplitter *m_pagesSplitter;
    static constexpr int kPageViewMinimum = 240;
    PageView *m_pageView;
    QListWidget *m_scenes;
    FountainEditor *m_editor;
    FindBar *m_findBar;
    QTabWidget *m_side;
    QWidget *m_pasteRow;
    QWidget *m_body;
    QLabel *m_empty;
    QTimer *m_idle;
    QElapsedTimer m_sinceHandOff; ///< since the first change not yet handed to the autosaver
    DraftAutosaver *m_autosaver;
    DraftAnalyzer *m_analyzer;
    VersionPane *m_versionPane = nullptr;
    GeneratedVersionReview *m_review;
};

} // namespace Spielberg
