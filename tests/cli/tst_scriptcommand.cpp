// SPDX-License-Identifier: GPL-3.0-or-later
// `script …` through the real spielberg-cli.
#include "clirun.h"

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

class tst_ScriptCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createShowsCharacters();
    void listAndDelete();
    void attachDetach();
    void refusals_data();
    void refusals();
};

void tst_ScriptCommand::createShowsCharacters()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s, u"--voice"_s, u"low"_s}));
    const CliRun created = lib.json({u"script"_s, u"create"_s, u"--title"_s, u"Harbour Lights"_s,
                                     u"--logline"_s, u"A keeper's secret."_s, u"--genre"_s,
                                     u"sci-fi"_s, u"--tone"_s, u"hopeful"_s, u"--format"_s,
                                     u"outline"_s, u"--character"_s, u"1"_s});
    QVERIFY_CLI_OK(created);
    const QJsonObject script = created.object();
    QCOMPARE(script[u"title"_s].toString(), u"Harbour Lights"_s);
    QCOMPARE(script[u"genre"_s].toString(), u"sci-fi"_s);
    QCOMPARE(script[u"tone"_s].toString(), u"hopeful"_s);
    QCOMPARE(script[u"format"_s].toString(), u"outline"_s);
    const CliRun shown = lib.json({u"script"_s, u"show"_s, u"1"_s});
    QVERIFY_CLI_OK(shown);
    const QJsonArray characters = shown.object()[u"characters"_s].toArray();
    QCOMPARE(characters.size(), 1);
    QCOMPARE(characters[0][u"name"_s].toString(), u"Mara"_s);
    QCOMPARE(characters[0][u"voice"_s].toString(), u"low"_s);
    QCOMPARE(shown.object()[u"logline"_s].toString(), u"A keeper's secret."_s);

    const CliRun text = lib.run({u"script"_s, u"show"_s, u"1"_s});
    QVERIFY_CLI_OK(text);
    QVERIFY(text.out.contains("Harbour Lights"));
    QVERIFY(text.out.contains("Mara"));
}

void tst_ScriptCommand::listAndDelete()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"One"_s}));
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"Two"_s}));
    const CliRun listed = lib.json({u"script"_s, u"list"_s});
    QVERIFY_CLI_OK(listed);
    QCOMPARE(listed.array().size(), 2);
    QCOMPARE(listed.array()[0][u"format"_s].toString(), u"screenplay"_s);
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"delete"_s, u"1"_s}));
    const QJsonArray left = lib.json({u"script"_s, u"list"_s}).array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0][u"title"_s].toString(), u"Two"_s);
    QVERIFY_CLI_FAILS(lib.run({u"script"_s, u"delete"_s, u"1"_s}), 1, "no script with id 1");
}

void tst_ScriptCommand::attachDetach()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s}));
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"T"_s}));
    const CliRun attached = lib.json({u"script"_s, u"attach"_s, u"1"_s, u"1"_s});
    QVERIFY_CLI_OK(attached);
    QCOMPARE(attached.object()[u"characters"_s].toArray().size(), 1);
    const CliRun detached = lib.json({u"script"_s, u"detach"_s, u"1"_s, u"1"_s});
    QVERIFY_CLI_OK(detached);
    QCOMPARE(detached.object()[u"characters"_s].toArray().size(), 0);
    QVERIFY_CLI_FAILS(lib.run({u"script"_s, u"detach"_s, u"1"_s, u"1"_s}), 1, "not attached");
    QVERIFY_CLI_FAILS(lib.run({u"script"_s, u"attach"_s, u"1"_s, u"7"_s}), 1,
                      "no character with id 7");
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"show"_s, u"1"_s})); // detaching keeps it
}

void tst_ScriptCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown genre")
        << QStringList{u"script"_s, u"create"_s, u"--title"_s, u"T"_s, u"--genre"_s, u"westerns"_s}
        << 1 << QByteArray("unknown genre 'westerns' (choose one of: action, adventure");
    QTest::newRow("unknown tone")
        << QStringList{u"script"_s, u"create"_s, u"--title"_s, u"T"_s, u"--tone"_s, u"grim"_s}
        << 1 << QByteArray("unknown tone 'grim'");
    QTest::newRow("unknown format")
        << QStringList{u"script"_s, u"create"_s, u"--title"_s, u"T"_s, u"--format"_s, u"novel"_s}
        << 1 << QByteArray("unknown format 'novel'");
    QTest::newRow("empty title") << QStringList{u"script"_s, u"create"_s, u"--title"_s, QString()}
                                 << 1 << QByteArray("title");
    QTest::newRow("missing --title") << QStringList{u"script"_s, u"create"_s} << 2
                                     << QByteArray("--title");
    QTest::newRow("missing character")
        << QStringList{u"script"_s, u"create"_s, u"--title"_s, u"T"_s, u"--character"_s, u"5"_s}
        << 1 << QByteArray("no character with id 5");
    QTest::newRow("character not an id")
        << QStringList{u"script"_s, u"create"_s, u"--title"_s, u"T"_s, u"--character"_s, u"Mara"_s}
        << 2 << QByteArray("--character");
    QTest::newRow("show missing") << QStringList{u"script"_s, u"show"_s, u"3"_s} << 1
                                  << QByteArray("no script with id 3");
    QTest::newRow("attach arity") << QStringList{u"script"_s, u"attach"_s, u"1"_s} << 2
                                  << QByteArray("CHARACTER_ID");
}

void tst_ScriptCommand::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, mentions);
    Library lib;
    QVERIFY_CLI_FAILS(lib.json(args), code, mentions);
    QCOMPARE(lib.json({u"script"_s, u"list"_s}).array().size(), 0); // nothing written
}

QTEST_GUILESS_MAIN(tst_ScriptCommand)
#include "tst_scriptcommand.moc"
