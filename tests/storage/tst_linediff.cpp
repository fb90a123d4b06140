// SPDX-License-Identifier: GPL-3.0-or-later
// core/linediff: line diffs of versions and their unified form.
#include <core/linediff.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

using Op = DiffLine::Op;

class tst_LineDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void diff_data();
    void diff();
    void unified();
};

void tst_LineDiff::diff_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<DiffLine>>("expected");
    QTest::newRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s
                           << QList<DiffLine>{{Op::Equal, u"a"_s}, {Op::Equal, u"b"_s}};
    QTest::newRow("changed line") << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s
                                  << QList<DiffLine>{{Op::Equal, u"a"_s}, {Op::Delete, u"b"_s},
                                                     {Op::Insert, u"B"_s}, {Op::Equal, u"c"_s}};
    QTest::newRow("from empty") << QString() << u"x"_s << QList<DiffLine>{{Op::Insert, u"x"_s}};
    QTest::newRow("to empty") << u"x\n"_s << QString() << QList<DiffLine>{{Op::Delete, u"x"_s}};
    QTest::newRow("crlf equals lf") << u"a\r\nb\r\n"_s << u"a\nb\n"_s
                                    << QList<DiffLine>{{Op::Equal, u"a"_s}, {Op::Equal, u"b"_s}};
}

void tst_LineDiff::diff()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<DiffLine>, expected);
    QCOMPARE(LineDiff::diff(from, to), expected);
}

void tst_LineDiff::unified()
{
    QStringList a;
    for (int i = 1; i <= 20; ++i) {
        a.append(u"line %1"_s.arg(i));
    }
    QStringList b = a;
    b[9] = u"changed"_s;
    const QString text = LineDiff::unified(LineDiff::diff(a.join(u'\n'), b.join(u'\n')),
                                           u"version 1"_s, u"version 2"_s);
    QCOMPARE(text, u"--- version 1\n+++ version 2\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n"
                   "-line 10\n+changed\n line 11\n line 12\n line 13\n"_s);
    QCOMPARE(LineDiff::unified(LineDiff::diff(u"same"_s, u"same"_s), u"a"_s, u"b"_s), QString());
}

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
