// SPDX-License-Identifier: GPL-3.0-or-later
#include "../../teststores.h"
#include "../uitest.h"

#include <storage/draftstore.h>
#include <storage/scriptstore.h>
#include <ui/editor/draftautosaver.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_DraftAutosaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void coalescesTyping();
    void switchingScriptsSavesBoth();
    void flushWritesNow();
    void reportsAMissingScript();

private:
    qint64 makeScript();
    QString draftOf(qint64 id) const;
    Test::AppFixture m_app;
};

void tst_DraftAutosaver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.open());
}

qint64 tst_DraftAutosaver::makeScript()
{
    Script s;
    s.title = u"Drafts"_s;
    const Result<Script> made = TestStores(*m_app.studio).scripts().create(s);
    return made ? made->id : 0;
}

QString tst_DraftAutosaver::draftOf(qint64 id) const
{
    const Result<Draft> draft = TestStores(*m_app.studio).drafts().get(id);
    return draft ? draft->content : QString();
}

void tst_DraftAutosaver::coalescesTyping()
{
    const qint64 id = makeScript();
    DraftAutosaver saver(*m_app.studio);
    saver.setDelay(50);
    QSignalSpy saved(&saver, &DraftAutosaver::saved);
    QString text;
    for (int i = 0; i < 200; ++i) {
        text += u'x';
        saver.textChanged(id, text, 0);
    }
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(draftOf(id), text);
    QTest::qWait(150);
    QCOMPARE(saved.count(), 1); // one write for the whole burst
}

void tst_DraftAutosaver::switchingScriptsSavesBoth()
{
    const qint64 a = makeScript();
    const qint64 b = makeScript();
    DraftAutosaver saver(*m_app.studio);
    saver.setDelay(10000); // only the switch can trigger the first save
    saver.textChanged(a, u"for a"_s, 0);
    saver.textChanged(b, u"for b"_s, 0);
    QTRY_COMPARE(draftOf(a), u"for a"_s);
    QVERIFY_RESULT(saver.flush());
    QCOMPARE(draftOf(b), u"for b"_s);
}

void tst_DraftAutosaver::flushWritesNow()
{
    const qint64 id = makeScript();
    DraftAutosaver saver(*m_app.studio);
    saver.setDelay(10000);
    saver.textChanged(id, u"now"_s, 0);
    QVERIFY(saver.hasPending());
    QVERIFY_RESULT(saver.flush());
    QVERIFY(!saver.hasPending());
    QCOMPARE(draftOf(id), u"now"_s);
}

void tst_DraftAutosaver::reportsAMissingScript()
{
    DraftAutosaver saver(*m_app.studio);
    saver.setDelay(0);
    QSignalSpy failed(&saver, &DraftAutosaver::failed);
    saver.textChanged(987654, u"lost?"_s, 0);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().toLongLong(), 987654);
}

QTEST_MAIN(tst_DraftAutosaver)
#include "tst_draftautosaver.moc"

using Spielberg::Test::TestStores;
