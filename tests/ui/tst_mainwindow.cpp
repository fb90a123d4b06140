// SPDX-License-Identifier: GPL-3.0-or-later
#include "../teststores.h"
#include "uitest.h"

#include <fakeprovider.h>

#include <generation/jobqueue.h>
#include <storage/jobstore.h>
#include <storage/versionstore.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>

#include <ui/fountaineditor.h>
#include <ui/mainwindow.h>
#include <ui/pages/scenespage.h>
#include <storage/scriptstore.h>

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QAbstractButton>
#include <QMenu>
#include <QTextBlock>
#include <QFontMetricsF>
#include <QSplitter>
#include <QTest>
#include <ui/editor/pageview.h>
#include <QToolButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensWithFourTabs();
    void ctrlNumberSwitchesTabs();
    void hasMenusAndStatusBar();
    void scenesTabFollowsTheOpenScript();
    void editorTakesTyping();
    void restoresGeometryAndTab();
    void reopensTheScriptAndCursorLeft();
    void editorKeepsSixtyColumnsAt1024();
    void closingCancelsQueuedJobsWhenAsked();
    void closingCanLeaveJobsForNextTime();
    void deletingAScriptCancelsItsJobs();

private:
    qint64 startSlowJob();
    Test::FakeProvider m_fake;
    Test::AppFixture m_app;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_app.open());
    QVERIFY(m_fake.listen());
    m_app.credentials.write(u"anthropic"_s, u"sk-window"_s, this, [](Result<void>) {});
    ProviderConfig provider;
    provider.baseUrl = m_fake.anthropicBaseUrl();
    provider.model = u"claude-window"_s;
    m_app.studio->jobs().setProvider(provider);
    JobQueueSettings settings;
    settings.pollMs = 50;
    m_app.studio->jobs().setSettings(settings);
    m_app.studio->jobs().start();
}

void tst_MainWindow::opensWithFourTabs()
{
    MainWindow window(*m_app.studio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Spielberg"_s);
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), u"Scripts"_s);
    QCOMPARE(tabs->tabText(1), u"Characters"_s);
    QCOMPARE(tabs->tabText(2), u"Jobs"_s);
    QCOMPARE(tabs->tabText(3), u"Scenes"_s);
}

void tst_MainWindow::ctrlNumberSwitchesTabs()
{
    MainWindow window(*m_app.studio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.showTab(MainWindow::Tab::Scripts);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Jobs));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Characters));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Scenes));
    // From inside the editor, which has keyboard focus while writing, Alt+digits switch tabs and
    // Ctrl+digits pick the element of the line, as in Final Draft.
    window.showTab(MainWindow::Tab::Scripts);
    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Jobs));
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Scripts));
    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Scripts));
}

void tst_MainWindow::hasMenusAndStatusBar()
{
    MainWindow window(*m_app.studio);
    QStringList titles;
    for (QAction *a : window.menuBar()->actions()) {
        titles.append(a->text().remove(u'&'));
    }
    QCOMPARE(titles, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
    QVERIFY(window.statusBar()->isVisibleTo(&window));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
}

void tst_MainWindow::scenesTabFollowsTheOpenScript()
{
    QList<qint64> ids;
    for (const QString &title : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}) {
        Script script;
        script.title = title;
        const Result<Script> made = TestStores(*m_app.studio).scripts().create(script);
        QVERIFY_RESULT(made);
        QVERIFY_RESULT(TestStores(*m_app.studio).versions().create(made->id, u"INT. %1 - DAY\n\nText.\n"_s.arg(title)));
        ids << made->id;
    }
    MainWindow window(*m_app.studio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const qint64 id : {ids[1], ids[2], ids[0]}) {
        window.scriptsPage()->openScript(id);
        QTRY_COMPARE(window.scenesPage()->scriptId(), id);
    }
}

