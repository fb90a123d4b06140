// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>

#include <generation/generationrequest.h>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace Spielberg {

struct Script;

class CharactersPage;
class FountainEditor;
class GenerationLauncher;
class JobsPage;
class ScenesPage;
class ScriptsPage;
class Studio;

/**
 * The application window: four tabs (Scripts, Characters, Jobs, Scenes) reachable with
 * Alt+1…Alt+4 (and Ctrl+1…Ctrl+4 outside the editor), the menus (new script, import, export, quick generate, settings), and a status
 * bar with the draft's length. The Jobs tab's title counts the running jobs. Closing with jobs
 * in the queue asks whether to cancel them or leave them for next time; the draft is saved
 * first. Its geometry and the open tab are restored from QSettings between runs.
 *
 * Works on the Studio it is given (not owned; they must outlive the window). GUI thread only.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Tab { Scripts, Characters, Jobs, Scenes };
    Q_ENUM(Tab)

    explicit MainWindow(Studio &studio, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const;
    FountainEditor *editor() const;
    ScriptsPage *scriptsPage() const { return m_scripts; }
    CharactersPage *charactersPage() const { return m_characters; }
    JobsPage *jobsPage() const { return m_jobs; }
    ScenesPage *scenesPage() const { return m_scenes; }
    GenerationLauncher *launcher() const { return m_launcher; }

    void showTab(Tab tab);
    /** Sends a generation request, saying in the window why when it cannot go. */
    void generate(const GenerationRequest &request);
    /** Opens version `number` of a script in the Scripts tab. */
    void openVersion(qint64 scriptId, int number);
    void showSettings();
    /** Asks how to develop script `scriptId` (DevelopDialog) and starts the run. */
    void showDevelop(qint64 scriptId);
    /** Shows character offset `position` of the open draft in the editor. */
    void showInEditor(int position);
    void showQuickGenerate();
    void importFile(const QString &path);
    /**
     * Opens a screenplay file given on the command line or by the file manager: the script of
     * the library whose newest version has the same text, else a new script imported from it.
     */
    void openFile(const QString &path);
    /** On the first run (no scripts, never welcomed), the welcome and its three ways to start. */
    void welcomeIfNew();
    void showFountainHelp();
    void exportDraft(const QString &path);

    /**
     * What closing does with jobs still queued: Ask (the dialog), or a fixed answer for tests
     * and scripted runs.
     */
    enum class CloseJobs { Ask, Cancel, Leave };
    void setCloseJobs(CloseJobs choice) { m_closeJobs = choice; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpTabs();
    void setUpActions();
    void setUpElementBox();
    void restoreState();
    void saveState() const;
    void showAbout();
    void updateJobsTab(int running);
    void chooseImport();
    void chooseExport();
    void showReports();
    void rememberOpened(qint64 id);
    void fillRecentMenu();
    void exportText(const QString &text, const QString &path, const Script &script, const QString &revisionBase = {},
                    int round = 0);
    void runFileWork(const QString &busy, std::function<QString()> work,
                     std::function<void(const QString &)> done);
    void showFileResult(const QString &result, const QString &failTitle);

    struct FileWork {
        QString busy;
        std::function<QString()> work;
        std::function<void(const QString &)> done;
    };

    Studio &m_studio;
    std::unique_ptr<Ui::MainWindow> m_ui;
    GenerationLauncher *m_launcher;
    ScriptsPage *m_scripts = nullptr;
    CharactersPage *m_characters = nullptr;
    JobsPage *m_jobs = nullptr;
    ScenesPage *m_scenes = nullptr;
    QLabel *m_length = nullptr;
    QComboBox *m_element = nullptr;
    QMenu *m_recent = nullptr;
    static constexpr int kRecentScripts = 8;
    CloseJobs m_closeJobs = CloseJobs::Ask;
    QFutureWatcher<QString> m_fileWork;
    QList<FileWork> m_fileQueue;
};

} // namespace Spielberg
