// SPDX-License-Identifier: GPL-3.0-or-later
// `import` and `export` through the real spielberg-cli.
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
const QByteArray kScript = "Title: *The* Lighthouse\nAuthor: A. Writer\n\nINT. LAMP ROOM - NIGHT\n\n"
                           "Wind screams.\n\nMARGARET\n(to herself)\nNot tonight.\n\nEXT. SEA - NIGHT\n\n"
                           "A boat lists.\n";
} // namespace

class tst_TransferCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importFountainKeepsTheText();
    void importFdxAndTitle();
    void exportEveryFormat();
    void refusals();
    void revisionMarksWhatChanged();
    void revisionRefusals();

private:
    std::unique_ptr<Library> m_lib;
};

void tst_TransferCommands::init()
{
    m_lib = std::make_unique<Library>();
}

void tst_TransferCommands::importFountainKeepsTheText()
{
    const QString path = m_lib->file(u"light.fountain"_s, kScript);
    const CliRun imported = m_lib->json({u"import"_s, path});
    QVERIFY_CLI_OK(imported);
    QCOMPARE(imported.object()[u"title"_s].toString(), u"The Lighthouse"_s); // markers dropped
    QCOMPARE(imported.object()[u"version_number"_s].toInt(), 1);
    const CliRun version = m_lib->json({u"version"_s, u"show"_s, u"1"_s});
    QVERIFY_CLI_OK(version);
    QCOMPARE(version.object()[u"content"_s].toString().toUtf8(), kScript); // byte for byte
    QCOMPARE(version.object()[u"origin"_s].toString(), u"imported"_s);
    const CliRun scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(scenes);
    QCOMPARE(scenes.array().size(), 2);
}

void tst_TransferCommands::importFdxAndTitle()
{
    const QString fountain = m_lib->file(u"light.fountain"_s, kScript);
    const QString fdx = m_lib->dir().filePath(u"light.fdx"_s);
    QVERIFY_CLI_OK(m_lib->run({u"fountain"_s, u"export"_s, fountain, u"--output"_s, fdx}));
    const CliRun imported = m_lib->json({u"import"_s, fdx, u"--title"_s, u"Keeper"_s});
    QVERIFY_CLI_OK(imported);
    QCOMPARE(imported.object()[u"title"_s].toString(), u"Keeper"_s);
    const CliRun scenes = m_lib->json({u"scene"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(scenes);
    QCOMPARE(scenes.array().size(), 2);
    QCOMPARE(scenes.array()[1].toObject()[u"setting"_s].toString(), u"EXT. SEA - NIGHT"_s);
}

void tst_TransferCommands::exportEveryFormat()
{
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"light.fountain"_s, kScript)}));
    const QString fountain = m_lib->dir().filePath(u"out.fountain"_s);
    QVERIFY_CLI_OK(m_lib->run({u"export"_s, u"1"_s, u"--output"_s, fountain}));
    QFile f(fountain);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("INT. LAMP ROOM - NIGHT"));

    const QString fdx = m_lib->dir().filePath(u"out.fdx"_s);
    QVERIFY_CLI_OK(m_lib->run({u"export"_s, u"1"_s, u"--version"_s, u"1"_s, u"--output"_s, fdx}));
    QFile x(fdx);
    QVERIFY(x.open(QIODevice::ReadOnly));
    QVERIFY(x.readAll().contains("<FinalDraft"));

    const QString pdf = m_lib->dir().filePath(u"out.pdf"_s);
    QVERIFY_CLI_OK(m_lib->run({u"export"_s, u"1"_s, u"--output"_s, pdf, u"--paper"_s, u"a4"_s}));
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QProcess p;
        p.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray text = p.readAllStandardOutput();
        QVERIFY(text.contains("INT. LAMP ROOM - NIGHT"));
        QVERIFY(text.contains("MARGARET"));
    }
}

