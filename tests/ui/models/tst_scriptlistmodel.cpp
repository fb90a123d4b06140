// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../teststores.h"
#include "../uitest.h"

#include <storage/scriptstore.h>
#include <storage/versionstore.h>
#include <ui/models/scriptlistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_ScriptListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchesInBatches();
    void countsPagesOffTheGuiThread();
    void newVersionMovesScriptUp();
    void removedScriptLeaves();

private:
    Test::AppFixture m_app;
    QList<qint64> m_ids;
};

void tst_ScriptListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.open());
    QString text;
    for (int i = 0; i < 120; ++i) {
        text += u"INT. ROOM %1 - DAY\n\nA long line of action that fills most of a printed line.\n\n"_s.arg(i);
    }
    for (int i = 0; i < 450; ++i) {
        Script s;
        s.title = u"Script %1"_s.arg(i, 3, 10, QChar(u'0'));
        const Result<Script> made = TestStores(*m_app.studio).scripts().create(s);
        QVERIFY_RESULT(made);
        m_ids << made->id;
        if (i % 150 == 0) {
            QVERIFY_RESULT(TestStores(*m_app.studio).versions().create(made->id, text));
        }
    }
}

void tst_ScriptListModel::fetchesInBatches()
{
    ScriptListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.reload());
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), ScriptListModel::kBatch);
    QVERIFY(model.canFetchMore({}));
    // The tester asks for more too; rows come a batch at a time, on the next event-loop turn.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ScriptListModel::kBatch);
    QTRY_COMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), ScriptListModel::kBatch);
    QCOMPARE(inserted.at(1).at(2).toInt(), 449);
    // rowOf() fetches what it needs.
    ScriptListModel fresh(*m_app.studio);
    QVERIFY_RESULT(fresh.reload());
    const int row = fresh.rowOf(m_ids.constFirst()); // the oldest: the last row
    QCOMPARE(row, 449);
    QCOMPARE(fresh.rowCount(), 450);
}

void tst_ScriptListModel::countsPagesOffTheGuiThread()
{
    ScriptListModel model(*m_app.studio);
    QVERIFY_RESULT(model.reload());
    const int row = model.rowOf(m_ids.at(300));
    QTRY_VERIFY(!model.index(row, ScriptListModel::Pages).data().toString().isEmpty());
    QVERIFY(model.index(row, ScriptListModel::Pages).data().toInt() >= 5);
    QCOMPARE(model.index(row, ScriptListModel::Versions).data().toInt(), 1);
    // A script without versions has no page count.
    const int empty = model.rowOf(m_ids.at(1));
    QCOMPARE(model.index(empty, ScriptListModel::Versions).data().toInt(), 0);
}

void tst_ScriptListModel::newVersionMovesScriptUp()
{
    ScriptListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.reload());
    const qint64 id = m_ids.at(5);
    QVERIFY(model.rowOf(id) > 0);
    QVERIFY_RESULT(TestStores(*m_app.studio).versions().create(id, u"INT. A - DAY\n"_s));
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.index(0, ScriptListModel::Versions).data().toInt(), 1);
    QTRY_COMPARE(model.index(0, ScriptListModel::Pages).data().toInt(), 1);
}

void tst_ScriptListModel::removedScriptLeaves()
{
    ScriptListModel model(*m_app.studio);
    QAbstractItemModelTester tester(&model);
    QVERIFY_RESULT(model.reload());
    const int before = model.totalCount();
    QVERIFY_RESULT(TestStores(*m_app.studio).scripts().remove(m_ids.takeLast()));
    QCOMPARE(model.totalCount(), before - 1);
}

QTEST_MAIN(tst_ScriptListModel)
#include "tst_scriptlistmodel.moc"

using Spielberg::Test::TestStores;
