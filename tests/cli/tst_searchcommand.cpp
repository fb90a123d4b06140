// SPDX-License-Identifier: GPL-3.0-or-later
// `search …` through the real spielberg-cli.
#include "clirun.h"

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

class tst_SearchCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hitsBestFirst();
    void staysInSync();
    void quotesAnything_data();
    void quotesAnything();
    void refusals();

private:
    Library m_lib;
};

void tst_SearchCommand::initTestCase()
{
    QVERIFY_CLI_OK(m_lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Mara"_s, u"--goals"_s,
                              u"it's the lighthouse or nothing"_s}));
    QVERIFY_CLI_OK(m_lib.run({u"script"_s, u"create"_s, u"--title"_s, u"Lighthouse"_s,
                              u"--logline"_s, u"Lighthouse, lighthouse, lighthouse."_s}));
    QVERIFY_CLI_OK(m_lib.run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                              m_lib.file(u"a.fountain"_s, "EXT. LIGHTHOUSE - NIGHT\n\nWaves.\n")}));
}

void tst_SearchCommand::hitsBestFirst()
{
    const CliRun r = m_lib.json({u"search"_s, u"lighthouse"_s});
    QVERIFY_CLI_OK(r);
    const QJsonArray hits = r.array();
    QCOMPARE(hits.size(), 3);
    double previous = -1e300;
    for (const QJsonValue &hit : hits) {
        for (const QString &key : {u"kind"_s, u"id"_s, u"script_id"_s, u"title"_s, u"snippet"_s, u"rank"_s}) {
            QVERIFY2(hit.toObject().contains(key), qPrintable(key));
        }
        QVERIFY(hit[u"rank"_s].toDouble() >= previous);
        previous = hit[u"rank"_s].toDouble();
    }
    QCOMPARE(hits[0][u"kind"_s].toString(), u"script"_s); // four times in title and logline
    QCOMPARE(m_lib.json({u"search"_s, u"lighthouse"_s, u"--limit"_s, u"2"_s}).array().size(), 2);
    const CliRun text = m_lib.run({u"search"_s, u"waves"_s});
    QVERIFY_CLI_OK(text);
    QVERIFY(text.out.startsWith("version "));
}

void tst_SearchCommand::staysInSync()
{
    Library lib;
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"add"_s, u"--name"_s, u"Zephyr"_s}));
    QCOMPARE(lib.json({u"search"_s, u"zephyr"_s}).array().size(), 1);
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"update"_s, u"1"_s, u"--name"_s, u"Boreas"_s}));
    QCOMPARE(lib.json({u"search"_s, u"zephyr"_s}).array().size(), 0);
    QCOMPARE(lib.json({u"search"_s, u"boreas"_s}).array().size(), 1);
    QVERIFY_CLI_OK(lib.run({u"character"_s, u"delete"_s, u"1"_s}));
    QCOMPARE(lib.json({u"search"_s, u"boreas"_s}).array().size(), 0);
}

void tst_SearchCommand::quotesAnything_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("apostrophe") << u"it's"_s;
    QTest::newRow("quote") << u"\"lighthouse"_s;
    QTest::newRow("operators") << u"lighthouse AND NOT OR NEAR("_s;
    QTest::newRow("column syntax") << u"title:lighthouse"_s;
}

void tst_SearchCommand::quotesAnything()
{
    QFETCH(QString, query);
    const CliRun r = m_lib.json({u"search"_s, query});
    QVERIFY_CLI_OK(r);
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
}

void tst_SearchCommand::refusals()
{
    QVERIFY_CLI_FAILS(m_lib.run({u"search"_s}), 2, "QUERY");
    QVERIFY_CLI_FAILS(m_lib.run({u"search"_s, u"x"_s, u"--limit"_s, u"0"_s}), 2, "--limit");
    QVERIFY_CLI_FAILS(m_lib.run({u"search"_s, u"..."_s}), 1, "no words");
}

QTEST_GUILESS_MAIN(tst_SearchCommand)
#include "tst_searchcommand.moc"
