// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../teststores.h"
#include "../uitest.h"

#include <fakeprovider.h>

#include <generation/jobqueue.h>
#include <storage/jobstore.h>
#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/dialogs/quickgeneratedialog.h>
#include <ui/generationlauncher.h>
#include <ui/noticebar.h>

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_QuickGenerateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamsAndSavesAsScript();
    void needsAPrompt();
    void withoutAKeySaysHowToAddOne();

private:
    Test::AppFixture m_app;
    Test::FakeProvider m_fake;
};

void tst_QuickGenerateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fake.listen());
    QVERIFY(m_app.open());
    m_app.credentials.write(u"anthropic"_s, u"sk-quick"_s, this, [](Result<void>) {});
    ProviderConfig provider;
    provider.baseUrl = m_fake.anthropicBaseUrl();
    provider.model = u"claude-quick"_s;
    m_app.studio->jobs().setProvider(provider);
    JobQueueSettings settings;
    settings.pollMs = 50;
    m_app.studio->jobs().setSettings(settings);
    m_app.studio->jobs().start();
}

void tst_QuickGenerateDialog::streamsAndSavesAsScript()
{
    const QString answer = u"```fountain\nINT. LIGHTHOUSE - NIGHT\n\nThe lamp turns.\n```\n"_s;
    m_fake.enqueue(Test::FakeScenario::answer(answer, 40, 20).trickle(30));
    GenerationLauncher launcher(*m_app.studio);
    QuickGenerateDialog dialog(*m_app.studio, launcher);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.promptEdit(), u"A lighthouse at night."_s);
    QCOMPARE(dialog.promptEdit()->toPlainText(), u"A lighthouse at night."_s);
    QVERIFY(dialog.generateButton()->isEnabled());
    QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
    QTRY_VERIFY2(!dialog.jobId().isEmpty(), qPrintable(dialog.findChild<NoticeBar *>()->text()));
    // Streams in before the job is over.
    QTRY_VERIFY(dialog.output()->toPlainText().contains(u"INT. LIGHTHOUSE"_s));
    QTRY_COMPARE_WITH_TIMEOUT(TestStores(*m_app.studio).jobs().get(dialog.jobId())->status, JobStatus::Completed, 10000);
    QTRY_VERIFY(dialog.saveButton()->isEnabled());
    QSignalSpy created(&dialog, &QuickGenerateDialog::scriptCreated);
    const qint64 id = dialog.saveAsScript(u"The Lamp"_s);
    QVERIFY(id != 0);
    QCOMPARE(created.count(), 1);
    QCOMPARE(TestStores(*m_app.studio).scripts().get(id)->title, u"The Lamp"_s);
    const Result<ScriptVersion> v1 = TestStores(*m_app.studio).versions().get(id, 1);
    QVERIFY_RESULT(v1);
    QCOMPARE(v1->origin, VersionOrigin::Generated);
    QCOMPARE(v1->jobId, dialog.jobId());
    QCOMPARE(v1->content, u"INT. LIGHTHOUSE - NIGHT\n\nThe lamp turns.\n"_s); // fence removed
}

void tst_QuickGenerateDialog::needsAPrompt()
{
    GenerationLauncher launcher(*m_app.studio);
    QuickGenerateDialog dialog(*m_app.studio, launcher);
    QSignalSpy queued(&launcher, &GenerationLauncher::queued);
    dialog.generate();
    QTest::qWait(50);
    QCOMPARE(queued.count(), 0);
    QVERIFY(dialog.jobId().isEmpty());
}

void tst_QuickGenerateDialog::withoutAKeySaysHowToAddOne()
{
    const ProviderConfig before = m_app.studio->jobs().provider();
    ProviderConfig remote;
    remote.baseUrl = u"https://api.anthropic.com"_s;
    remote.model = u"claude-x"_s;
    m_app.studio->jobs().setProvider(remote);
    MemoryCredentials none;
    Studio *studio = m_app.studio.get();
    // The same studio, but a keychain without keys.
    Result<std::unique_ptr<Studio>> bare = Studio::open(m_app.dir.filePath(u"bare.sqlite"_s), &none);
    QVERIFY_RESULT(bare);
    (*bare)->jobs().setProvider(remote);
    GenerationLauncher launcher(**bare);
    GenerationRequest request;
    request.kind = JobKind::Quick;
    request.prompt = u"Anything."_s;
    QString message;
    bool done = false;
    launcher.launch(request, this, [&](Result<Job> job) {
        message = job ? QString() : job.error().message;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(message.contains(u"No API key"_s), qPrintable(message));
    QVERIFY(message.contains(u"Settings"_s));
    QVERIFY(message.contains(u"localhost"_s));
    QCOMPARE((*bare)->jobs().jobs()->size(), 0);
    studio->jobs().setProvider(before);
}

QTEST_MAIN(tst_QuickGenerateDialog)
#include "tst_quickgeneratedialog.moc"

using Spielberg::Test::TestStores;
