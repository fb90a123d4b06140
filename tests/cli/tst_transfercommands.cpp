// SPDX-License-Identifier: GPL-3.0-or-later
// `import` and `export` through the real spielberg-cli.
#include "clirun.h"

#include <QFile>
#include <QProcess>
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

QTEST_GUILESS_MAIN(tst_TransferCommands)
#include "tst_transfercommands.moc"