void tst_MainWindow::editorTakesTyping()
{
    Script script;
    script.title = u"Typing"_s;
    QVERIFY_RESULT(TestStores(*m_app.studio).scripts().create(script));
    MainWindow window(*m_app.studio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(MainWindow::Tab::Scripts);
    QVERIFY(window.editor()->isVisible());
    window.editor()->setFocus();
    QTest::keyClicks(window.editor(), u"INT. HOUSE - DAY"_s);
    QCOMPARE(window.editor()->toPlainText(), u"INT. HOUSE - DAY"_s);
}

void tst_MainWindow::restoresGeometryAndTab()
{
    {
        MainWindow window(*m_app.studio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(760, 520);
        window.showTab(MainWindow::Tab::Scenes);
        window.close();
    }
    MainWindow again(*m_app.studio);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::Tab::Scenes));
    QCOMPARE(again.size(), QSize(760, 520));
}

void tst_MainWindow::reopensTheScriptAndCursorLeft()
{
    qint64 second = 0;
    for (const QString &title : {u"First"_s, u"Second"_s, u"Third"_s}) {
        Script script;
        script.title = title;
        const Result<Script> made = TestStores(*m_app.studio).scripts().create(script);
        QVERIFY_RESULT(made);
        QVERIFY_RESULT(TestStores(*m_app.studio).versions().create(
            made->id, u"INT. %1 - DAY\n\nOne line.\n\nAnother line.\n"_s.arg(title.toUpper())));
        if (title == u"Second"_s) {
            second = made->id;
        }
    }
    {
        MainWindow window(*m_app.studio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showTab(MainWindow::Tab::Scripts);
        window.scriptsPage()->openScript(second);
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(4));
        cursor.movePosition(QTextCursor::NextWord);
        window.editor()->setTextCursor(cursor);
        window.close();
    }
    MainWindow again(*m_app.studio);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.scriptsPage()->view()->scriptId(), second);
    QCOMPARE(again.editor()->textCursor().blockNumber(), 4);
    QCOMPARE(again.editor()->textCursor().positionInBlock(), 8);
    // File > Open Recent lists it first.
    auto *recent = again.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    QVERIFY(recent->actions().constFirst()->text().contains(u"Second"_s));
}

void tst_MainWindow::editorKeepsSixtyColumnsAt1024()
{
    MainWindow window(*m_app.studio);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(MainWindow::Tab::Scripts);
    QTRY_VERIFY(window.scriptsPage()->view()->scriptId() != 0);
    FountainEditor *editor = window.editor();
    const qreal column = QFontMetricsF(editor->font()).horizontalAdvance(u'M');
    QTRY_VERIFY2(editor->viewport()->width() >= column * FountainEditor::kMinimumColumns,
                 qPrintable(u"%1 px for %2 px a column"_s.arg(editor->viewport()->width()).arg(column)));
    // With the pages beside it too: the list and the side tabs give way, not the text.
    auto *pages = window.findChild<QToolButton *>(u"pageViewButton"_s);
    QVERIFY(pages);
    pages->click();
    QVERIFY(window.scriptsPage()->view()->pageView()->isVisible());
    QTRY_VERIFY2(editor->viewport()->width() >= column * FountainEditor::kMinimumColumns,
                 qPrintable(u"%1 px with the pages"_s.arg(editor->viewport()->width())));
    QTRY_VERIFY2(window.scriptsPage()->view()->pageView()->width() >= 200,
                 qPrintable(QString::number(window.scriptsPage()->view()->pageView()->width())));
    pages->click();
    // At 1024 with the pages, the list folded; wider again, the panes come back.
    auto *list = window.findChild<QSplitter *>(u"scriptsSplitter"_s);
    auto *side = window.findChild<QSplitter *>(u"scriptSplitter"_s);
    QVERIFY(list && side);
    window.resize(1400, 800);
    QTRY_VERIFY(editor->viewport()->width() >= column * FountainEditor::kMinimumColumns);
    QTRY_VERIFY2(list->sizes().value(0) >= 160, qPrintable(QString::number(list->sizes().value(0))));
    QTRY_VERIFY2(side->sizes().value(1) >= ScriptView::kSideMinimum, qPrintable(QString::number(side->sizes().value(1))));
    QTRY_VERIFY(editor->viewport()->width() >= column * FountainEditor::kMinimumColumns); // still
    // A pane the writer folds by hand stays folded.
    list->setSizes({0, list->sizes().value(0) + list->sizes().value(1)});
    Q_EMIT list->splitterMoved(0, 1);
    window.resize(1500, 800);
    QTest::qWait(50);
    QCOMPARE(list->sizes().value(0), 0);
}

