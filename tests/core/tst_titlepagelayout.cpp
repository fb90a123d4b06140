// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <core/titlepagelayout.h>

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// The printed text of the pages, line by line.
QStringList texts(const QList<Page> &pages)
{
    QStringList out;
    for (const Page &page : pages) {
        for (const PageLine &line : page.lines) {
            out.append(line.text.text);
        }
    }
    return out;
}
} // namespace

class tst_TitlePageLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void centredAndLowerLeft();
    void longLinesWrap();
    void fortyLinesRunOnWithoutOverlap_data();
    void fortyLinesRunOnWithoutOverlap();
    void noEntriesNoPage();
};

void tst_TitlePageLayout::centredAndLowerLeft()
{
    const Screenplay play = FountainParser::parse(
        u"Title: Big Fish\nCredit: written by\nAuthor: John August\nContact:\n    1 Road\n    Town\n\nINT. A - DAY\n"_s);
    const PageLayout layout = PageLayout::letter();
    const QList<Page> pages = TitlePageLayout::pages(play.titlePage, layout);
    QCOMPARE(pages.size(), 1);
    const QList<PageLine> &lines = pages.first().lines;
    QCOMPARE(texts(pages), (QStringList{u"BIG FISH"_s, QString(), u"written by"_s, QString(), u"John August"_s,
                                        u"1 Road"_s, u"Town"_s}));
    QCOMPARE(lines[0].row, layout.linesPerPage / 3 - 4);
    QCOMPARE(lines[0].column, (layout.actionWidth - 8) / 2);
    QCOMPARE(lines[5].column, 0);
    QCOMPARE(lines[6].row, layout.linesPerPage - 1); // the lower-left block ends on the last row
    QCOMPARE(pages.first().printedNumber(), QString());
}

void tst_TitlePageLayout::longLinesWrap()
{
    const QString longTitle = u"A Title So Long That It Cannot Possibly Stand On One Line Of Sixty Characters"_s;
    const QList<Page> pages = TitlePageLayout::pages({{u"Title"_s, longTitle}});
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().lines.size(), 2);
    for (const PageLine &line : pages.first().lines) {
        QVERIFY(line.text.size() <= 60);
        QVERIFY(line.column >= 0);
    }
    QCOMPARE(texts(pages).join(u' '), longTitle.toUpper());
}

void tst_TitlePageLayout::fortyLinesRunOnWithoutOverlap_data()
{
    QTest::addColumn<QList<TitlePageEntry>>("entries");
    QStringList forty;
    for (int i = 1; i <= 40; ++i) {
        forty.append(u"Note line %1"_s.arg(i));
    }
    QTest::newRow("forty lines of notes") << QList<TitlePageEntry>{{u"Title"_s, u"Big Fish"_s},
                                                                   {u"Author"_s, u"John August"_s},
                                                                   {u"Notes"_s, forty.join(u'\n')}};
    QTest::newRow("forty lines of title") << QList<TitlePageEntry>{{u"Title"_s, forty.join(u'\n')},
                                                                   {u"Contact"_s, u"1 Road\nTown"_s}};
    QTest::newRow("a hundred lines of contact")
        << QList<TitlePageEntry>{{u"Contact"_s, (forty + forty + forty.mid(0, 20)).join(u'\n')}};
}

// A title page longer than a page runs on to another: nothing overlaps, nothing is lost, no row
// stands past the page, and no page is empty.
void tst_TitlePageLayout::fortyLinesRunOnWithoutOverlap()
{
    QFETCH(QList<TitlePageEntry>, entries);
    const PageLayout layout = PageLayout::letter();
    const QList<Page> pages = TitlePageLayout::pages(entries, layout);
    QVERIFY(!pages.isEmpty());
    int printed = 0;
    for (const Page &page : pages) {
        QVERIFY(!page.lines.isEmpty());
        QSet<int> rows;
        for (const PageLine &line : page.lines) {
            QVERIFY2(line.row >= 0 && line.row < layout.linesPerPage, qPrintable(QString::number(line.row)));
            QVERIFY2(!rows.contains(line.row), qPrintable(u"two lines on row %1"_s.arg(line.row)));
            rows.insert(line.row);
            printed += line.text.text.isEmpty() ? 0 : 1;
        }
    }
    int expected = 0;
    for (const TitlePageEntry &entry : entries) {
        expected += int(entry.value.split(u'\n').size());
    }
    QCOMPARE(printed, expected);
    const QStringList all = texts(pages);
    QVERIFY(all.contains(u"Note line 40"_s) || all.contains(u"NOTE LINE 40"_s));
}

void tst_TitlePageLayout::noEntriesNoPage()
{
    QVERIFY(TitlePageLayout::pages({}).isEmpty());
    QVERIFY(TitlePageLayout::pages({{u"Title"_s, QString()}}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TitlePageLayout)
#include "tst_titlepagelayout.moc"
