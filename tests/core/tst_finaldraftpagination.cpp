// SPDX-License-Identifier: GPL-3.0-or-later
// Our pages against Final Draft's own: for each script of ../shared/corpus/pagination, the text
// of every page Final Draft printed (pdf-pages.json) against the Paginator's pages of the same
// Fountain source: body pages, and the share of pages that start and end with the same lines.
#include "finaldraftpages.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

using namespace Spielberg::Test;

class tst_FinalDraftPagination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesMatchFinalDraft_data();
    void pagesMatchFinalDraft();
    void letterIsFinalDraftsTemplate_data();
    void letterIsFinalDraftsTemplate();
};

void tst_FinalDraftPagination::pagesMatchFinalDraft_data()
{
    QTest::addColumn<QString>("name");
    if (!QFile::exists(paginationCorpus())) {
        QSKIP("Final Draft's pages are not in ../shared/corpus/pagination (corpus absent)");
    }
    // Every page holds the lines of Final Draft's page, from the first to the last.
    QTest::newRow("little-women") << u"little-women"_s;
    QTest::newRow("brick-n-steel") << u"brick-n-steel"_s;
    QTest::newRow("big-fish") << u"big-fish"_s;
}

void tst_FinalDraftPagination::pagesMatchFinalDraft()
{
    QFETCH(QString, name);
    int stylesRead = 0;
    finalDraftLayout(name, &stylesRead);
    QCOMPARE(stylesRead, 7); // the pages are laid out with Final Draft's own styles
    const Comparison c = compare(name);
    QVERIFY2(c.finalDraftPages > 0, "the script's pages could not be read");
    qInfo("%s: %d body pages (Final Draft %d); %d pages start and end as Final Draft's (%.0f %%), %d hold "
          "the same lines; first other page %d",
          qPrintable(name), c.ourPages, c.finalDraftPages, c.samePages, 100.0 * c.samePages / c.finalDraftPages,
          c.identicalPages, c.firstDifferent);
    for (const QString &difference : c.differences) {
        qInfo("%s", qPrintable(difference));
    }
    QCOMPARE(c.ourPages, c.finalDraftPages);
    QVERIFY2(c.samePages == c.finalDraftPages,
             qPrintable(u"%1 of %2 pages start and end as Final Draft's"_s.arg(c.samePages).arg(c.finalDraftPages)));
    QVERIFY2(c.identicalPages == c.finalDraftPages,
             qPrintable(u"%1 of %2 pages hold Final Draft's lines"_s.arg(c.identicalPages).arg(c.finalDraftPages)));
}

void tst_FinalDraftPagination::letterIsFinalDraftsTemplate_data()
{
    pagesMatchFinalDraft_data();
}

// The layout every export uses by default places each element where Final Draft's styles for
// these scripts place it.
void tst_FinalDraftPagination::letterIsFinalDraftsTemplate()
{
    QFETCH(QString, name);
    int stylesRead = 0;
    const PageLayout theirs = finalDraftLayout(name, &stylesRead);
    QCOMPARE(stylesRead, 7); // else letter would be compared with itself
    const PageLayout ours = PageLayout::letter();
    for (const ElementType type : {ElementType::SceneHeading, ElementType::Action, ElementType::Character,
                                   ElementType::Parenthetical, ElementType::Dialogue, ElementType::Transition,
                                   ElementType::Lyrics}) {
        QVERIFY2(ours.element(type) == theirs.element(type), qPrintable(elementTypeName(type)));
        QVERIFY2(ours.paragraph(type) == theirs.paragraph(type), qPrintable(elementTypeName(type)));
    }
    QCOMPARE(ours.actionWidth, theirs.actionWidth);
}

QTEST_GUILESS_MAIN(tst_FinalDraftPagination)
#include "tst_finaldraftpagination.moc"
