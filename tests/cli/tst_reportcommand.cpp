// SPDX-License-Identifier: GPL-3.0-or-later
// `report` through the real spielberg-cli.
#include "clirun.h"

#include <QFile>
#include <QHash>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
// Three scenes at two locations; a comma and quotes in the headings, for the CSV.
const QByteArray kScript = "Title: Breakdown\n\n"
                           "INT. JOE'S BAR, BACK ROOM - NIGHT\n\nSmoke.\n\n"
                           "JOE\nWho's there?\n\n"
                           "MARY (O.S.)\nOnly me.\n\n"
                           "EXT. THE \"OFFICE\" - DAY\n\nRain.\n\n"
                           "JOE (CONT'D)\nCome in, then.\n\n"
                           "INT. JOE'S BAR, BACK ROOM - DAY\n\nLight.\n\n"
                           "MARY\nMorning.\n";

QList<QByteArray> csvLines(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}
} // namespace

class tst_ReportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void charactersAsJson();
    void csvHasAHeaderAndQuotes();
    void textIsATable();
    void emptyReportIsData();
    void refusals_data();
    void refusals();
    void bigFishAgreesWithFountainStats();

private:
    std::unique_ptr<Library> m_lib;
};

void tst_ReportCommand::init()
{
    m_lib = std::make_unique<Library>();
}

void tst_ReportCommand::charactersAsJson()
{
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"bar.fountain"_s, kScript)}));
    const CliRun run = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"characters"_s});
    QVERIFY_CLI_OK(run);
    const QJsonArray rows = run.array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject joe = rows.at(0).toObject();
    QCOMPARE(joe.value(u"name"_s).toString(), u"JOE"_s); // JOE (CONT'D) is JOE
    QCOMPARE(joe.value(u"scenes"_s).toInt(), 2);
    QCOMPARE(joe.value(u"dialogue_blocks"_s).toInt(), 2);
    QCOMPARE(joe.value(u"words"_s).toInt(), 5);
    QCOMPARE(joe.value(u"first_scene"_s).toString(), u"1"_s);
    QCOMPARE(joe.value(u"last_scene"_s).toString(), u"2"_s);
    QCOMPARE(joe.value(u"first_page"_s).toInt(), 1);
    QCOMPARE(joe.value(u"last_page"_s).toInt(), 1);
    const QJsonObject mary = rows.at(1).toObject();
    QCOMPARE(mary.value(u"name"_s).toString(), u"MARY"_s); // MARY (O.S.) is MARY
    QCOMPARE(mary.value(u"dialogue_blocks"_s).toInt(), 2);
    QCOMPARE(mary.value(u"words"_s).toInt(), 3);
    QCOMPARE(mary.value(u"last_scene"_s).toString(), u"3"_s);

    // --version 1 is the same version; the scenes and locations kinds say what they hold.
    const CliRun scenes = m_lib->json({u"report"_s, u"1"_s, u"--version"_s, u"1"_s, u"--kind"_s, u"scenes"_s});
    QVERIFY_CLI_OK(scenes);
    const QJsonArray sceneRows = scenes.array();
    QCOMPARE(sceneRows.size(), 3);
    const QJsonObject second = sceneRows.at(1).toObject();
    QCOMPARE(second.value(u"index"_s).toInt(), 2);
    QCOMPARE(second.value(u"number"_s).toString(), u"2"_s);
    QCOMPARE(second.value(u"heading"_s).toString(), u"EXT. THE \"OFFICE\" - DAY"_s);
    QCOMPARE(second.value(u"int_ext"_s).toString(), u"EXT"_s);
    QCOMPARE(second.value(u"location"_s).toString(), u"THE \"OFFICE\""_s);
    QCOMPARE(second.value(u"time"_s).toString(), u"DAY"_s);
    QCOMPARE(second.value(u"page"_s).toInt(), 1);
    QVERIFY(second.value(u"eighths"_s).toInt() >= 1);
    QCOMPARE(second.value(u"characters"_s).toArray(), QJsonArray{u"JOE"_s});

    const CliRun locations = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"locations"_s});
    QVERIFY_CLI_OK(locations);
    const QJsonArray places = locations.array();
    QCOMPARE(places.size(), 2);
    const QJsonObject bar = places.at(0).toObject();
    QCOMPARE(bar.value(u"name"_s).toString(), u"JOE'S BAR, BACK ROOM"_s);
    QCOMPARE(bar.value(u"int_ext"_s).toString(), u"INT"_s);
    QCOMPARE(bar.value(u"times"_s).toArray(), (QJsonArray{u"NIGHT"_s, u"DAY"_s}));
    QCOMPARE(bar.value(u"scenes"_s).toInt(), 2);
    QCOMPARE(bar.value(u"first_scene"_s).toString(), u"1"_s);
    QCOMPARE(bar.value(u"pages"_s).toDouble(), bar.value(u"eighths"_s).toInt() / 8.0);
}

