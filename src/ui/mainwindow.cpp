// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "dialogs/developdialog.h"
#include "errortext.h"

#include "dialogs/quickgeneratedialog.h"
#include "dialogs/reportsdialog.h"
#include "dialogs/welcomedialog.h"
#include "samplelibrary.h"
#include "dialogs/settingsdialog.h"
#include "editor/draftautosaver.h"
#include "editor/smarttyping.h"
#include "fountaineditor.h"
#include "labels.h"
#include "generationlauncher.h"
#include "models/joblistmodel.h"
#include "pages/characterspage.h"
#include "pages/jobspage.h"
#include "pages/scenespage.h"
#include "pages/scriptspage.h"
#include "pages/scriptview.h"
#include "statusbadge.h"
#include "ui_mainwindow.h"

#include <studio/studio.h>
#include <core/fountainparser.h>
#include <core/revisioncomparison.h>
#include <core/pagelayout.h>
#include <export/screenplayfile.h>
#include <export/scriptimporter.h>

#include <ksyntaxhighlighting_version.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

MainWindow::MainWindow(Studio &studio, QWidget *parent)
    : QMainWindow(parent)
    , m_studio(studio)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_launcher(new GenerationLauncher(studio, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Spielberg"));
    setUpTabs();
    setUpActions();
    restoreState();
    m_length = new QLabel(this);
    m_length->setObjectName(u"lengthLabel"_s);
    statusBar()->addPermanentWidget(m_length);
    setUpElementBox();
    // The draft's length and the element being typed belong to the Scripts tab.
    const auto showScriptsParts = [this](int index) {
        m_length->setVisible(index == int(Tab::Scripts));
        m_element->setVisible(index == int(Tab::Scripts));
    };
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, showScriptsParts);
    showScriptsParts(m_ui->tabs->currentIndex());
    statusBar()->showMessage(tr("Ready"), 3000);
}

// The element the cursor's line is, in the status bar: it follows the cursor, and picking one
// makes the line that element (as Ctrl+0…9 do in the editor).
void MainWindow::setUpElementBox()
{
    using Kind = ElementMarkup::Kind;
    m_element = new QComboBox(this);
    m_element->setObjectName(u"elementBox"_s);
    m_element->setAccessibleName(tr("Element of the current line"));
    m_element->setFocusPolicy(Qt::NoFocus); // typing stays in the editor
    m_element->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int digit : {1, 2, 3, 4, 5, 6, 7, 8, 9, 0}) {
        m_element->addItem(Labels::elementKind(Kind(digit)), digit);
        m_element->setItemData(m_element->count() - 1, u"Ctrl+%1"_s.arg(digit), Qt::ToolTipRole);
    }
    m_element->setToolTip(tr("What the line you are typing is. Enter and Tab move between elements; "
                             "Ctrl+1 … Ctrl+9 and Ctrl+0 pick one."));
    statusBar()->addPermanentWidget(m_element);
    SmartTyping *typing = editor()->smartTyping();
    typing->setEnabled(SettingsDialog::storedSmartTyping());
    m_element->setEnabled(typing->isEnabled());
    connect(typing, &SmartTyping::enabledChanged, m_element, &QWidget::setEnabled);
    const auto show = [this](Kind kind) { m_element->setCurrentIndex(m_element->findData(int(kind))); };
    connect(typing, &SmartTyping::currentKindChanged, m_element, show);
    show(typing->currentKind());
    connect(m_element, &QComboBox::activated, this, [this](int index) {
        FountainEditor *typingIn = editor();
        typingIn->smartTyping()->setKind(Kind(m_element->itemData(index).toInt()));
        typingIn->setFocus();
    });
}

// The pages go first, while the window they report to is still whole (the Scripts page writes
// the draft as it goes).
MainWindow::~MainWindow()
{
    m_fileWork.waitForFinished();
    delete m_scripts;
    delete m_characters;
    delete m_jobs;
    delete m_scenes;
}

QTabWidget *MainWindow::tabs() const
{
    return m_ui->tabs;
}

FountainEditor *MainWindow::editor() const
{
    return m_scripts->view()->editor();
}