void tst_TransferCommands::refusals()
{
    // A missing file, binary content, a non-FDX XML file: exit 1, nothing created.
    const CliRun missing = m_lib->run({u"import"_s, m_lib->dir().filePath(u"nope.fountain"_s)});
    QCOMPARE(missing.code, 1);
    const CliRun binary = m_lib->run({u"import"_s, m_lib->file(u"b.fountain"_s, QByteArray("\x00\x01\x02", 3))});
    QCOMPARE(binary.code, 1);
    QVERIFY(binary.err.contains("binary"));
    const CliRun html = m_lib->run({u"import"_s, m_lib->file(u"x.fdx"_s, "<html></html>")});
    QCOMPARE(html.code, 1);
    QVERIFY(html.err.contains("not a Final Draft file"));
    const CliRun listed = m_lib->json({u"script"_s, u"list"_s});
    QVERIFY_CLI_OK(listed);
    QCOMPARE(listed.array().size(), 0);

    // Export: a missing script, a script without versions, an unknown format, no --output.
    QCOMPARE(m_lib->run({u"export"_s, u"9"_s, u"--output"_s, m_lib->dir().filePath(u"a.pdf"_s)}).code, 1);
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"create"_s, u"--title"_s, u"Empty"_s}));
    const CliRun empty = m_lib->run({u"export"_s, u"1"_s, u"--output"_s, m_lib->dir().filePath(u"a.pdf"_s)});
    QCOMPARE(empty.code, 1);
    QVERIFY(!QFile::exists(m_lib->dir().filePath(u"a.pdf"_s)));
    QCOMPARE(m_lib->run({u"export"_s, u"1"_s, u"--output"_s, m_lib->dir().filePath(u"a.docx"_s)}).code, 1);
    QCOMPARE(m_lib->run({u"export"_s, u"1"_s}).code, 2);
    QCOMPARE(m_lib->run({u"import"_s}).code, 2);
}

namespace {

// pdftotext -layout of `pdf`, one string per line.
QStringList pdfLines(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000)) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
}

// The revision mark stands apart at the right margin; a line's own text may end in '*'.
bool isMarked(const QString &line)
{
    QString t = line;
    while (t.endsWith(u' ')) {
        t.chop(1);
    }
    return t.endsWith(u"  *"_s);
}

} // namespace

// Big Fish against itself with three lines rewritten and one scene inserted: exactly those lines
// carry the asterisk, the new scene is numbered after the scene before it, the header names the
// colour.
void tst_TransferCommands::revisionMarksWhatChanged()
{
    const QString source = QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
    if (!QFile::exists(source)) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus/screenplays (corpus absent)");
    }
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
    }
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString base = QString::fromUtf8(in.readAll());
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, source}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"lock"_s, u"1"_s, u"1"_s}));

    QString revised = base;
    const QList<std::pair<QString, QString>> edits{
        {u"Make him stop."_s, u"Make him stop now, please."_s},
        {u"The carnies GASP."_s, u"The carnies GASP and step back."_s},
        {u"Didn't kill anything, did I?"_s, u"Didn't kill a thing, did I?"_s},
    };
    for (const auto &[from, to] : edits) {
        QCOMPARE(revised.count(from), 1);
        revised.replace(from, to);
    }
    const QString anchor = u"INT.  BLOOM FRONT HALL - NIGHT (1987)"_s;
    QCOMPARE(revised.count(anchor), 1);
    revised.replace(anchor, u"EXT.  RIVERBANK - DAWN\n\nMist over black water.\n\n"_s + anchor);
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"revised.fountain"_s, revised.toUtf8())}));

    const QString pdf = m_lib->dir().filePath(u"revised.pdf"_s);
    QVERIFY_CLI_OK(m_lib->run({u"export"_s, u"1"_s, u"--version"_s, u"2"_s, u"--revision-base"_s, u"1"_s,
                               u"--output"_s, pdf}));
    const QStringList lines = pdfLines(pdf);
    QVERIFY(lines.size() > 1000);
    QStringList marked;
    for (const QString &line : lines) {
        if (isMarked(line)) {
            marked.append(line.simplified());
        }
    }
    const QStringList expected{u"2A EXT. RIVERBANK - DAWN 2A *"_s, u"Mist over black water. *"_s,
                               u"Make him stop now, please. *"_s, u"The carnies GASP and step back. *"_s,
                               u"Didn't kill a thing, did I? *"_s};
    QVERIFY2(marked == expected, qPrintable(marked.join(u" | "_s)));
    // The header names the colour (the first revision after the locked draft is blue) on every page.
    const qsizetype headers = std::count_if(lines.begin(), lines.end(),
                                            [](const QString &l) { return l.contains(u"Blue Revision"_s); });
    QVERIFY2(headers >= 120, qPrintable(QString::number(headers)));
    // Locked pages: the page the new scene and lines grew spills onto an A-page, and the last page
    // keeps the base's number.
    const QRegularExpression header(u"^\\s*Blue Revision \\S+\\s+(\\S+)\\.\\s*$"_s);
    QStringList numbers;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = header.match(line);
        if (m.hasMatch()) {
            numbers.append(m.captured(1));
        }
    }
    QVERIFY2(numbers.contains(u"2A"_s) || numbers.contains(u"3A"_s) || numbers.contains(u"4A"_s),
             qPrintable(numbers.mid(0, 8).join(u' ')));
    QCOMPARE(numbers.constLast(), u"127"_s);
    QCOMPARE(numbers.count(u"127"_s), 1);
    // Only the grown page spills: every other page keeps its place.
    const qsizetype aPages = std::count_if(numbers.begin(), numbers.end(),
                                           [](const QString &n) { return n.back().isLetter(); });
    QCOMPARE(aPages, 1);
    // Locked numbers: the scene after the new one keeps its number (3), as does the last.
    const QString after = lines.filter(u"BLOOM FRONT HALL"_s).constFirst().simplified();
    QVERIFY2(after.startsWith(u"3 INT."_s) && after.endsWith(u" 3"_s), qPrintable(after));

    // A chosen colour, and the script against itself: no marks at all.
    QVERIFY_CLI_OK(m_lib->run({u"export"_s, u"1"_s, u"--version"_s, u"1"_s, u"--revision-base"_s, u"1"_s,
                               u"--color"_s, u"pink"_s, u"--output"_s, pdf}));
    const QStringList same = pdfLines(pdf);
    QVERIFY(std::none_of(same.begin(), same.end(), isMarked));
    // Unchanged, the locked pages are the base's: 127, none with a letter.
    const qsizetype pinkPages = std::count_if(same.begin(), same.end(),
                                              [](const QString &l) { return l.contains(u"Pink Revision"_s); });
    QCOMPARE(pinkPages, 127);
    QVERIFY(std::any_of(same.begin(), same.end(), [](const QString &l) { return l.contains(u"Pink Revision"_s); }));
}

