// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real spielberg-cli binary: exit codes, stdout/stderr separation, JSON output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SPIELBERG_CLI), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
} // namespace

class tst_CliApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void parseJson();
    void parseRefusesBadFiles();
    void globalOptionsAnywhere();
    void statsJson();
    void exportFormats();

private:
    QTemporaryDir m_dir;
    QString m_script;
};

void tst_CliApp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_script = m_dir.filePath(u"scene.fountain"_s);
    QFile f(m_script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Title: The Test\nAuthor: Someone\n\nINT. KITCHEN - NIGHT #4#\n\nRain taps the window.\n\n"
            "MARA (V.O.)\n(softly)\nYou came back.\n\nCUT TO:\n\n# Act Two\n");
}

void tst_CliApp::helpAndVersion()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("fountain parse"));
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("spielberg-cli "));
    QVERIFY(version.err.isEmpty());
}

void tst_CliApp::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown command") << QStringList{u"bogus"_s} << QByteArray("bogus");
    QTest::newRow("no arguments") << QStringList{} << QByteArray("usage");
    QTest::newRow("unknown option") << QStringList{u"fountain"_s, u"parse"_s, u"x"_s, u"--frobnicate"_s}
                                    << QByteArray("--frobnicate");
    QTest::newRow("option without value") << QStringList{u"fountain"_s, u"parse"_s, u"x"_s, u"--db"_s}
                                          << QByteArray("--db");
    QTest::newRow("missing file") << QStringList{u"fountain"_s, u"parse"_s} << QByteArray("FILE");
    QTest::newRow("unknown subcommand") << QStringList{u"fountain"_s, u"explode"_s}
                                        << QByteArray("explode");
    QTest::newRow("option of another command")
        << QStringList{u"fountain"_s, u"parse"_s, u"x"_s, u"--title"_s, u"T"_s} << QByteArray("--title");
}

void tst_CliApp::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), r.err.constData());
    if (!args.isEmpty()) {
        QCOMPARE(r.err.count('\n'), 1); // one clear line
    }
}

void tst_CliApp::parseJson()
{
    const Run r = cli({u"fountain"_s, u"parse"_s, m_script, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    const QJsonArray title = root[u"title_page"_s].toArray();
    QCOMPARE(title.size(), 2);
    QCOMPARE(title[0][u"key"_s].toString(), u"Title"_s);
    QCOMPARE(title[0][u"value"_s].toString(), u"The Test"_s);

    const QJsonArray elements = root[u"elements"_s].toArray();
    QStringList types;
    for (const QJsonValue &e : elements) {
        types.append(e[u"type"_s].toString());
    }
    QCOMPARE(types, (QStringList{u"scene_heading"_s, u"action"_s, u"character"_s, u"parenthetical"_s,
                                 u"dialogue"_s, u"transition"_s, u"section"_s}));
    QCOMPARE(elements[0][u"text"_s].toString(), u"INT. KITCHEN - NIGHT"_s);
    QCOMPARE(elements[0][u"scene_number"_s].toString(), u"4"_s);
    QCOMPARE(elements[2][u"text"_s].toString(), u"MARA"_s);
    QCOMPARE(elements[2][u"extension"_s].toString(), u"(V.O.)"_s);
    QCOMPARE(elements[3][u"text"_s].toString(), u"(softly)"_s);
    QCOMPARE(elements[6][u"depth"_s].toInt(), 1);
}

void tst_CliApp::parseRefusesBadFiles()
{
    const Run missing = cli({u"fountain"_s, u"parse"_s, m_dir.filePath(u"nope.fountain"_s), u"--json"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.err.contains("nope.fountain"));

    const QString binary = m_dir.filePath(u"binary.fountain"_s);
    QFile f(binary);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    f.close();
    const Run bad = cli({u"fountain"_s, u"parse"_s, binary, u"--json"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.out.isEmpty());
    QVERIFY(bad.err.contains("binary"));
    QCOMPARE(bad.err.count('\n'), 1);
}

void tst_CliApp::globalOptionsAnywhere()
{
    const Run r = cli({u"--json"_s, u"fountain"_s, u"--db"_s, m_dir.filePath(u"lib.sqlite"_s),
                       u"parse"_s, m_script});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isObject());
}

void tst_CliApp::statsJson()
{
    const Run r = cli({u"fountain"_s, u"stats"_s, m_script, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stats[u"pages"_s].toInt(), 1);
    QCOMPARE(stats[u"scenes"_s].toInt(), 1);
    QCOMPARE(stats[u"interior"_s].toInt(), 1);
    QCOMPARE(stats[u"night"_s].toInt(), 1);
    const QJsonArray characters = stats[u"characters"_s].toArray();
    QCOMPARE(characters.size(), 1);
    QCOMPARE(characters[0][u"name"_s].toString(), u"MARA"_s);
    QCOMPARE(characters[0][u"words"_s].toInt(), 3);
    const Run badPaper = cli({u"fountain"_s, u"stats"_s, m_script, u"--paper"_s, u"legal"_s});
    QCOMPARE(badPaper.code, 1);
    QVERIFY(badPaper.err.contains("legal"));
}

void tst_CliApp::exportFormats()
{
    const QString pdf = m_dir.filePath(u"out.pdf"_s);
    QCOMPARE(cli({u"fountain"_s, u"export"_s, m_script, u"--output"_s, pdf}).code, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const QString fdx = m_dir.filePath(u"out.fdx"_s);
    QCOMPARE(cli({u"fountain"_s, u"export"_s, m_script, u"--output"_s, fdx}).code, 0);
    // The FDX reads back with the same elements.
    const Run fromFdx = cli({u"fountain"_s, u"parse"_s, fdx, u"--json"_s});
    const Run fromFountain = cli({u"fountain"_s, u"parse"_s, m_script, u"--json"_s});
    QCOMPARE(fromFdx.code, 0);
    auto types = [](const QByteArray &json) {
        QStringList out;
        for (const QJsonValue &e : QJsonDocument::fromJson(json).object()[u"elements"_s].toArray()) {
            out.append(e[u"type"_s].toString() + u':' + e[u"text"_s].toString());
        }
        return out;
    };
    QCOMPARE(types(fromFdx.out), types(fromFountain.out));

    const QString fountain = m_dir.filePath(u"out.fountain"_s);
    QCOMPARE(cli({u"fountain"_s, u"export"_s, fdx, u"--output"_s, fountain}).code, 0);
    QCOMPARE(types(cli({u"fountain"_s, u"parse"_s, fountain, u"--json"_s}).out), types(fromFountain.out));

    const Run unknown = cli({u"fountain"_s, u"export"_s, m_script, u"--output"_s, m_dir.filePath(u"x.docx"_s)});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains("x.docx"));
    const Run noOutput = cli({u"fountain"_s, u"export"_s, m_script});
    QCOMPARE(noOutput.code, 2);
    const Run notFdx = cli({u"fountain"_s, u"parse"_s, m_script + u".fdx"_s});
    QCOMPARE(notFdx.code, 1);
}

QTEST_GUILESS_MAIN(tst_CliApp)
#include "tst_cliapp.moc"
