// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../teststores.h"
#include "../uitest.h"

#include <storage/jobstore.h>
#include <storage/scriptstore.h>
#include <ui/models/joblistmodel.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_JobListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsNewestFirst();
    void updatesRowsInPlace();
    void keepsSelectionAndScrollThroughUpdates();
    void countsRunningJobs();
    void refreshMergesOtherProcessesJobs();

private:
    Job makeJob(JobStatus status, int minutesAgo);
    Test::AppFixture m_app;
    qint64 m_script = 0;
};

void tst_JobListModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    static int n = 0;
    m_app.studio.reset();
    m_app.name = u"library%1.sqlite"_s.arg(++n); // a fresh library for each test
    QVERIFY(m_app.open());
    Script s;
    s.title = u"Jobs"_s;
    m_script = TestStores(*m_app.studio).scripts().create(s)->id;
}

Job tst_JobListModel::makeJob(JobStatus status, int minutesAgo)
{
    Job job;
    job.kind = JobKind::Script;
    job.status = status;
    job.scriptId = m_script;
    job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    const Result<Job> made = TestStores(*m_app.studio).jobs().create(job);
    return made ? *made : Job{};
}

void tst_JobListModel::listsNewestFirst()
{
    makeJob(JobStatus::Completed, 30);
    makeJob(JobStatus::Failed, 10);
    JobListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.jobAt(0).status, JobStatus::Failed);
    const Job newest = makeJob(JobStatus::Pending, 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.jobAt(0).id, newest.id);
    QCOMPARE(model.index(0, JobListModel::Target).data().toString(), u"Jobs"_s);
    QCOMPARE(model.index(0, JobListModel::Status).data().toString(), u"Pending"_s);
}

void tst_JobListModel::updatesRowsInPlace()
{
    Job job = makeJob(JobStatus::Pending, 5);
    makeJob(JobStatus::Completed, 1);
    JobListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.refresh());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    job.status = JobStatus::Running;
    job.attempts = 1;
    job.inputTokens = 10;
    job.outputTokens = 250;
    QVERIFY_RESULT(TestStores(*m_app.studio).jobs().update(job));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(changed.count() >= 1);
    const int row = model.rowOf(job.id);
    QCOMPARE(row, 1);
    QCOMPARE(model.index(row, JobListModel::Attempts).data().toInt(), 1);
    QVERIFY(model.index(row, JobListModel::Tokens).data().toString().contains(u"250"_s));
}

void tst_JobListModel::keepsSelectionAndScrollThroughUpdates()
{
    QList<Job> jobs;
    for (int i = 0; i < 60; ++i) {
        jobs << makeJob(JobStatus::Pending, 100 - i);
    }
    JobListModel model(*m_app.studio);
    QVERIFY_RESULT(model.refresh());
    QTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Job picked = jobs.at(10);
    view.setCurrentIndex(model.index(model.rowOf(picked.id), 0));
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    const int scroll = view.verticalScrollBar()->value();
    for (Job job : jobs) {
        job.status = JobStatus::Running;
        QVERIFY_RESULT(TestStores(*m_app.studio).jobs().update(job));
    }
    QCOMPARE(view.currentIndex().data(JobListModel::IdRole).toString(), picked.id);
    QCOMPARE(view.verticalScrollBar()->value(), scroll);
}

void tst_JobListModel::countsRunningJobs()
{
    Job a = makeJob(JobStatus::Pending, 2);
    Job b = makeJob(JobStatus::Pending, 1);
    JobListModel model(*m_app.studio);
    QVERIFY_RESULT(model.refresh());
    QSignalSpy running(&model, &JobListModel::runningCountChanged);
    a.status = JobStatus::Running;
    QVERIFY_RESULT(TestStores(*m_app.studio).jobs().update(a));
    b.status = JobStatus::Running;
    QVERIFY_RESULT(TestStores(*m_app.studio).jobs().update(b));
    a.status = JobStatus::Completed;
    QVERIFY_RESULT(TestStores(*m_app.studio).jobs().update(a));
    QList<int> counts;
    for (const QList<QVariant> &args : std::as_const(running)) {
        counts << args.constFirst().toInt();
    }
    QCOMPARE(counts, (QList<int>{1, 2, 1}));
}

void tst_JobListModel::refreshMergesOtherProcessesJobs()
{
    const Job mine = makeJob(JobStatus::Completed, 5);
    JobListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.refresh());
    // Another process (a CLI run) writes to the same file: no notifier sees it.
    {
        Result<std::unique_ptr<Database>> other = Database::open(m_app.path());
        QVERIFY_RESULT(other);
        JobStore store(**other);
        Job theirs;
        theirs.kind = JobKind::Quick;
        QVERIFY_RESULT(store.create(theirs));
        QVERIFY_RESULT(store.remove(mine.id));
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY_RESULT(model.refresh());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.jobAt(0).kind, JobKind::Quick);
}

QTEST_MAIN(tst_JobListModel)
#include "tst_joblistmodel.moc"

using Spielberg::Test::TestStores;