void tst_TransferCommands::revisionRefusals()
{
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"light.fountain"_s, kScript)}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, m_lib->file(u"b.fountain"_s, kScript + "\nMore.\n")}));
    const QString pdf = m_lib->dir().filePath(u"r.pdf"_s);
    // A base newer than the version exported.
    const CliRun newer = m_lib->run({u"export"_s, u"1"_s, u"--version"_s, u"1"_s, u"--revision-base"_s, u"2"_s,
                                     u"--output"_s, pdf});
    QCOMPARE(newer.code, 1);
    QVERIFY2(newer.err.contains("newer than version 1"), newer.err.constData());
    QCOMPARE(newer.err.count('\n'), 1);
    // A base that does not exist (as after it was deleted).
    const CliRun gone = m_lib->run({u"export"_s, u"1"_s, u"--revision-base"_s, u"9"_s, u"--output"_s, pdf});
    QCOMPARE(gone.code, 1);
    QVERIFY2(gone.err.contains("newer") || gone.err.contains("does not exist"), gone.err.constData());
    QVERIFY(!QFile::exists(pdf));
    // Not a PDF, an unknown colour, a colour without a base, a bad number.
    QCOMPARE(m_lib->run({u"export"_s, u"1"_s, u"--revision-base"_s, u"1"_s, u"--output"_s,
                         m_lib->dir().filePath(u"r.fdx"_s)}).code, 1);
    const CliRun mauve = m_lib->run({u"export"_s, u"1"_s, u"--revision-base"_s, u"1"_s, u"--color"_s, u"mauve"_s,
                                     u"--output"_s, pdf});
    QCOMPARE(mauve.code, 1);
    QVERIFY(mauve.err.contains("mauve"));
    QCOMPARE(m_lib->run({u"export"_s, u"1"_s, u"--color"_s, u"blue"_s, u"--output"_s, pdf}).code, 2);
    QCOMPARE(m_lib->run({u"export"_s, u"1"_s, u"--revision-base"_s, u"x"_s, u"--output"_s, pdf}).code, 2);
    // version lock: a version that does not exist, then one that does.
    QCOMPARE(m_lib->run({u"version"_s, u"lock"_s, u"1"_s, u"5"_s}).code, 1);
    const CliRun locked = m_lib->json({u"version"_s, u"lock"_s, u"1"_s, u"1"_s});
    QVERIFY_CLI_OK(locked);
    QCOMPARE(locked.object().value(u"number"_s).toInt(), 1);
    QCOMPARE(locked.object().value(u"locked"_s).toBool(), true);
    // version list says which one is locked, and only that one.
    const QJsonArray versions = m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array();
    QVERIFY(!versions.isEmpty());
    for (const QJsonValue &v : versions) {
        QCOMPARE(v.toObject().value(u"locked"_s).toBool(), v.toObject().value(u"number"_s).toInt() == 1);
    }
    const CliRun listed = m_lib->run({u"version"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(listed);
    QCOMPARE(listed.out.count("(locked)"), 1);
    for (const QByteArray &line : listed.out.split('\n')) {
        QCOMPARE(line.contains("(locked)"), line.startsWith("1\t"));
    }
}

QTEST_GUILESS_MAIN(tst_TransferCommands)
#include "tst_transfercommands.moc"