void MainWindow::setUpTabs()
{
    m_scripts = new ScriptsPage(m_studio, this);
    m_characters = new CharactersPage(m_studio, this);
    m_jobs = new JobsPage(m_studio, this);
    m_scenes = new ScenesPage(m_studio, this);
    m_ui->tabs->addTab(m_scripts, tr("Scripts"));
    m_ui->tabs->addTab(m_characters, tr("Characters"));
    m_ui->tabs->addTab(m_jobs, tr("Jobs"));
    m_ui->tabs->addTab(m_scenes, tr("Scenes"));
    m_ui->tabs->setTabToolTip(0, tr("Your scripts and the editor (Alt+1)"));
    m_ui->tabs->setTabToolTip(1, tr("The character library (Alt+2)"));
    m_ui->tabs->setTabToolTip(2, tr("Generation jobs (Alt+3)"));
    m_ui->tabs->setTabToolTip(3, tr("Scenes of a version (Alt+4)"));

    connect(m_scripts->view(), &ScriptView::generateRequested, this, &MainWindow::generate);
    connect(m_scenes, &ScenesPage::generateRequested, this, &MainWindow::generate);
    // The Scenes tab shows the script the writer has open.
    connect(m_scripts->view(), &ScriptView::scriptOpened, m_scenes, [this](qint64 id) {
        if (id > 0) {
            m_scenes->showVersion(id);
        }
    });
    connect(m_launcher, &GenerationLauncher::queued, m_scenes, &ScenesPage::trackJob);
    m_scenes->followDraft(m_scripts->view());
    connect(m_scripts->view(), &ScriptView::scriptOpened, m_characters, &CharactersPage::setScript);
    // The Scripts tab opened a script while it was made: every tab starts on that one.
    if (const qint64 open = m_scripts->view()->scriptId(); open > 0) {
        m_scenes->showVersion(open);
        m_characters->setScript(open);
    }
    connect(m_scenes, &ScenesPage::openScriptRequested, m_scripts, &ScriptsPage::openScript);
    connect(m_scenes, &ScenesPage::showInEditorRequested, this, &MainWindow::showInEditor);
    connect(m_scenes, &ScenesPage::developRequested, this, &MainWindow::showDevelop);
    connect(m_scenes, &ScenesPage::aboutToGoOn, this, [this] {
        if (m_characters->isDirty()) {
            m_characters->save(); // the cast's edits are what the outline is written for
        }
    });
    connect(m_scripts->view(), &ScriptView::developRequested, this, &MainWindow::showDevelop);
    connect(m_jobs, &JobsPage::openVersionRequested, this, &MainWindow::openVersion);
    connect(m_jobs, &JobsPage::openQuickResultRequested, this, [this](const QString &id) {
        const Result<Job> job = m_studio.jobs().job(id);
        if (!job) {
            return;
        }
        auto *dialog = new QuickGenerateDialog(m_studio, *m_launcher, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QuickGenerateDialog::scriptCreated, this, [this](qint64 scriptId) {
            showTab(Tab::Scripts);
            m_scripts->openScript(scriptId);
        });
        dialog->showJob(*job);
        dialog->show();
    });
    connect(m_jobs->model(), &JobListModel::runningCountChanged, this, &MainWindow::updateJobsTab);
    connect(m_scripts->view(), &ScriptView::lengthChanged, this, [this](int pages, int scenes, int words) {
        if (m_scripts->view()->scriptId() == 0) {
            m_length->clear();
            return;
        }
        m_length->setText(tr("%n page(s)", nullptr, pages) + u" · "_s
                          + tr("%n scene(s)", nullptr, scenes) + u" · "_s
                          + tr("%n word(s)", nullptr, words));
    });
    connect(m_scripts->view(), &ScriptView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 2500); });
    connect(&m_studio.jobs(), &JobDesk::jobFinished, this, [this](const Job &job) {
        if (job.status == JobStatus::Failed) {
            statusBar()->showMessage(tr("A job failed: %1").arg(job.error), 8000);
        } else if (job.status == JobStatus::Completed) {
            statusBar()->showMessage(tr("A job finished."), 4000);
        }
    });
    updateJobsTab(m_jobs->model()->runningCount());
}

