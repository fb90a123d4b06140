// SPDX-License-Identifier: GPL-3.0-or-later
// `version …` through the real spielberg-cli.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {
const QByteArray kFirst = "Title: T\n\nINT. HOUSE - DAY\n\nMara waits.\n\nEXT. PIER - NIGHT\n\nRain.\n";
const QByteArray kSecond = "Title: T\n\nINT. HOUSE - DAY\n\nMara runs.\n\nEXT. PIER - NIGHT\n\nRain.\n";
} // namespace

class tst_VersionCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListShow();
    void numbersPerScript();
    void restoreAddsVersion();
    void writersRestoringAtOnce();
    void diffShowsChangedLines();
    void refusals_data();
    void refusals();

private:
    std::unique_ptr<Library> m_lib;
};

void tst_VersionCommand::init()
{
    m_lib = std::make_unique<Library>();
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"create"_s, u"--title"_s, u"T"_s}));
}

void tst_VersionCommand::addListShow()
{
    const QString first = m_lib->file(u"first.fountain"_s, kFirst);
    const CliRun added = m_lib->json({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, first,
                                      u"--note"_s, u"opening"_s});
    QVERIFY_CLI_OK(added);
    const QJsonObject v = added.object();
    QCOMPARE(v[u"number"_s].toInt(), 1);
    QCOMPARE(v[u"script_id"_s].toInt(), 1);
    QCOMPARE(v[u"content"_s].toString().toUtf8(), kFirst);
    QCOMPARE(v[u"origin"_s].toString(), u"manual"_s);
    QCOMPARE(v[u"note"_s].toString(), u"opening"_s);
    QVERIFY(v[u"parent_number"_s].isNull());
    QVERIFY(v[u"job_id"_s].isNull());

    const QString second = m_lib->file(u"second.fountain"_s, kSecond);
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s, second}));
    const CliRun listed = m_lib->json({u"version"_s, u"list"_s, u"1"_s});
    QVERIFY_CLI_OK(listed);
    QCOMPARE(listed.array().size(), 2);
    // Without N: the newest; the text form is the Fountain itself.
    const CliRun newest = m_lib->run({u"version"_s, u"show"_s, u"1"_s});
    QVERIFY_CLI_OK(newest);
    QCOMPARE(newest.out, kSecond);
    const CliRun one = m_lib->json({u"version"_s, u"show"_s, u"1"_s, u"1"_s});
    QVERIFY_CLI_OK(one);
    QCOMPARE(one.object()[u"content"_s].toString().toUtf8(), kFirst);
}

void tst_VersionCommand::numbersPerScript()
{
    QVERIFY_CLI_OK(m_lib->run({u"script"_s, u"create"_s, u"--title"_s, u"Other"_s}));
    const QString file = m_lib->file(u"f.fountain"_s, kFirst);
    QList<int> numbers;
    for (const QString &script : {u"1"_s, u"2"_s, u"1"_s, u"1"_s, u"2"_s}) {
        const CliRun r = m_lib->json({u"version"_s, u"add"_s, script, u"--file"_s, file});
        QVERIFY_CLI_OK(r);
        numbers.append(r.object()[u"number"_s].toInt());
    }
    QCOMPARE(numbers, (QList<int>{1, 1, 2, 3, 2}));
}

void tst_VersionCommand::restoreAddsVersion()
{
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"a.fountain"_s, kFirst)}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"b.fountain"_s, kSecond)}));
    const CliRun restored = m_lib->json({u"version"_s, u"restore"_s, u"1"_s, u"1"_s});
    QVERIFY_CLI_OK(restored);
    QCOMPARE(restored.object()[u"number"_s].toInt(), 3);
    QCOMPARE(restored.object()[u"origin"_s].toString(), u"restored"_s);
    QCOMPARE(restored.object()[u"parent_number"_s].toInt(), 1);
    QCOMPARE(m_lib->run({u"version"_s, u"show"_s, u"1"_s}).out, kFirst);
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 3);
}

