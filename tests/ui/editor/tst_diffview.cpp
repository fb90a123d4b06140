// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editor/diffview.h>

#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;
using Mark = SideBySide::Mark;

class tst_DiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout_data();
    void layout();
    void showsBothTextsAligned();
};

void tst_DiffView::layout_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<int>("changes");
    QTest::newRow("same") << u"a\nb\n"_s << u"a\nb\n"_s << QStringList{u"a"_s, u"b"_s}
                          << QStringList{u"a"_s, u"b"_s} << 0;
    QTest::newRow("one line changed")
        << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << QStringList{u"a"_s, u"B"_s, u"c"_s} << 1;
    QTest::newRow("lines added: filler on the left")
        << u"a\nc\n"_s << u"a\nb1\nb2\nc\n"_s << QStringList{u"a"_s, QString(), QString(), u"c"_s}
        << QStringList{u"a"_s, u"b1"_s, u"b2"_s, u"c"_s} << 1;
    QTest::newRow("lines removed: filler on the right")
        << u"a\nb\nc\n"_s << u"a\n"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << QStringList{u"a"_s, QString(), QString()} << 1;
    QTest::newRow("two separate changes")
        << u"a\nb\nc\nd\ne\n"_s << u"A\nb\nc\nd\nE\n"_s
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}
        << QStringList{u"A"_s, u"b"_s, u"c"_s, u"d"_s, u"E"_s} << 2;
}

void tst_DiffView::layout()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(int, changes);
    const SideBySide s = SideBySide::fromDiff(LineDiff::diff(from, to));
    QCOMPARE(s.left, left);
    QCOMPARE(s.right, right);
    QCOMPARE(s.left.size(), s.leftMarks.size());
    QCOMPARE(s.right.size(), s.rightMarks.size());
    QCOMPARE(s.changes, changes);
    for (qsizetype i = 0; i < s.left.size(); ++i) {
        // Same lines face each other; a filler faces a real change.
        QCOMPARE(s.leftMarks.at(i) == Mark::Same, s.rightMarks.at(i) == Mark::Same);
    }
}

void tst_DiffView::showsBothTextsAligned()
{
    DiffView view;
    view.setTexts(u"v1"_s, u"INT. A - DAY\n\nOld line.\n"_s, u"v2"_s, u"INT. A - DAY\n\nNew line.\nMore.\n"_s);
    QTRY_VERIFY(view.isReady());
    QCOMPARE(view.leftView()->document()->blockCount(), view.rightView()->document()->blockCount());
    QCOMPARE(view.leftView()->extraSelections().size(), 2);  // removed + filler
    QCOMPARE(view.rightView()->extraSelections().size(), 2); // two added
    QCOMPARE(view.result().removed, 1);
    QCOMPARE(view.result().added, 2);
}

QTEST_MAIN(tst_DiffView)
#include "tst_diffview.moc"
