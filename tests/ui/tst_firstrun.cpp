// SPDX-License-Identifier: GPL-3.0-or-later
// A new writer's first minutes: the welcome with its sample, files opened from outside the app
// (imported once, then reopened), the Fountain reference and the About box.
#include "../teststores.h"
#include "uitest.h"

#include <storage/characterstore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/fountaineditor.h>
#include <ui/mainwindow.h>
#include <ui/pages/scriptspage.h>
#include <ui/pages/scriptview.h>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_FirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeOpensTheSample();
    void welcomesOnlyOnce();
    void openedFileIsImportedThenReopened();
    void fountainReference();
    void aboutNamesTheLibraries();

private:
    Test::AppFixture m_app;
};

void tst_FirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_firstrun"_s);
    QSettings().clear();
    QVERIFY(m_app.open());
}

void tst_FirstRun::welcomeOpensTheSample()
{
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString seen;
    Test::onNextModal(&window, [&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->findChild<QAbstractButton *>(u"welcomeSample"_s)->click();
    });
    window.welcomeIfNew();
    QCOMPARE(seen, u"welcomeDialog"_s);
    const Result<QList<Script>> scripts = TestStores(*m_app.studio).scripts().list();
    QCOMPARE(scripts->size(), 1);
    const Script sample = scripts->constFirst();
    QCOMPARE(sample.title, u"The Lighthouse Keeper"_s);
    QCOMPARE(sample.genre, u"drama"_s);
    QCOMPARE(TestStores(*m_app.studio).scripts().characterIds(sample.id)->size(), 3);
    QCOMPARE(TestStores(*m_app.studio).characters().list()->size(), 3);
    QCOMPARE(window.scriptsPage()->view()->scriptId(), sample.id);
    QVERIFY(window.editor()->toPlainText().contains(u"INT. LIGHTHOUSE - LAMP ROOM - NIGHT"_s));
}

void tst_FirstRun::welcomesOnlyOnce()
{
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    bool shown = false;
    Test::onNextModal(&window, [&shown](QWidget *dialog) {
        shown = true;
        dialog->close();
    });
    window.welcomeIfNew();
    QTest::qWait(50);
    QVERIFY(!shown);
}

void tst_FirstRun::openedFileIsImportedThenReopened()
{
    const QString path = m_app.dir.filePath(u"storm.fountain"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Title: Storm Warning\n\nEXT. HARBOUR - DAWN\n\nBoats strain at their ropes.\n");
    file.close();
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qsizetype before = TestStores(*m_app.studio).scripts().list()->size();
    window.openFile(path);
    QTRY_COMPARE(TestStores(*m_app.studio).scripts().list()->size(), before + 1);
    QTRY_VERIFY(window.editor()->toPlainText().contains(u"Boats strain"_s));
    const qint64 imported = window.scriptsPage()->view()->scriptId();
    QCOMPARE(TestStores(*m_app.studio).scripts().get(imported)->title, u"Storm Warning"_s);
    // Elsewhere in the library, then the same file again: it opens, nothing new is made.
    window.scriptsPage()->openScript(TestStores(*m_app.studio).scripts().list()->constLast().id);
    QVERIFY(window.scriptsPage()->view()->scriptId() != imported);
    window.openFile(path);
    QTRY_COMPARE(window.scriptsPage()->view()->scriptId(), imported);
    QCOMPARE(TestStores(*m_app.studio).scripts().list()->size(), before + 1);
    // A file that is not a screenplay says so.
    QString message;
    Test::onNextModal(&window, [&message](QWidget *dialog) {
        message = static_cast<QMessageBox *>(dialog)->text();
        dialog->close();
    });
    window.openFile(m_app.dir.filePath(u"missing.fountain"_s));
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(u"missing.fountain"_s), qPrintable(message));
}

void tst_FirstRun::fountainReference()
{
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    window.findChild<QAction *>(u"actionFountainHelp"_s)->trigger();
    auto *help = window.findChild<QDialog *>(u"fountainHelp"_s);
    QVERIFY(help);
    const QString text = help->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY(text.contains(u"Scene headings"_s));
    QVERIFY(text.contains(u"CUT TO:"_s));
}

void tst_FirstRun::aboutNamesTheLibraries()
{
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    QString text;
    Test::onNextModal(&window, [&text](QWidget *dialog) {
        text = static_cast<QMessageBox *>(dialog)->text();
        dialog->close();
    });
    window.findChild<QAction *>(u"actionAbout"_s)->trigger();
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"Syntax Highlighting 6."_s));
    QVERIFY(text.contains(u"SQLite 3."_s));
    QVERIFY(text.contains(u"GNU General Public License"_s));
}

QTEST_MAIN(tst_FirstRun)
#include "tst_firstrun.moc"

using Spielberg::Test::TestStores;
