// SPDX-License-Identifier: GPL-3.0-or-later
// `character …` through the real spielberg-cli.
#include "clirun.h"

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

class tst_CharacterCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifecycle();
    void textOutput();
    void refusals_data();
    void refusals();
    void deleteDetaches();
};

void tst_CharacterCommand::lifecycle()
{
    Library lib;
    const CliRun added = lib.json({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s,
                                   u"--personality"_s, u"wry"_s, u"--goals"_s, u"escape"_s,
                                   u"--voice"_s, u"clipped"_s, u"--backstory"_s, u"keeper"_s});
    QVERIFY_CLI_OK(added);
    const QJsonObject mara = added.object();
    QCOMPARE(mara[u"name"_s].toString(), u"Mara"_s);
    QCOMPARE(mara[u"voice"_s].toString(), u"clipped"_s);
    QVERIFY(mara[u"id"_s].toInteger() > 0);
    const QString id = QString::number(mara[u"id"_s].toInteger());
    for (const QString &key : {u"owner"_s, u"personality"_s, u"goals"_s, u"backstory"_s,
                               u"created_at"_s, u"updated_at"_s}) {
        QVERIFY2(mara.contains(key), qPrintable(key));
    }

    const CliRun updated = lib.json({u"character"_s, u"update"_s, id, u"--goals"_s, u"stay"_s});
    QVERIFY_CLI_OK(updated);
    QCOMPARE(updated.object()[u"goals"_s].toString(), u"stay"_s);
    QCOMPARE(updated.object()[u"voice"_s].toString(), u"clipped"_s); // untouched fields stay

    const CliRun shown = lib.json({u"character"_s, u"show"_s, id});
    QVERIFY_CLI_OK(shown);
    QCOMPARE(shown.object(), updated.object());

    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Abel"_s}));
    const CliRun listed = lib.json({u"character"_s, u"list"_s});
    QVERIFY_CLI_OK(listed);
    QCOMPARE(listed.array().size(), 2);
    QCOMPARE(listed.array()[0][u"name"_s].toString(), u"Abel"_s);

    const CliRun deleted = lib.json({u"character"_s, u"delete"_s, id});
    QVERIFY_CLI_OK(deleted);
    QCOMPARE(lib.json({u"character"_s, u"list"_s}).array().size(), 1);
    QVERIFY_CLI_FAILS(lib.run({u"character"_s, u"show"_s, id}), 1, "no character with id");
}

void tst_CharacterCommand::textOutput()
{
    Library lib;
    const CliRun added = lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s});
    QVERIFY_CLI_OK(added);
    QVERIFY(added.out.contains("Mara"));
    const CliRun listed = lib.run({u"character"_s, u"list"_s});
    QCOMPARE(listed.out, QByteArray("1\tMara\n"));
}

void tst_CharacterCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("empty name") << QStringList{u"character"_s, u"add"_s, u"--name"_s, u" "_s} << 1
                                << QByteArray("name");
    QTest::newRow("missing --name") << QStringList{u"character"_s, u"add"_s} << 2
                                    << QByteArray("--name");
    QTest::newRow("missing id") << QStringList{u"character"_s, u"show"_s, u"42"_s} << 1
                                << QByteArray("42");
    QTest::newRow("id not a number") << QStringList{u"character"_s, u"show"_s, u"mara"_s} << 2
                                     << QByteArray("mara");
    QTest::newRow("update nothing") << QStringList{u"character"_s, u"update"_s, u"1"_s} << 2
                                    << QByteArray("at least one");
    QTest::newRow("update missing") << QStringList{u"character"_s, u"update"_s, u"9"_s,
                                                   u"--name"_s, u"X"_s}
                                    << 1 << QByteArray("no character with id 9");
    QTest::newRow("update to empty name")
        << QStringList{u"character"_s, u"update"_s, u"1"_s, u"--name"_s, QString()} << 1
        << QByteArray("name");
    QTest::newRow("delete missing") << QStringList{u"character"_s, u"delete"_s, u"9"_s} << 1
                                    << QByteArray("9");
    QTest::newRow("foreign option") << QStringList{u"character"_s, u"list"_s, u"--title"_s, u"x"_s}
                                    << 2 << QByteArray("--title");
    QTest::newRow("unknown subcommand") << QStringList{u"character"_s, u"rename"_s} << 2
                                        << QByteArray("rename");
}

void tst_CharacterCommand::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, mentions);
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Keep"_s}));
    const CliRun r = lib.json(args);
    QVERIFY_CLI_FAILS(r, code, mentions);
    // Nothing was written: still the one character, unchanged.
    const QJsonArray all = lib.json({u"character"_s, u"list"_s}).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0][u"name"_s].toString(), u"Keep"_s);
}

void tst_CharacterCommand::deleteDetaches()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s}));
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Abel"_s}));
    const CliRun script = lib.json({u"script"_s, u"create"_s, u"--title"_s, u"Tides"_s,
                                    u"--character"_s, u"1"_s, u"--character"_s, u"2"_s});
    QVERIFY_CLI_OK(script);
    QCOMPARE(script.object()[u"characters"_s].toArray().size(), 2);
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"delete"_s, u"1"_s}));
    const CliRun shown = lib.json({u"script"_s, u"show"_s, u"1"_s});
    QVERIFY_CLI_OK(shown);
    const QJsonArray characters = shown.object()[u"characters"_s].toArray();
    QCOMPARE(characters.size(), 1);
    QCOMPARE(characters[0][u"name"_s].toString(), u"Abel"_s);
}

QTEST_GUILESS_MAIN(tst_CharacterCommand)
#include "tst_charactercommand.moc"