void MainWindow::updateJobsTab(int running)
{
    const int index = int(Tab::Jobs);
    if (running > 0) {
        m_ui->tabs->setTabText(index, tr("Jobs (%1)").arg(running));
        m_ui->tabs->setTabIcon(index, StatusBadge::icon(JobStatus::Running));
    } else {
        m_ui->tabs->setTabText(index, tr("Jobs"));
        m_ui->tabs->setTabIcon(index, QIcon());
    }
    m_ui->tabs->setTabToolTip(index, running > 0 ? tr("%n job(s) running (Alt+3)", nullptr, running)
                                                 : tr("Generation jobs (Alt+3)"));
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    auto *help = new QAction(tr("&Fountain Syntax"), this);
    help->setObjectName(u"actionFountainHelp"_s);
    help->setShortcut(QKeySequence::HelpContents);
    help->setToolTip(tr("How to write scene headings, dialogue, transitions and the rest"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, help);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    connect(help, &QAction::triggered, this, &MainWindow::showFountainHelp);
    connect(m_ui->actionNewScript, &QAction::triggered, this, [this] {
        showTab(Tab::Scripts);
        m_scripts->newScript();
    });
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImport);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExport);
    connect(m_ui->actionReports, &QAction::triggered, this, &MainWindow::showReports);
    m_recent = new QMenu(tr("Open &Recent"), this);
    m_recent->setObjectName(u"recentMenu"_s);
    m_ui->menuFile->insertMenu(m_ui->actionExport, m_recent);
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_scripts->view(), &ScriptView::scriptOpened, this, &MainWindow::rememberOpened);
    connect(m_ui->actionQuickGenerate, &QAction::triggered, this, &MainWindow::showQuickGenerate);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);

    // Edit actions go to the editor; they follow its undo/redo/copy availability.
    FountainEditor *ed = editor();
    connect(m_ui->actionUndo, &QAction::triggered, ed, &QPlainTextEdit::undo);
    connect(m_ui->actionRedo, &QAction::triggered, ed, &QPlainTextEdit::redo);
    connect(m_ui->actionCut, &QAction::triggered, ed, &QPlainTextEdit::cut);
    connect(m_ui->actionCopy, &QAction::triggered, ed, &QPlainTextEdit::copy);
    connect(m_ui->actionPaste, &QAction::triggered, ed, &QPlainTextEdit::paste);
    connect(m_ui->actionSelectAll, &QAction::triggered, ed, &QPlainTextEdit::selectAll);
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);
    m_ui->actionCut->setEnabled(false);
    m_ui->actionCopy->setEnabled(false);
    connect(ed, &QPlainTextEdit::undoAvailable, m_ui->actionUndo, &QAction::setEnabled);
    connect(ed, &QPlainTextEdit::redoAvailable, m_ui->actionRedo, &QAction::setEnabled);
    connect(ed, &QPlainTextEdit::copyAvailable, m_ui->actionCut, &QAction::setEnabled);
    connect(ed, &QPlainTextEdit::copyAvailable, m_ui->actionCopy, &QAction::setEnabled);
    // The editor's own shortcuts handle these while it has focus; the menu shows them.
    for (QAction *a : {m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy,
                       m_ui->actionPaste, m_ui->actionSelectAll}) {
        a->setShortcutContext(Qt::WidgetShortcut);
    }
    // Pages use Ctrl+N for their own "new" (script, character); the menu's is for the others.
    m_ui->actionNewScript->setShortcutContext(Qt::WidgetShortcut);

    // View: one checkable action per tab, Alt+1…Alt+4 everywhere and Ctrl+1…Ctrl+4 outside the
    // editor (where Ctrl+digits pick the element, as in Final Draft).
    auto *group = new QActionGroup(this);
    const QStringList names{tr("&Scripts"), tr("&Characters"), tr("&Jobs"), tr("Sce&nes")};
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QAction *action = m_ui->menuView->addAction(names.value(i));
        action->setCheckable(true);
        action->setShortcuts({QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)),
                              QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))});
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(u"actionTab%1"_s.arg(i + 1));
        group->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { m_ui->tabs->setCurrentIndex(i); });
    }
    const auto syncChecked = [this, group](int index) {
        const QList<QAction *> actions = group->actions();
        if (index >= 0 && index < actions.size()) {
            actions[index]->setChecked(true);
        }
    };
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, syncChecked);
    syncChecked(m_ui->tabs->currentIndex());
}

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

