// SPDX-License-Identifier: GPL-3.0-or-later
// A known key goes through everything that touches one: the Settings dialog, generation jobs
// that succeed and fail (the key refused), the model list. Afterwards the library file, its
// write-ahead log, the settings file and every log message (all categories at debug level) are
// searched for it: no trace may be found anywhere but the keychain.
#include "uitest.h"

#include <fakeprovider.h>

#include <generation/jobqueue.h>
#include <storage/database.h>
#include <storage/jobstore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/settingsdialog.h>
#include <ui/mainwindow.h>

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
const QString kCanary = u"sk-ant-CANARY-7f3e9c1d-never-store-me"_s;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

// Keeps every message (all categories at debug level print a lot; none is echoed).
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_log << message;
}
} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theKeyLeavesNoTrace();
    void cleanupTestCase();

private:
    Test::AppFixture m_app;
    Test::FakeProvider m_fake;
};

void tst_Secrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_secrets"_s);
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    s_previous = qInstallMessageHandler(capture);
    QVERIFY(m_fake.listen());
    QVERIFY(m_app.open());
}

void tst_Secrets::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    qInstallMessageHandler(s_previous);
}

void tst_Secrets::theKeyLeavesNoTrace()
{
    Studio &s = *m_app.studio;
    // The writer enters the key in Settings and checks the connection.
    {
        SettingsDialog dialog(s);
        dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(u"anthropic"_s));
        dialog.baseUrlEdit()->setText(m_fake.anthropicBaseUrl());
        QTest::keyClicks(dialog.keyEdit(), kCanary);
        dialog.testConnection();
        QTRY_VERIFY(!dialog.testResult()->text().contains(u"…"_s));
        dialog.modelBox()->setCurrentText(u"claude-canary"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    JobQueueSettings settings;
    settings.pollMs = 50;
    settings.partialSaveMs = 50;
    s.jobs().setSettings(settings);
    s.jobs().start();

    Script script;
    script.title = u"Secrets"_s;
    const Result<Script> made = TestStores(s).scripts().create(script);
    QVERIFY_RESULT(made);
    QVERIFY_RESULT(TestStores(s).versions().create(made->id, u"INT. VAULT - NIGHT\n\nQuiet.\n"_s));
    GenerationRequest request;
    request.kind = JobKind::Script;
    request.scriptId = made->id;
    request.prompt = u"Open the vault."_s;
    // One job that succeeds, one whose key is refused, one that fails mid-stream and retries.
    m_fake.enqueue(Test::FakeScenario::answer(u"INT. VAULT - NIGHT\n\nOpen.\n"_s));
    const Result<Job> ok = s.jobs().enqueue(request);
    QTRY_COMPARE_WITH_TIMEOUT(TestStores(s).jobs().get(ok->id)->status, JobStatus::Completed, 10000);
    m_fake.enqueue(Test::FakeScenario::authenticationError());
    const Result<Job> refused = s.jobs().enqueue(request);
    QTRY_COMPARE_WITH_TIMEOUT(TestStores(s).jobs().get(refused->id)->status, JobStatus::Failed, 10000);
    QCOMPARE(m_fake.requests().constLast().header(u"x-api-key"_s), kCanary); // it was sent

    // A window over it all, closed again (it writes its state to the settings).
    {
        MainWindow window(s);
        window.setCloseJobs(MainWindow::CloseJobs::Leave);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    const QString settingsFile = QSettings().fileName();
    QSettings().sync();
    m_app.studio.reset(); // closes the library, checkpointing the WAL

    QVERIFY(s_log.size() > 0); // the capture works
    const QByteArray canary = kCanary.toUtf8();
    QStringList places;
    for (const QString &path : QStringList{m_app.path(), m_app.path() + u"-wal"_s, settingsFile}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(canary)) {
            places << path;
        }
    }
    QDirIterator backups(m_app.dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (backups.hasNext()) {
        QFile file(backups.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(canary)) {
            places << file.fileName();
        }
    }
    for (const QString &line : std::as_const(s_log)) {
        if (line.contains(kCanary) || line.contains(kCanary.left(16))) {
            places << u"log: "_s + line;
        }
    }
    QVERIFY2(places.isEmpty(), qPrintable(places.join(u"\n"_s)));
}

QTEST_MAIN(tst_Secrets)
#include "tst_secrets.moc"
