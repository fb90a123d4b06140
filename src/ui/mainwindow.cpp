// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "fountaineditor.h"
#include "placeholderpage.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Spielberg {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Spielberg"));
    setUpTabs();
    setUpActions();
    restoreState();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

QTabWidget *MainWindow::tabs() const
{
    return m_ui->tabs;
}

void MainWindow::setUpTabs()
{
    m_editor = new FountainEditor(this);
    m_ui->tabs->addTab(m_editor, tr("Scripts"));
    m_ui->tabs->addTab(new PlaceholderPage(tr("Characters"),
                                           tr("Your character bible: names, personalities, goals, "
                                              "voices and backstories, shared by every script."),
                                           this),
                       tr("Characters"));
    m_ui->tabs->addTab(new PlaceholderPage(tr("Jobs"),
                                           tr("Generation work sent to the model appears here, "
                                              "its text streaming in as it is written."),
                                           this),
                       tr("Jobs"));
    m_ui->tabs->addTab(new PlaceholderPage(tr("Scenes"),
                                           tr("The scenes of each version, with their setting, "
                                              "goal, tension and tone."),
                                           this),
                       tr("Scenes"));
    m_ui->tabs->setTabToolTip(0, tr("Your scripts and the editor (Ctrl+1)"));
    m_ui->tabs->setTabToolTip(1, tr("The character library (Ctrl+2)"));
    m_ui->tabs->setTabToolTip(2, tr("Generation jobs (Ctrl+3)"));
    m_ui->tabs->setTabToolTip(3, tr("Scenes of a version (Ctrl+4)"));
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Edit actions go to the editor; they follow its undo/redo/copy availability.
    connect(m_ui->actionUndo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(m_ui->actionRedo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(m_ui->actionCut, &QAction::triggered, m_editor, &QPlainTextEdit::cut);
    connect(m_ui->actionCopy, &QAction::triggered, m_editor, &QPlainTextEdit::copy);
    connect(m_ui->actionPaste, &QAction::triggered, m_editor, &QPlainTextEdit::paste);
    connect(m_ui->actionSelectAll, &QAction::triggered, m_editor, &QPlainTextEdit::selectAll);
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);
    m_ui->actionCut->setEnabled(false);
    m_ui->actionCopy->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_ui->actionUndo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_ui->actionRedo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, m_ui->actionCut, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::copyAvailable, m_ui->actionCopy, &QAction::setEnabled);
    // The editor's own shortcuts handle these while it has focus; the menu shows them.
    for (QAction *a : {m_ui->actionUndo, m_ui->actionRedo, m_ui->actionCut, m_ui->actionCopy,
                       m_ui->actionPaste, m_ui->actionSelectAll}) {
        a->setShortcutContext(Qt::WidgetShortcut);
    }

    // View: one checkable action per tab, Ctrl+1…Ctrl+4.
    auto *group = new QActionGroup(this);
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QAction *action = m_ui->menuView->addAction(m_ui->tabs->tabText(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
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
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, QMainWindow::saveState());
    settings.setValue(u"window/tab"_s, m_ui->tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Spielberg