void tst_ReportCommand::csvHasAHeaderAndQuotes()
{
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"bar.fountain"_s, kScript)}));
    const CliRun characters = m_lib->run({u"report"_s, u"1"_s, u"--kind"_s, u"characters"_s, u"--csv"_s});
    QVERIFY_CLI_OK(characters);
    QList<QByteArray> lines = csvLines(characters.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QByteArray("name,scenes,dialogue_blocks,words,first_scene,last_scene,first_page,last_page\r"));
    QCOMPARE(lines.at(1), QByteArray("JOE,2,2,5,1,2,1,1\r"));

    // The lengths come from the same report as JSON; the CSV only writes them otherwise.
    const QJsonArray places = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"locations"_s}).array();
    QCOMPARE(places.size(), 2);
    const CliRun locations = m_lib->run({u"report"_s, u"1"_s, u"--kind"_s, u"locations"_s, u"--csv"_s});
    QVERIFY_CLI_OK(locations);
    lines = csvLines(locations.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QByteArray("name,int_ext,times,scenes,eighths,pages,first_scene\r"));
    auto lengths = [&places](int row) -> QString {
        const QJsonObject o = places.at(row).toObject();
        return QString::number(o.value(u"eighths"_s).toInt()) + u","_s
            + QString::number(o.value(u"pages"_s).toDouble());
    };
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             u"\"JOE'S BAR, BACK ROOM\",INT,NIGHT; DAY,2,%1,1\r"_s.arg(lengths(0)));
    QCOMPARE(QString::fromUtf8(lines.at(2)), u"\"THE \"\"OFFICE\"\"\",EXT,DAY,1,%1,2\r"_s.arg(lengths(1)));
}

void tst_ReportCommand::textIsATable()
{
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"bar.fountain"_s, kScript)}));
    const CliRun run = m_lib->run({u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s});
    QVERIFY_CLI_OK(run);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the heads and three scenes
    QVERIFY2(lines.at(0).startsWith(u"SCENE"_s), qPrintable(lines.at(0)));
    const qsizetype column = lines.at(0).indexOf(u"LOCATION"_s);
    QVERIFY(column > 0);
    QCOMPARE(lines.at(1).indexOf(u"JOE'S BAR, BACK ROOM"_s), column); // aligned under its head
    QCOMPARE(lines.at(2).indexOf(u"THE \"OFFICE\""_s), column);
    QVERIFY(lines.at(1).contains(u"JOE, MARY"_s));
}

void tst_ReportCommand::emptyReportIsData()
{
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"create"_s, u"--title"_s, u"Notes"_s}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"notes.fountain"_s, "Just a note.\n\nJOE\nHi.\n")}));
    const CliRun json = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s});
    QVERIFY_CLI_OK(json);
    QCOMPARE(json.out, QByteArray("[]\n"));
    const CliRun csv = m_lib->run({u"report"_s, u"1"_s, u"--kind"_s, u"locations"_s, u"--csv"_s});
    QVERIFY_CLI_OK(csv);
    QCOMPARE(csv.out, QByteArray("name,int_ext,times,scenes,eighths,pages,first_scene\r\n"));
    const CliRun text = m_lib->run({u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s});
    QVERIFY_CLI_OK(text);
    QCOMPARE(text.out, QByteArray("no scenes\n"));
    QVERIFY(text.err.isEmpty());

    // Who speaks before any heading is in no scene: null, not a number.
    const CliRun characters = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"characters"_s});
    QVERIFY_CLI_OK(characters);
    const QJsonArray rows = characters.array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject joe = rows.at(0).toObject();
    QCOMPARE(joe.value(u"scenes"_s).toInt(), 0);
    QVERIFY(joe.value(u"first_scene"_s).isNull());
    QVERIFY(joe.value(u"last_scene"_s).isNull());
    QCOMPARE(joe.value(u"first_page"_s).toInt(), 1);
}

