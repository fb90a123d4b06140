// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitest.h"

#include <ui/fountaineditor.h>
#include <ui/mainwindow.h>
#include <storage/scriptstore.h>

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

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
    void editorTakesTyping();
    void restoresGeometryAndTab();

private:
    Test::AppFixture m_app;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_app.open());
}

void tst_MainWindow::opensWithFourTabs()
{
    MainWindow window(*m_app.services);
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
    MainWindow window(*m_app.services);
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
    // Also from inside the editor, which has keyboard focus while writing.
    window.showTab(MainWindow::Tab::Scripts);
    window.editor()->setFocus();
    QTest::keyClick(window.editor(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Jobs));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::Tab::Scripts));
}

void tst_MainWindow::hasMenusAndStatusBar()
{
    MainWindow window(*m_app.services);
    QStringList titles;
    for (QAction *a : window.menuBar()->actions()) {
        titles.append(a->text().remove(u'&'));
    }
    QCOMPARE(titles, (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
    QVERIFY(window.statusBar()->isVisibleTo(&window));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
}

void tst_MainWindow::editorTakesTyping()
{
    Script script;
    script.title = u"Typing"_s;
    QVERIFY_RESULT(m_app.services->scripts().create(script));
    MainWindow window(*m_app.services);
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
        MainWindow window(*m_app.services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 500);
        window.showTab(MainWindow::Tab::Scenes);
        window.close();
    }
    MainWindow again(*m_app.services);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::Tab::Scenes));
    QCOMPARE(again.size(), QSize(700, 500));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