qint64 tst_MainWindow::startSlowJob()
{
    Script script;
    script.title = u"Slow"_s;
    const Result<Script> made = TestStores(*m_app.studio).scripts().create(script);
    if (!made) {
        return 0;
    }
    (void)TestStores(*m_app.studio).versions().create(made->id, u"INT. A - DAY\n"_s);
    m_fake.enqueue(Test::FakeScenario::endless(50));
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = made->id;
    request.prompt = u"Slowly."_s;
    (void)m_app.studio->jobs().enqueue(request);
    m_app.studio->jobs().start(); // closing an earlier window stopped the queue taking jobs
    return made->id;
}

void tst_MainWindow::closingCancelsQueuedJobsWhenAsked()
{
    QVERIFY(startSlowJob() != 0);
    QTRY_COMPARE(m_app.studio->jobs().runningCount(), 1);
    const QString id = m_app.studio->jobs().runningIds().constFirst();
    MainWindow window(*m_app.studio);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCloseJobs(MainWindow::CloseJobs::Cancel);
    QVERIFY(window.close());
    QTRY_COMPARE(TestStores(*m_app.studio).jobs().get(id)->status, JobStatus::Cancelled);
    m_app.studio->jobs().start(); // the next test's window takes jobs again
}

void tst_MainWindow::closingCanLeaveJobsForNextTime()
{
    QVERIFY(startSlowJob() != 0);
    QTRY_COMPARE(m_app.studio->jobs().runningCount(), 1);
    const QString id = m_app.studio->jobs().runningIds().constFirst();
    {
        MainWindow window(*m_app.studio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCloseJobs(MainWindow::CloseJobs::Leave);
        QVERIFY(window.close());
    }
    // Left alone: still this process's to stream until it quits…
    QCOMPARE(TestStores(*m_app.studio).jobs().get(id)->status, JobStatus::Running);
    QCOMPARE(m_app.studio->jobs().runningCount(), 1);
    // …and when it quits (the queue shuts down with the studio), interrupted, ready to retry.
    m_app.studio->jobs().shutDown();
    QCOMPARE(m_app.studio->jobs().runningCount(), 0);
    const Result<Job> left = TestStores(*m_app.studio).jobs().get(id);
    QVERIFY_RESULT(left);
    QCOMPARE(left->status, JobStatus::Interrupted);
    QVERIFY(left->error.contains(u"closed before it finished"_s));
    m_app.studio->jobs().start(); // the next test's window takes jobs again
}

void tst_MainWindow::deletingAScriptCancelsItsJobs()
{
    const qint64 scriptId = startSlowJob();
    QTRY_COMPARE(m_app.studio->jobs().runningCount(), 1);
    const QString id = m_app.studio->jobs().runningIds().constFirst();
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scriptsPage()->openScript(scriptId);
    QTimer::singleShot(0, this, [] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box) {
            return;
        }
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>()) {
            if (b->text() == u"Delete"_s) {
                b->click();
            }
        }
    });
    window.scriptsPage()->deleteCurrent();
    QTRY_COMPARE(TestStores(*m_app.studio).jobs().get(id)->status, JobStatus::Cancelled);
    QCOMPARE(TestStores(*m_app.studio).scripts().get(scriptId).error().code, ErrorCode::NotFound);
    QCOMPARE(m_app.studio->jobs().runningCount(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

using Spielberg::Test::TestStores;
