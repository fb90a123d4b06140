// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/scenesplitter.h>
#include <generation/resultapplier.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
const QString kBase = u"Title: T\n\nINT. ONE - DAY\n\nFirst.\n\nEXT. TWO - NIGHT\n\nSecond.\n\n\nINT. THREE - DAY\n\nThird.\n"_s;
} // namespace

class tst_ResultApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replacesOnlyThatScene_data();
    void replacesOnlyThatScene();
    void refusesEmptyAndOutOfRange();
};

void tst_ResultApplier::replacesOnlyThatScene_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("expectedScene");
    QTest::newRow("middle scene") << 1 << u"EXT. TWO - NIGHT\n\nRain now.\n"_s << u"EXT. TWO - NIGHT\n\nRain now.\n\n\n"_s;
    QTest::newRow("fenced answer") << 1 << u"```fountain\nEXT. TWO - NIGHT\n\nFenced.\n```\n"_s
                                   << u"EXT. TWO - NIGHT\n\nFenced.\n\n\n"_s;
    QTest::newRow("heading left out") << 0 << u"Only action."_s << u"INT. ONE - DAY\n\nOnly action.\n\n"_s;
    QTest::newRow("last scene") << 2 << u"INT. THREE - DAY\n\nThe end.\n"_s << u"INT. THREE - DAY\n\nThe end.\n"_s;
}

void tst_ResultApplier::replacesOnlyThatScene()
{
    QFETCH(int, index);
    QFETCH(QString, answer);
    QFETCH(QString, expectedScene);
    const Result<QString> replaced = ResultApplier::replaceScene(kBase, index, answer);
    QVERIFY(replaced);
    const SceneSplit before = SceneSplitter::split(kBase);
    const SceneSplit after = SceneSplitter::split(*replaced);
    QCOMPARE(after.preamble, before.preamble);
    QCOMPARE(after.scenes.size(), before.scenes.size());
    for (qsizetype i = 0; i < before.scenes.size(); ++i) {
        if (i == index) {
            QCOMPARE(after.scenes[i].content, expectedScene);
        } else {
            QCOMPARE(after.scenes[i].content, before.scenes[i].content); // byte for byte
        }
    }
}

void tst_ResultApplier::refusesEmptyAndOutOfRange()
{
    QVERIFY(!ResultApplier::replaceScene(kBase, 5, u"INT. X - DAY\n\nx"_s));
    QVERIFY(!ResultApplier::replaceScene(kBase, 0, u"   \n"_s));
}

QTEST_GUILESS_MAIN(tst_ResultApplier)
#include "tst_resultapplier.moc"
