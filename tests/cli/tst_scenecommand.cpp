// SPDX-License-Identifier: GPL-3.0-or-later
// `scene …` through the real spielberg-cli.
#include "clirun.h"

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

class tst_SceneCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listAndUpdate();
    void metadataCarriesByHeading();
    void refusals_data();
    void refusals();
};

void tst_SceneCommand::listAndUpdate()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"T"_s}));
    const QByteArray text = "Title: T\n\nINT. HOUSE - DAY\n\nOne.\n\nEXT. PIER - NIGHT\n\nTwo.\n";
    QVERIFY_CLI_OK(lib.run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, lib.file(u"a.fountain"_s, text)}));
    const CliRun listed = lib.json({u"scene"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(listed);
    const QJsonArray scenes = listed.array();
    QCOMPARE(scenes.size(), 2);
    QCOMPARE(scenes[0][u"setting"_s].toString(), u"INT. HOUSE - DAY"_s);
    QCOMPARE(scenes[1][u"content"_s].toString(), u"EXT. PIER - NIGHT\n\nTwo.\n"_s);
    for (const QString &key : {u"id"_s, u"version_id"_s, u"number"_s, u"goal"_s, u"tension"_s, u"tone"_s}) {
        QVERIFY2(scenes[0].toObject().contains(key), qPrintable(key));
    }
    const QString id = QString::number(scenes[1][u"id"_s].toInteger());
    const CliRun updated = lib.json({u"scene"_s, u"update"_s, id, u"--goal"_s, u"escape"_s,
                                     u"--tension"_s, u"storm"_s});
    QVERIFY_CLI_OK(updated);
    QCOMPARE(updated.object()[u"goal"_s].toString(), u"escape"_s);
    QCOMPARE(updated.object()[u"tension"_s].toString(), u"storm"_s);
    QCOMPARE(updated.object()[u"setting"_s].toString(), u"EXT. PIER - NIGHT"_s);
}

void tst_SceneCommand::metadataCarriesByHeading()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"T"_s}));
    QVERIFY_CLI_OK(lib.run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                            lib.file(u"a.fountain"_s, "INT. HOUSE - DAY\n\nA.\n\nEXT. PIER - NIGHT\n\nB.\n\n"
                                                      "INT. HOUSE - DAY\n\nC.\n")}));
    const QJsonArray first = lib.json({u"scene"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(first.size(), 3);
    const QStringList goals{u"g1"_s, u"g2"_s, u"g3"_s};
    for (int i = 0; i < 3; ++i) {
        QVERIFY_CLI_OK(lib.run({u"scene"_s, u"update"_s, QString::number(first[i][u"id"_s].toInteger()),
                                u"--goal"_s, goals[i]}));
    }
    // The pier moves first; the two houses keep their order of appearance.
    QVERIFY_CLI_OK(lib.run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                            lib.file(u"b.fountain"_s, "EXT. PIER - NIGHT\n\nB.\n\nINT. HOUSE - DAY\n\nC.\n\n"
                                                      "INT. HOUSE - DAY\n\nA.\n")}));
    const CliRun second = lib.json({u"scene"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(second);
    QStringList got;
    for (const QJsonValue &scene : second.array()) {
        got.append(scene[u"goal"_s].toString());
    }
    QCOMPARE(got, (QStringList{u"g2"_s, u"g1"_s, u"g3"_s}));
    // --version reaches the old one.
    const QJsonArray old = lib.json({u"scene"_s, u"list"_s, u"1"_s, u"--version"_s, u"1"_s}).array();
    QCOMPARE(old[0][u"goal"_s].toString(), u"g1"_s);
}

void tst_SceneCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("missing scene") << QStringList{u"scene"_s, u"update"_s, u"99"_s, u"--goal"_s, u"x"_s}
                                   << 1 << QByteArray("no scene with id 99");
    QTest::newRow("update nothing") << QStringList{u"scene"_s, u"update"_s, u"1"_s} << 2
                                    << QByteArray("at least one");
    QTest::newRow("no versions") << QStringList{u"scene"_s, u"list"_s, u"1"_s} << 1
                                 << QByteArray("no versions");
    QTest::newRow("missing script") << QStringList{u"scene"_s, u"list"_s, u"5"_s} << 1
                                    << QByteArray("no script with id 5");
    QTest::newRow("bad --version") << QStringList{u"scene"_s, u"list"_s, u"1"_s, u"--version"_s, u"x"_s}
                                   << 2 << QByteArray("--version");
}

void tst_SceneCommand::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, mentions);
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"script"_s, u"create"_s, u"--title"_s, u"T"_s}));
    QVERIFY_CLI_FAILS(lib.json(args), code, mentions);
}

QTEST_GUILESS_MAIN(tst_SceneCommand)
#include "tst_scenecommand.moc"