void MainWindow::generate(const GenerationRequest &request)
{
    m_launcher->launch(request, this, [this](Result<Job> job) {
        if (!job) {
            QMessageBox box(QMessageBox::Information, tr("Cannot generate yet"), ErrorText::of(job.error()),
                            QMessageBox::Close, this);
            box.setObjectName(u"cannotGenerateBox"_s);
            QPushButton *settings = box.addButton(tr("Open Settings…"), QMessageBox::ActionRole);
            box.exec();
            if (box.clickedButton() == settings) {
                showSettings();
            }
            return;
        }
        statusBar()->showMessage(tr("Job queued: follow it in the Jobs tab (Alt+3)."), 5000);
        m_jobs->select(job->id);
    });
}

void MainWindow::openVersion(qint64 scriptId, int number)
{
    showTab(Tab::Scripts);
    m_scripts->openScript(scriptId);
    if (m_scripts->view()->scriptId() == scriptId) { // not another script's version `number`
        m_scripts->view()->selectVersion(number);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_studio, this);
    if (dialog.exec() == QDialog::Accepted) {
        editor()->smartTyping()->setEnabled(SettingsDialog::storedSmartTyping());
    }
}

void MainWindow::showQuickGenerate()
{
    auto *dialog = new QuickGenerateDialog(m_studio, *m_launcher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickGenerateDialog::scriptCreated, this, [this](qint64 scriptId) {
        showTab(Tab::Scripts);
        m_scripts->openScript(scriptId);
    });
    dialog->show();
}

void MainWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a screenplay"), QString(),
        tr("Screenplays (*.fountain *.spmd *.txt *.fdx);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void MainWindow::importFile(const QString &path)
{
    ScriptLibrary library = m_studio.library();
    runFileWork(tr("Importing %1…").arg(QFileInfo(path).fileName()),
                [library, path]() mutable -> QString {
                    const Result<ScriptLibrary::Imported> imported = library.importFile(path);
                    library.releaseThreadConnection();
                    return imported ? u"id:%1"_s.arg(imported->scriptId) : ErrorText::of(imported.error());
                },
                [this](const QString &result) { showFileResult(result, tr("Import failed")); });
}

// The reports are worked out from a copy of the draft as it stands, off the GUI thread.
void MainWindow::showReports()
{
    ScriptView *view = m_scripts->view();
    if (view->scriptId() == 0) {
        statusBar()->showMessage(tr("Open a script to see its reports."), 4000);
        return;
    }
    auto *dialog = new ReportsDialog(editor()->toPlainText(), view->script().title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::chooseExport()
{
    // The script the writer asked to export, whatever opens while the file is chosen.
    ScriptView *view = m_scripts->view();
    const qint64 id = view->scriptId();
    if (id == 0) {
        statusBar()->showMessage(tr("Open a script to export it."), 4000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the draft"), view->script().title + u".pdf"_s,
        tr("PDF (*.pdf);;Final Draft (*.fdx);;Fountain (*.fountain)"));
    if (path.isEmpty()) {
        return;
    }
    if (view->scriptId() == id) {
        exportDraft(path);
        return;
    }
    // (Another script opened meanwhile: its revision base is not the one asked for.)
    // Another script is open now: the one asked for goes out as its draft was stored.
    (void)view->autosaver()->flush();
    const Result<Draft> draft = m_studio.history().draft(id);
    if (!draft) {
        QMessageBox::warning(this, tr("Export failed"), ErrorText::of(draft.error()));
        return;
    }
    const Result<Script> script = m_studio.library().script(id);
    exportText(draft->content, path, script ? *script : Script{}); // its own title page
}

void MainWindow::exportDraft(const QString &path)
{
    // A script with a locked white draft prints its pages as a revision of it.
    ScriptView *view = m_scripts->view();
    QString base;
    int round = 0;
    if (view->revisionBase() > 0 && path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        base = view->revisionBaseText();
        const Result<ScriptVersion> newest = m_studio.history().version(view->scriptId());
        round = std::max(1, (newest ? newest->number : view->revisionBase()) - view->revisionBase());
    }
    exportText(editor()->toPlainText(), path, view->script(), base, round);
}

void MainWindow::exportText(const QString &text, const QString &path, const Script &script,
                            const QString &revisionBase, int round)
{
    PdfExporter::Options options;
    options.layout = SettingsDialog::storedLayout();
    // A PDF of a text without a title page gets one from the script's details.
    const bool titled = path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    runFileWork(tr("Exporting %1…").arg(QFileInfo(path).fileName()),
                [text, path, options, revisionBase, round, script, titled]() mutable -> QString {
                    Screenplay play = FountainParser::parse(text);
                    if (titled) {
                        play = ScreenplayFile::withTitlePage(std::move(play), script.title, script.owner);
                    }
                    if (!revisionBase.isEmpty()) {
                        const RevisionComparison comparison =
                            RevisionComparison::compare(FountainParser::parse(revisionBase), play);
                        PdfExporter::Revision revision;
                        revision.color = RevisionComparison::colorOfRound(round);
                        revision.date = QDate::currentDate();
                        revision.changedLines = comparison.changedLines(play, revisionBase, text);
                        options.revision = revision;
                        const Screenplay basePlay = FountainParser::parse(revisionBase);
                        play = comparison.numbered(play);
                        options.pages = RevisionComparison::lockedPages(basePlay, play, revisionBase, text,
                                                                         options.layout);
                    }
                    const Result<void> ok = ScreenplayFile::write(play, path, options);
                    return ok ? QString() : ErrorText::of(ok.error());
                },
                [this, path](const QString &error) {
                    if (error.isEmpty()) {
                        statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(path).fileName()), 5000);
                    } else {
                        QMessageBox::warning(this, tr("Export failed"), error);
                    }
                });
}

// One file job at a time on a worker thread; a request made meanwhile waits its turn. `work`
// returns text for `done`, which runs on the GUI thread.
void MainWindow::runFileWork(const QString &busy, std::function<QString()> work,
                             std::function<void(const QString &)> done)
{
    if (m_fileWork.isRunning()) {
        m_fileQueue.append(FileWork{busy, std::move(work), std::move(done)});
        return;
    }
    statusBar()->showMessage(busy);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_fileWork, &QFutureWatcherBase::finished, this, [this, connection, done] {
        disconnect(*connection);
        statusBar()->clearMessage();
        done(m_fileWork.result());
        if (!m_fileQueue.isEmpty()) {
            FileWork next = m_fileQueue.takeFirst();
            runFileWork(next.busy, std::move(next.work), std::move(next.done));
        }
    });
    m_fileWork.setFuture(QtConcurrent::run(std::move(work)));
}

// "id:N" opens script N; anything else is the reason the file work failed.
void MainWindow::showFileResult(const QString &result, const QString &failTitle)
{
    if (result.startsWith(u"id:"_s)) {
        showTab(Tab::Scripts);
        m_scripts->openScript(result.mid(3).toLongLong());
    } else {
        QMessageBox::warning(this, failTitle, result);
    }
}

void MainWindow::restoreState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(u"window/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1280, 800);
    }
    QMainWindow::restoreState(settings.value(u"window/state"_s).toByteArray());
    const int tab = settings.value(u"window/tab"_s, 0).toInt();
    if (tab >= 0 && tab < m_ui->tabs->count()) {
        m_ui->tabs->setCurrentIndex(tab);
    }
    // The script the writer left, with the cursor where it was (a script deleted meanwhile is
    // simply not opened).
    const qint64 script = settings.value(u"session/script"_s, 0).toLongLong();
    if (script > 0) {
        m_scripts->openScript(script);
        if (m_scripts->view()->scriptId() == script) {
            FountainEditor *typing = editor();
            QTextCursor cursor = typing->textCursor();
            cursor.setPosition(std::clamp(settings.value(u"session/cursor"_s, 0).toInt(), 0,
                                          typing->document()->characterCount() - 1));
            typing->setTextCursor(cursor);
            typing->centerCursor();
        }
    }
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, QMainWindow::saveState());
    settings.setValue(u"window/tab"_s, m_ui->tabs->currentIndex());
    settings.setValue(u"session/script"_s, m_scripts->view()->scriptId());
    settings.setValue(u"session/cursor"_s, editor()->textCursor().position());
}