void tst_ReportCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no --kind") << QStringList{u"report"_s, u"1"_s} << 2 << QByteArray("--kind");
    QTest::newRow("unknown kind") << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"props"_s} << 2
                                  << QByteArray("'props'");
    QTest::newRow("bad --version") << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s,
                                                  u"--version"_s, u"x"_s}
                                   << 2 << QByteArray("--version");
    QTest::newRow("version zero") << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s,
                                                 u"--version"_s, u"0"_s}
                                  << 2 << QByteArray("--version");
    QTest::newRow("csv and json") << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s, u"--csv"_s}
                                  << 2 << QByteArray("--csv");
    QTest::newRow("no script") << QStringList{u"report"_s, u"--kind"_s, u"scenes"_s} << 2
                               << QByteArray("usage: report");
    QTest::newRow("bad script id") << QStringList{u"report"_s, u"abc"_s, u"--kind"_s, u"scenes"_s} << 2
                                   << QByteArray("SCRIPT");
    QTest::newRow("another command's option")
        << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"scenes"_s, u"--limit"_s, u"3"_s} << 2
        << QByteArray("--limit");
    QTest::newRow("unknown script") << QStringList{u"report"_s, u"9"_s, u"--kind"_s, u"scenes"_s} << 1
                                    << QByteArray("no script with id 9");
    QTest::newRow("missing version") << QStringList{u"report"_s, u"1"_s, u"--kind"_s, u"characters"_s,
                                                    u"--version"_s, u"5"_s}
                                     << 1 << QByteArray("no version 5");
}

void tst_ReportCommand::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, mentions);
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, m_lib->file(u"bar.fountain"_s, kScript)}));
    QVERIFY_CLI_FAILS(m_lib->json(args), code, mentions);
}

void tst_ReportCommand::bigFishAgreesWithFountainStats()
{
    const QString path = QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/Big-Fish.fountain"_s;
    if (!QFile::exists(path)) {
        QSKIP("Big-Fish.fountain is not in ../shared/corpus/screenplays (corpus absent)");
    }
    QVERIFY_CLI_OK(m_lib->run({u"import"_s, path}));
    const CliRun report = m_lib->json({u"report"_s, u"1"_s, u"--kind"_s, u"characters"_s});
    QVERIFY_CLI_OK(report);
    const CliRun stats = runCli({u"fountain"_s, u"stats"_s, path, u"--json"_s});
    QVERIFY_CLI_OK(stats);

    QHash<QString, QJsonObject> byName;
    const QJsonArray rows = report.array();
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const QJsonObject row = rows.at(k).toObject();
        byName.insert(row.value(u"name"_s).toString(), row);
    }
    const QJsonObject counted = stats.object();
    const QJsonArray characters = counted.value(u"characters"_s).toArray();
    QVERIFY(!characters.isEmpty());
    QCOMPARE(rows.size(), characters.size());
    for (qsizetype k = 0; k < characters.size(); ++k) {
        const QJsonObject c = characters.at(k).toObject();
        const QString name = c.value(u"name"_s).toString();
        QVERIFY2(byName.contains(name), qPrintable(name));
        const QJsonObject row = byName.value(name);
        QVERIFY2(row.value(u"dialogue_blocks"_s).toInt() == c.value(u"dialogue_blocks"_s).toInt(),
                 qPrintable(name));
        QVERIFY2(row.value(u"words"_s).toInt() == c.value(u"words"_s).toInt(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_reportcommand.moc"
