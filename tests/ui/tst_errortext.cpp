// SPDX-License-Identifier: GPL-3.0-or-later
// Errors from the lower layers, said in the writer's language and in words for the window.
#include "../teststores.h"
#include "uitest.h"

#include <core/result.h>
#include <generation/generationrequest.h>
#include <generation/providerconfig.h>
#include <studio/studio.h>
#include <ui/errortext.h>
#include <ui/translations.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_ErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyedErrorsAreSaidForTheWindow();
    void unkeyedErrorsKeepTheirMessage();
    void saidInTheWritersLanguage();

private:
    Test::AppFixture m_app;
};

void tst_ErrorText::initTestCase()
{
    QVERIFY(m_app.open());
}

void tst_ErrorText::keyedErrorsAreSaidForTheWindow()
{
    // Real errors from the lower layers, not made up here.
    JobDesk &jobs = m_app.studio->jobs();
    jobs.setProvider(ProviderConfig{});
    GenerationRequest request;
    request.kind = JobKind::Quick;
    request.prompt = u"A storm."_s;
    const Result<Job> noModel = jobs.enqueue(request);
    QVERIFY(!noModel);
    QVERIFY(noModel.error().message.contains(u"--model"_s)); // the command line's words
    const QString said = ErrorText::of(noModel.error());
    QVERIFY2(!said.contains(u"--"_s), qPrintable(said));     // never in a dialog
    QVERIFY(said.contains(u"Settings"_s));

    const Result<Script> gone = m_app.studio->library().script(4242);
    QVERIFY(!gone);
    QCOMPARE(gone.error().key, ErrorKey::NoScript);
    QVERIFY(!ErrorText::of(gone.error()).contains(u"4242"_s)); // no ids the writer never sees

    Script script;
    script.title = u"S"_s;
    const Result<Script> made = m_app.studio->library().createScript(script);
    QVERIFY_RESULT(made);
    const Result<ScriptVersion> missing = m_app.studio->history().version(made->id, 7);
    QVERIFY(!missing);
    QCOMPARE(ErrorText::of(missing.error()), u"Version 7 of this script does not exist."_s);

    Job job;
    job.kind = JobKind::Quick;
    job.status = JobStatus::Completed;
    const Result<Job> done = TestStores(*m_app.studio).jobs().create(job);
    QVERIFY_RESULT(done);
    const Result<Job> cancel = jobs.cancel(done->id);
    QVERIFY(!cancel);
    QCOMPARE(ErrorText::of(cancel.error()),
             u"This job is already over (Completed): only waiting or running jobs can be cancelled."_s);
}

void tst_ErrorText::unkeyedErrorsKeepTheirMessage()
{
    QCOMPARE(ErrorText::of(makeError(ErrorCode::Io, u"the disk is full"_s)), u"the disk is full"_s);
}

void tst_ErrorText::saidInTheWritersLanguage()
{
    QCOMPARE(Translations::install(*qApp, u"de"_s), u"de"_s);
    const Error error = makeError(ErrorCode::InvalidInput, ErrorKey::EmptyTitle, {}, u"the script's title is empty"_s);
    QCOMPARE(ErrorText::of(error), u"Ein Drehbuch braucht einen Titel."_s);
    QCOMPARE(Translations::install(*qApp, u"fr"_s), u"fr"_s);
    QCOMPARE(ErrorText::of(makeError(ErrorCode::NotFound, ErrorKey::NoJob, {u"x"_s}, u"no job with id x"_s)),
             u"Cette tâche n’existe plus."_s);
    QCOMPARE(Translations::install(*qApp, u"en"_s), u"en"_s);
}

QTEST_MAIN(tst_ErrorText)
#include "tst_errortext.moc"
