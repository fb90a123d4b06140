// SPDX-License-Identifier: GPL-3.0-or-later
// The continuity report: unknown cues, one character under several names, characters never on
// the page, text outside any scene, empty and outline-only scenes.
#include <core/continuitycheck.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_ContinuityCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ghostAndTwoNames();
    void cleanScriptHasNoFindings();
    void structure();
    void unusedCharacter();
};

namespace {
QStringList kinds(const QList<ContinuityFinding> &findings)
{
    QStringList out;
    for (const ContinuityFinding &f : findings) {
        out.append(f.kind);
    }
    return out;
}
} // namespace

void tst_ContinuityCheck::ghostAndTwoNames()
{
    // The case: bible Mara Quinn; cues MARA, MARA QUINN and GHOST.
    const QString text = u"INT. HALL - NIGHT\n\nWind.\n\nMARA\nWho's there?\n\nGHOST\nOnly me.\n\n"
                         "EXT. GARDEN - NIGHT\n\nMARA QUINN (V.O.)\nI ran.\n"_s;
    const QList<ContinuityFinding> findings = ContinuityCheck::check(text, {u"Mara Quinn"_s});
    QCOMPARE(kinds(findings), (QStringList{u"unknown_cue"_s, u"several_names"_s}));
    QCOMPARE(findings[0].scene, 1);
    QVERIFY(findings[0].detail.contains(u"GHOST"_s));
    QCOMPARE(findings[1].scene, 2);
    QVERIFY2(findings[1].detail.contains(u"MARA / MARA QUINN"_s), qPrintable(findings[1].detail));
}

void tst_ContinuityCheck::cleanScriptHasNoFindings()
{
    const QString text = u"Title: Clean\n\nINT. HALL - NIGHT\n\nMara waits. A WAITER passes.\n\nMARA\nNow.\n\n"
                         "WAITER\nMore tea?\n\nJONAS (O.S.)\nComing.\n"_s;
    QCOMPARE(ContinuityCheck::check(text, {u"Mara Quinn"_s, u"Jonas Reed"_s}), QList<ContinuityFinding>{});
}

void tst_ContinuityCheck::structure()
{
    const QString text = u"Mara talks before any scene.\n\nINT. EMPTY ROOM - DAY\n\n"
                         "INT. OFFICE - DAY\n\n= Mara quits.\n\nEXT. ROAD - DAY\n\nMARA\nBye.\n"_s;
    const QList<ContinuityFinding> findings = ContinuityCheck::check(text, {u"Mara Quinn"_s});
    QCOMPARE(kinds(findings), (QStringList{u"no_heading"_s, u"empty_scene"_s, u"no_dialogue"_s}));
    QCOMPARE(findings[1].scene, 1);
    QCOMPARE(findings[2].scene, 2);
}

void tst_ContinuityCheck::unusedCharacter()
{
    const QString text = u"INT. HALL - NIGHT\n\nMARA\nAlone again.\n"_s;
    const QList<ContinuityFinding> findings = ContinuityCheck::check(text, {u"Mara Quinn"_s, u"Jonas Reed"_s});
    QCOMPARE(kinds(findings), QStringList{u"unused_character"_s});
    QVERIFY(findings[0].detail.contains(u"Jonas Reed"_s));
    QCOMPARE(findings[0].scene, 0);
}

QTEST_GUILESS_MAIN(tst_ContinuityCheck)
#include "tst_continuitycheck.moc"