void tst_VersionCommand::writersRestoringAtOnce()
{
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"a.fountain"_s, kFirst)}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"b.fountain"_s, kSecond)}));
    // Six programs restore at the same moment, three of each version: every one gets a version
    // of its own, numbered without a gap or a twin, holding exactly the text it restored.
    constexpr int kWriters = 6;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < kWriters; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(SPIELBERG_CLI), {u"version"_s, u"restore"_s, u"1"_s, QString::number(1 + i % 2),
                                                 u"--json"_s, u"--db"_s, m_lib->path()});
        writers.push_back(std::move(p));
    }
    QSet<int> numbers;
    for (int i = 0; i < kWriters; ++i) {
        QProcess &p = *writers[std::size_t(i)];
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject made = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const int number = made[u"number"_s].toInt();
        QVERIFY(!numbers.contains(number));
        numbers.insert(number);
        QCOMPARE(made[u"parent_number"_s].toInt(), 1 + i % 2);
        QCOMPARE(m_lib->run({u"version"_s, u"show"_s, u"1"_s, QString::number(number)}).out,
                 i % 2 == 0 ? kFirst : kSecond);
    }
    const QJsonArray all = m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array();
    QCOMPARE(all.size(), 2 + kWriters);
    for (int n = 1; n <= 2 + kWriters; ++n) {
        QCOMPARE(all[n - 1][u"number"_s].toInt(), n);
    }
}

void tst_VersionCommand::diffShowsChangedLines()
{
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"a.fountain"_s, kFirst)}));
    QVERIFY_CLI_OK(m_lib->run({u"version"_s, u"add"_s, u"1"_s, u"--file"_s,
                               m_lib->file(u"b.fountain"_s, kSecond)}));
    const CliRun text = m_lib->run({u"version"_s, u"diff"_s, u"1"_s, u"1"_s, u"2"_s});
    QVERIFY_CLI_OK(text);
    const QList<QByteArray> lines = text.out.split('\n');
    QVERIFY(lines.contains("-Mara waits."));
    QVERIFY(lines.contains("+Mara runs."));
    QVERIFY(text.out.startsWith("--- "));
    QVERIFY(text.out.contains("\n@@ -"));

    const CliRun json = m_lib->json({u"version"_s, u"diff"_s, u"1"_s, u"1"_s, u"2"_s});
    QVERIFY_CLI_OK(json);
    QStringList changes;
    for (const QJsonValue &line : json.array()) {
        if (line[u"op"_s].toString() != u"equal"_s) {
            changes.append(line[u"op"_s].toString() + u':' + line[u"text"_s].toString());
        }
    }
    QCOMPARE(changes, (QStringList{u"delete:Mara waits."_s, u"insert:Mara runs."_s}));
    QCOMPARE(json.array().size(), 10);
}

void tst_VersionCommand::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("missing script") << QStringList{u"version"_s, u"add"_s, u"9"_s, u"--file"_s, u"@good"_s}
                                    << 1 << QByteArray("no script with id 9");
    QTest::newRow("invalid utf-8") << QStringList{u"version"_s, u"add"_s, u"1"_s, u"--file"_s, u"@bad"_s}
                                   << 1 << QByteArray("--file");
    QTest::newRow("missing file") << QStringList{u"version"_s, u"add"_s, u"1"_s, u"--file"_s, u"/nonexistent/x.fountain"_s}
                                  << 1 << QByteArray("x.fountain");
    QTest::newRow("no --file") << QStringList{u"version"_s, u"add"_s, u"1"_s} << 2
                               << QByteArray("--file");
    QTest::newRow("missing version") << QStringList{u"version"_s, u"show"_s, u"1"_s, u"4"_s} << 1
                                     << QByteArray("no version 4");
    QTest::newRow("no versions yet") << QStringList{u"version"_s, u"show"_s, u"1"_s} << 1
                                     << QByteArray("no versions");
    QTest::newRow("restore missing") << QStringList{u"version"_s, u"restore"_s, u"1"_s, u"3"_s}
                                     << 1 << QByteArray("no version 3");
    QTest::newRow("diff bad number") << QStringList{u"version"_s, u"diff"_s, u"1"_s, u"a"_s, u"2"_s}
                                     << 2 << QByteArray("'a'");
    QTest::newRow("list missing script") << QStringList{u"version"_s, u"list"_s, u"8"_s} << 1
                                         << QByteArray("no script with id 8");
}

void tst_VersionCommand::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, mentions);
    const QString good = m_lib->file(u"good.fountain"_s, kFirst);
    const QString bad = m_lib->file(u"bad.fountain"_s, QByteArray("INT. A - DAY\n\n\xff\xfe broken\n"));
    args.replaceInStrings(u"@good"_s, good);
    args.replaceInStrings(u"@bad"_s, bad);
    QVERIFY_CLI_FAILS(m_lib->json(args), code, mentions);
    QCOMPARE(m_lib->json({u"version"_s, u"list"_s, u"1"_s}).array().size(), 0); // nothing written
}

QTEST_GUILESS_MAIN(tst_VersionCommand)
#include "tst_versioncommand.moc"
