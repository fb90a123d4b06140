// SPDX-License-Identifier: GPL-3.0-or-later
// core/scenesplitter: cutting a version's raw text at scene headings, byte for byte.
#include <core/scenesplitter.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_SceneSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void split_data();
    void split();
    void matchHeadings_data();
    void matchHeadings();
};

void tst_SceneSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("preamble");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QStringList>("contents");
    QTest::newRow("no scenes") << u"Just action.\n"_s << u"Just action.\n"_s << QStringList{}
                               << QStringList{};
    QTest::newRow("empty") << QString() << QString() << QStringList{} << QStringList{};
    QTest::newRow("title page and two scenes")
        << u"Title: T\nAuthor: A\n\nINT. HOUSE - DAY\n\nMara.\n\nEXT. PIER - NIGHT\n\nRain."_s
        << u"Title: T\nAuthor: A\n\n"_s
        << QStringList{u"INT. HOUSE - DAY"_s, u"EXT. PIER - NIGHT"_s}
        << QStringList{u"INT. HOUSE - DAY\n\nMara.\n\n"_s, u"EXT. PIER - NIGHT\n\nRain."_s};
    QTest::newRow("crlf") << u"INT. A - DAY\r\n\r\nx\r\n\r\nINT. B - DAY\r\n"_s << QString()
                          << QStringList{u"INT. A - DAY"_s, u"INT. B - DAY"_s}
                          << QStringList{u"INT. A - DAY\r\n\r\nx\r\n\r\n"_s, u"INT. B - DAY\r\n"_s};
    QTest::newRow("lone cr and bom") << u"\uFEFFFADE IN:\r\rINT. A - DAY\r\rx\r"_s
                                     << u"\uFEFFFADE IN:\r\r"_s << QStringList{u"INT. A - DAY"_s}
                                     << QStringList{u"INT. A - DAY\r\rx\r"_s};
    QTest::newRow("forced heading and section")
        << u"# Act One\n\n.THE VOID\n\nNothing.\n"_s << u"# Act One\n\n"_s
        << QStringList{u"THE VOID"_s} << QStringList{u".THE VOID\n\nNothing.\n"_s};
    QTest::newRow("heading inside boneyard is not a scene")
        << u"INT. A - DAY\n\n/*\nINT. B - DAY\n*/\n\nx\n"_s << QString()
        << QStringList{u"INT. A - DAY"_s} << QStringList{u"INT. A - DAY\n\n/*\nINT. B - DAY\n*/\n\nx\n"_s};
    QTest::newRow("note spanning lines before a heading")
        << u"Action [[a\nnote]] here.\n\nINT. A - DAY\n\nx\n"_s << u"Action [[a\nnote]] here.\n\n"_s
        << QStringList{u"INT. A - DAY"_s} << QStringList{u"INT. A - DAY\n\nx\n"_s};
}

void tst_SceneSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QString, preamble);
    QFETCH(QStringList, headings);
    QFETCH(QStringList, contents);
    const SceneSplit result = SceneSplitter::split(text);
    QCOMPARE(result.preamble, preamble);
    QStringList gotHeadings;
    QStringList gotContents;
    QString joined = result.preamble;
    for (const SplitScene &scene : result.scenes) {
        gotHeadings.append(scene.heading);
        gotContents.append(scene.content);
        joined += scene.content;
        QCOMPARE(SceneSplitter::headingOf(scene.content), scene.heading);
    }
    QCOMPARE(gotHeadings, headings);
    QCOMPARE(gotContents, contents);
    QCOMPARE(joined, text); // byte for byte
}

void tst_SceneSplitter::matchHeadings_data()
{
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("same") << QStringList{u"A"_s, u"B"_s} << QStringList{u"A"_s, u"B"_s}
                          << QList<int>{0, 1};
    QTest::newRow("moved") << QStringList{u"A"_s, u"B"_s, u"C"_s}
                           << QStringList{u"C"_s, u"A"_s, u"B"_s} << QList<int>{2, 0, 1};
    QTest::newRow("repeated in order") << QStringList{u"H"_s, u"X"_s, u"H"_s}
                                       << QStringList{u"X"_s, u"H"_s, u"H"_s, u"H"_s}
                                       << QList<int>{1, 0, 2, -1};
    QTest::newRow("new and removed") << QStringList{u"A"_s} << QStringList{u"B"_s}
                                     << QList<int>{-1};
    QTest::newRow("case and spaces") << QStringList{u"int. house - day"_s}
                                     << QStringList{u"INT.  HOUSE - DAY "_s} << QList<int>{0};
}

void tst_SceneSplitter::matchHeadings()
{
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    QFETCH(QList<int>, expected);
    QCOMPARE(SceneSplitter::matchHeadings(from, to), expected);
}

QTEST_GUILESS_MAIN(tst_SceneSplitter)
#include "tst_scenesplitter.moc"
