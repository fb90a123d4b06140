// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the library command tests: runs the real spielberg-cli on a library in a
// temporary folder (never the writer's own) and parses its JSON.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace Spielberg::Test {

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

/** Runs spielberg-cli with `args` (nothing added), with `env` on top of the test's environment. */
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    full.remove(QStringLiteral("SPIELBERG_DB"));
    full.insert(env);
    p.setProcessEnvironment(full);
    p.start(QStringLiteral(SPIELBERG_CLI), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/** A library in a temporary folder; run() adds `--db PATH`. */
class Library
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString file(const QString &name, const QByteArray &content) const
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(content);
        }
        return p;
    }
    CliRun run(QStringList args) const
    {
        args << QStringLiteral("--db") << path();
        return runCli(args);
    }
    /** Runs with --json and returns the run; the caller checks code and parses. */
    CliRun json(QStringList args) const
    {
        args << QStringLiteral("--json");
        return run(args);
    }
    const QTemporaryDir &dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
};

} // namespace Spielberg::Test

/** Checks a successful run: exit 0 and nothing on stderr. */
#define QVERIFY_CLI_OK(run)                                                                   \
    do {                                                                                      \
        const Spielberg::Test::CliRun &cliRun_ = (run); /* evaluated once */                  \
        QVERIFY2(cliRun_.code == 0, cliRun_.err.constData());                                 \
    } while (false)

/** Checks a failed run: the exit code, nothing on stdout, one line on stderr naming `mention`. */
#define QVERIFY_CLI_FAILS(run, exitCode, mention)                                             \
    do {                                                                                      \
        const Spielberg::Test::CliRun &cliRun_ = (run); /* evaluated once */                  \
        QCOMPARE(cliRun_.code, exitCode);                                                     \
        QVERIFY2(cliRun_.out.isEmpty(), cliRun_.out.constData());                             \
        QCOMPARE(cliRun_.err.count('\n'), 1);                                                 \
        QVERIFY2(cliRun_.err.contains(mention), cliRun_.err.constData());                     \
    } while (false)