// The scripts opened last, newest first, kept across sessions (File > Open Recent).
void MainWindow::rememberOpened(qint64 id)
{
    if (id == 0) {
        return;
    }
    QSettings settings;
    QList<qint64> recent;
    for (const QVariant &v : settings.value(u"session/recent"_s).toList()) {
        if (v.toLongLong() != id) {
            recent.append(v.toLongLong());
        }
    }
    recent.prepend(id);
    QVariantList stored;
    for (const qint64 r : recent.mid(0, kRecentScripts)) {
        stored.append(r);
    }
    settings.setValue(u"session/recent"_s, stored);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QVariantList recent = QSettings().value(u"session/recent"_s).toList();
    int n = 0;
    for (const QVariant &v : recent) {
        const qint64 id = v.toLongLong();
        const Result<Script> script = m_studio.library().script(id);
        if (!script) {
            continue; // deleted since
        }
        ++n;
        QAction *action = m_recent->addAction(u"&%1  %2"_s.arg(n).arg(QString(script->title).replace(u'&', u"&&"_s)));
        connect(action, &QAction::triggered, this, [this, id] {
            showTab(Tab::Scripts);
            m_scripts->openScript(id);
        });
    }
    if (n == 0) {
        m_recent->addAction(tr("No scripts opened yet"))->setEnabled(false);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The draft first: whatever happens next, the typing is in the library.
    m_scripts->view()->saveDraft();
    QStringList active;
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Running}) {
        if (const Result<QList<Job>> jobs = m_studio.jobs().jobs(status)) {
            for (const Job &job : *jobs) {
                // Only jobs of this process or waiting: another program's running jobs are its own.
                if (job.status == JobStatus::Pending || m_studio.jobs().runningIds().contains(job.id)) {
                    active << job.id;
                }
            }
        }
    }
    CloseJobs choice = m_closeJobs;
    if (!active.isEmpty() && choice == CloseJobs::Ask) {
        QMessageBox box(QMessageBox::Question, tr("Jobs are still in the queue"),
                        tr("%n generation job(s) have not finished. Cancel them, or leave them: "
                           "waiting jobs start when you next open Spielberg, and running ones stop "
                           "now, keeping their text, ready to retry.",
                           nullptr, int(active.size())),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"closeJobsBox"_s);
        QPushButton *leave = box.addButton(tr("Leave them"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(tr("Cancel jobs"), QMessageBox::DestructiveRole);
        QPushButton *stay = box.addButton(tr("Don't quit"), QMessageBox::RejectRole);
        box.setDefaultButton(leave);
        box.exec();
        if (box.clickedButton() == stay || box.clickedButton() == nullptr) {
            event->ignore();
            return;
        }
        choice = box.clickedButton() == cancel ? CloseJobs::Cancel : CloseJobs::Leave;
    }
    m_studio.jobs().stopTaking();
    if (choice == CloseJobs::Cancel) {
        for (const QString &id : std::as_const(active)) {
            (void)m_studio.jobs().cancel(id);
        }
    }
    saveState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Spielberg"),
                       tr("<h3>Spielberg %1</h3>"
                          "<p>An offline-first screenwriting studio: a library of scripts with "
                          "full version history, a character bible, a Fountain editor, and "
                          "generation jobs that stream live.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later."
                          "</p><p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()))
                           + tr("<p>KDE Frameworks Syntax Highlighting %1, SQLite %2.</p>")
                                 .arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                                      m_studio.sqliteVersion()));
}

void MainWindow::showFountainHelp()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"fountainHelp"_s);
    dialog->setWindowTitle(tr("Fountain syntax"));
    auto *browser = new QTextBrowser(dialog);
    browser->setSource(QUrl(u"qrc:/help/fountain.html"_s));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 720);
    dialog->show();
}

