// SPDX-License-Identifier: GPL-3.0-or-later
// Which bible character a cue names: full, first or last name, extensions and titles aside;
// generic parts are minor roles; anything else is unknown.
#include <core/cueresolver.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_CueResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolves_data();
    void resolves();
    void bareCue();
};

void tst_CueResolver::resolves_data()
{
    QTest::addColumn<QString>("cue");
    QTest::addColumn<int>("character");
    QTest::addColumn<bool>("minor");
    QTest::newRow("full name") << u"MARA QUINN"_s << 0 << false;
    QTest::newRow("first name") << u"MARA"_s << 0 << false;
    QTest::newRow("last name") << u"QUINN"_s << 0 << false;
    QTest::newRow("title and last name") << u"MRS. QUINN"_s << 0 << false;
    QTest::newRow("voice over") << u"MARA (V.O.)"_s << 0 << false;
    QTest::newRow("two extensions") << u"JONAS REED (O.S.) (CONT'D)"_s << 1 << false;
    QTest::newRow("dual dialogue caret") << u"JONAS ^"_s << 1 << false;
    QTest::newRow("forced cue") << u"@Mara"_s << 0 << false;
    QTest::newRow("apostrophe in name") << u"O'BRIEN"_s << 2 << false;
    QTest::newRow("minor role") << u"WAITER"_s << -1 << true;
    QTest::newRow("numbered minor role") << u"GUARD #2"_s << -1 << true;
    QTest::newRow("two-word minor role") << u"POLICE OFFICER"_s << -1 << true;
    QTest::newRow("unknown") << u"GHOST"_s << -1 << false;
    QTest::newRow("unknown full name") << u"MARA SMITH"_s << -1 << false;
}

void tst_CueResolver::resolves()
{
    QFETCH(QString, cue);
    QFETCH(int, character);
    QFETCH(bool, minor);
    const CueResolver resolver({u"Mara Quinn"_s, u"Jonas Reed"_s, u"Dr. Sean O'Brien"_s});
    const CueResolver::Resolution r = resolver.resolve(cue);
    QCOMPARE(r.character, character);
    QCOMPARE(r.minorRole, minor);
}

void tst_CueResolver::bareCue()
{
    QCOMPARE(CueResolver::bareCue(u"mara (v.o.)"_s), u"MARA"_s);
    QCOMPARE(CueResolver::bareCue(u"@McCLANE ^"_s), u"MCCLANE"_s);
    QCOMPARE(CueResolver::bareCue(u"  JONAS (CONT'D)  "_s), u"JONAS"_s);
}

QTEST_GUILESS_MAIN(tst_CueResolver)
#include "tst_cueresolver.moc"
