// SPDX-License-Identifier: GPL-3.0-or-later
// Real PDFs read back with poppler's pdfinfo and pdftotext.
#include <core/fountainparser.h>
#include <core/paginator.h>
#include <export/pdfexporter.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(run(u"pdfinfo"_s, {path})).captured(1).toInt();
}

Screenplay parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const Result<QString> text = FountainParser::decode(file.readAll());
    return text ? FountainParser::parse(*text) : Screenplay{};
}
} // namespace

class tst_PdfExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortScriptReadsBack();
    void bigFishPagesAndHeadings();
    void longTitlePageRunsOn();
    void textReadsInOrderWithFallbacks();
    void cancelLeavesNoFile();
    void unwritablePathFails();

private:
    QTemporaryDir m_dir;
};

void tst_PdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    }
}

void tst_PdfExporter::shortScriptReadsBack()
{
    const Screenplay play = FountainParser::parse(
        u"Title: The Test\nAuthor: Someone\n\nINT. KITCHEN - NIGHT\n\nRain taps the *window*.\n\n"
        "MARA\n(softly)\nYou came back.\n"_s);
    const QString path = m_dir.filePath(u"short.pdf"_s);
    const Result<void> written = PdfExporter::write(play, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(pdfPages(path), 2); // title page + one body page
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(text.contains(u"THE TEST"_s));
    QVERIFY(text.contains(u"INT. KITCHEN - NIGHT"_s));
    QVERIFY(text.contains(u"Rain taps the window."_s)); // emphasis markers are not printed
    QVERIFY(text.contains(u"MARA"_s));
    QVERIFY(text.contains(u"(softly)"_s));
    // A4 has its own page size.
    PdfExporter::Options a4;
    a4.layout = PageLayout::a4();
    QVERIFY(PdfExporter::write(play, m_dir.filePath(u"a4.pdf"_s), a4));
    QVERIFY(run(u"pdfinfo"_s, {m_dir.filePath(u"a4.pdf"_s)}).contains(u"(A4)"_s));
}

void tst_PdfExporter::bigFishPagesAndHeadings()
{
    const QString source = QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
    if (!QFile::exists(source)) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus (corpus absent)");
    }
    const Screenplay play = parseFile(source);
    const QString path = m_dir.filePath(u"bigfish.pdf"_s);
    QVERIFY(PdfExporter::write(play, path));
    const int pages = pdfPages(path);
    QCOMPARE(pages, int(Paginator::paginate(play).size()) + 1); // + the title page
    QVERIFY2(std::abs(pages - 1 - 127) <= 1, qPrintable(u"%1 body pages"_s.arg(pages - 1)));

    // Every scene heading is extractable text, in order.
    // (pdftotext may print two spaces as one, so both sides are compared simplified.)
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}).simplified();
    QVERIFY(!text.isEmpty());
    qsizetype at = 0;
    int headings = 0;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type != ElementType::SceneHeading) {
            continue;
        }
        const QString heading = e.text.toUpper().simplified();
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(u"heading not found in order: "_s + e.text));
        at = found + heading.size();
        ++headings;
    }
    QCOMPARE(headings, 192);
}

// A title page of forty lines prints on two pages, every line readable, before the body.
void tst_PdfExporter::longTitlePageRunsOn()
{
    QString notes;
    for (int i = 1; i <= 40; ++i) {
        notes += u"    Note line %1\n"_s.arg(i);
    }
    const QString text = u"Title: Long Notes\nAuthor: Someone\nNotes:\n"_s + notes + u"\nINT. KITCHEN - NIGHT\n\nRain.\n"_s;
    const Screenplay play = FountainParser::parse(text);
    const QString path = m_dir.filePath(u"long-title.pdf"_s);
    QVERIFY(PdfExporter::write(play, path));
    QCOMPARE(pdfPages(path), 3);
    const QString first = run(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"2"_s, u"-layout"_s, path, u"-"_s});
    for (int i = 1; i <= 40; ++i) {
        QVERIFY2(first.contains(u"Note line %1\n"_s.arg(i)), qPrintable(QString::number(i)));
    }
    QVERIFY(first.contains(u"LONG NOTES"_s));
    QVERIFY(!first.contains(u"KITCHEN"_s));
    const QString body = run(u"pdftotext"_s, {u"-f"_s, u"3"_s, u"-l"_s, u"3"_s, u"-layout"_s, path, u"-"_s});
    QVERIFY(body.contains(u"INT. KITCHEN - NIGHT"_s));
}

// Emphasis and characters the typewriter font lacks: the words stand in reading order in the page
// (read without -layout, as a viewer's search or copy does), and the missing characters come from
// a fallback font instead of vanishing.
void tst_PdfExporter::textReadsInOrderWithFallbacks()
{
    const Screenplay play = FountainParser::parse(
        u"INT. KITCHEN - NIGHT\n\nRain taps the *window* and **LOUD** thunder _rolls_ on.\n\n"
        "Ticks \u2713 and stars \u2605 here.\n"_s);
    const QString path = m_dir.filePath(u"order.pdf"_s);
    QVERIFY(PdfExporter::write(play, path));
    const QString raw = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    QVERIFY2(raw.contains(u"Rain taps the window and LOUD thunder rolls on."_s), qPrintable(raw));
    // (Drawn with the typewriter font's missing glyph they would not read back at all.)
    QVERIFY2(raw.contains(u"Ticks \u2713 and stars \u2605 here."_s), qPrintable(raw));
}

void tst_PdfExporter::cancelLeavesNoFile()
{
    std::atomic_bool cancel{true};
    PdfExporter::Options options;
    options.cancel = &cancel;
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    const Result<void> r = PdfExporter::write(FountainParser::parse(u"INT. A - DAY\n\nx\n"_s), path, options);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(path));
}

void tst_PdfExporter::unwritablePathFails()
{
    const Result<void> r = PdfExporter::write(FountainParser::parse(u"x"_s),
                                              m_dir.filePath(u"missing/dir/out.pdf"_s));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"out.pdf"_s));
}

QTEST_MAIN(tst_PdfExporter)
#include "tst_pdfexporter.moc"