void MainWindow::welcomeIfNew()
{
    QSettings settings;
    if (settings.value(u"ui/welcomed"_s).toBool()) {
        return;
    }
    const Result<QList<Script>> scripts = m_studio.library().scripts();
    settings.setValue(u"ui/welcomed"_s, true);
    if (!scripts || !scripts->isEmpty()) {
        return; // a library from before: nothing to introduce
    }
    WelcomeDialog welcome(this);
    welcome.exec();
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::Sample:
        if (const Result<qint64> id = SampleLibrary::create(m_studio)) {
            showTab(Tab::Scripts);
            m_scripts->openScript(*id);
        } else {
            QMessageBox::warning(this, tr("Sample"), ErrorText::of(id.error()));
        }
        break;
    case WelcomeDialog::Choice::Provider:
        showSettings();
        break;
    case WelcomeDialog::Choice::Blank:
        showTab(Tab::Scripts);
        break;
    }
}

void MainWindow::openFile(const QString &path)
{
    ScriptLibrary library = m_studio.library();
    // On a worker: read the file, look for a script whose newest version has its text, else
    // import it as a new one.
    runFileWork(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                [library, path]() mutable -> QString {
                    const Result<qint64> id = library.openOrImport(path);
                    library.releaseThreadConnection();
                    return id ? u"id:%1"_s.arg(*id) : ErrorText::of(id.error());
                },
                [this](const QString &result) { showFileResult(result, tr("Cannot open the file")); });
}

void MainWindow::showDevelop(qint64 scriptId)
{
    const Result<Script> script = m_studio.library().script(scriptId);
    if (!script) {
        QMessageBox::warning(this, tr("Develop"), tr("The script could not be read: %1").arg(ErrorText::of(script.error())));
        return;
    }
    // A run that did not finish is resumed, not started again beside it.
    if (const Result<std::optional<Job>> open = m_studio.jobs().unfinishedRun(scriptId);
        open && *open && ((*open)->status == JobStatus::Running || (*open)->status == JobStatus::Interrupted)) {
        const Job run = **open;
        if (run.status == JobStatus::Interrupted) {
            const auto answer = QMessageBox::question(this, tr("Develop “%1”").arg(script->title),
                                                      tr("A run on this script was interrupted. Resume it? What its "
                                                         "steps finished is kept."));
            if (answer == QMessageBox::Yes) {
                if (const Result<Job> resumed = m_studio.jobs().resume(run.id); !resumed) {
                    QMessageBox::warning(this, tr("Develop"), ErrorText::of(resumed.error()));
                }
                m_studio.jobs().start();
            }
        } else {
            showTab(Tab::Jobs);
            m_jobs->select(run.id);
        }
        return;
    }
    DevelopDialog dialog(m_studio, *script, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (m_scripts->view()->scriptId() == scriptId && m_scripts->view()->hasUnsavedEdits()) {
        m_scripts->view()->saveVersion(tr("Kept before developing"));
    }
    const Result<Job> run = m_studio.jobs().develop(dialog.request());
    if (!run) {
        QMessageBox::warning(this, tr("Develop “%1”").arg(script->title),
                             tr("The run could not start: %1").arg(ErrorText::of(run.error())));
        return;
    }
    m_studio.jobs().start();
    m_scripts->openScript(scriptId);
    showTab(Tab::Scenes);
    m_scenes->setMode(ScenesPage::Mode::Cards);
}

void MainWindow::showInEditor(int position)
{
    showTab(Tab::Scripts);
    FountainEditor *ed = editor();
    QTextCursor cursor(ed->document());
    cursor.setPosition(std::clamp(position, 0, ed->document()->characterCount() - 1));
    // The line selected, so the eye finds it.
    const QTextBlock block = cursor.block();
    cursor.setPosition(block.position());
    cursor.setPosition(block.position() + std::max(0, block.length() - 1), QTextCursor::KeepAnchor);
    ed->setTextCursor(cursor);
    ed->centerCursor();
    ed->setFocus();
}

} // namespace Spielberg
