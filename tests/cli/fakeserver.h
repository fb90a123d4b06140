// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the generation command tests: spielberg-fakeprovider as its own process on
// loopback, the scenarios it serves and the requests it received.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace Spielberg::Test {

using namespace Qt::StringLiterals;

class FakeServer
{
public:
    /** Serves `scenarios` in order, then the double's default answer. */
    bool start(const QJsonArray &scenarios) { return launch(QJsonDocument(scenarios)); }
    /** Serves `scenario` to every request (a story, say: it answers what each one asks). */
    bool startAnswering(const QJsonObject &scenario)
    {
        return launch(QJsonDocument(QJsonObject{{u"default"_s, scenario}}));
    }
    bool launch(const QJsonDocument &document)
    {
        const QString scenarioFile = m_dir.filePath(u"scenarios.json"_s);
        QFile f(scenarioFile);
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        f.write(document.toJson());
        f.close();
        const QString portFile = m_dir.filePath(u"port"_s);
        m_process.start(QStringLiteral(SPIELBERG_FAKEPROVIDER),
                        {u"--port-file"_s, portFile, u"--scenarios"_s, scenarioFile, u"--log"_s,
                         m_dir.filePath(u"requests.jsonl"_s)});
        if (!m_process.waitForStarted(10000)) {
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            QFile p(portFile);
            if (p.open(QIODevice::ReadOnly)) {
                m_port = p.readAll().trimmed().toInt();
                if (m_port > 0) {
                    return true;
                }
            }
            QTest::qWait(20);
        }
        return false;
    }
    ~FakeServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> out;
        QFile f(m_dir.filePath(u"requests.jsonl"_s));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    out.append(QJsonDocument::fromJson(line).object());
                }
            }
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};


} // namespace Spielberg::Test
