// SPDX-License-Identifier: GPL-3.0-or-later
// spielberg-fakeprovider: the fake LLM provider (tests/generation/fakeprovider.h) as a process,
// for end-to-end tests of other programs (spielberg-cli) and the SDK check (sdkcheck/run).
//
//   spielberg-fakeprovider --port-file PATH [--scenarios JSONFILE] [--log PATH] [--port N]
//                          [--exit-on-stdin-eof]
//
// Writes its port (and a newline) to PATH once listening on 127.0.0.1; serves the scenarios of
// JSONFILE in order (a JSON array of FakeScenario::fromJson() objects, or an object with
// "scenarios" and an optional "default", such as {"default":{"kind":"story"}} to answer each
// request of the story engine with what it asks for); appends each request as one JSON line
// (index, connection, method, path, query, headers, body) to the log; exits 0 on SIGTERM or
// SIGINT, and on end of input when asked (not by default: a background job's stdin is often
// /dev/null).
// Exit 2 on a usage error or a bad scenario file, 1 when it cannot listen or write.
#include "fakeprovider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {

#ifdef Q_OS_UNIX
int s_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the byte (the self-pipe trick).
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}
#endif

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "spielberg-fakeprovider: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"spielberg-fakeprovider"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake Anthropic / OpenAI-compatible provider on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption portFileOption(
        u"port-file"_s, u"Write the port to <path>."_s, u"path"_s);
    const QCommandLineOption scenariosOption(
        u"scenarios"_s, u"Serve the scenarios of <json>."_s, u"json"_s);
    const QCommandLineOption logOption(
        u"log"_s, u"Append each request as a JSON line to <path>."_s, u"path"_s);
    const QCommandLineOption portOption(
        u"port"_s, u"Listen on <port> (default: any free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption stdinOption(
        u"exit-on-stdin-eof"_s, u"Exit when standard input ends."_s);
    parser.addOptions({ portFileOption, scenariosOption, logOption, portOption, stdinOption });
    if (!parser.parse(app.arguments())) {
        return fail(2, parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.isSet(portFileOption)) {
        return fail(2, u"--port-file is required"_s);
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        return fail(2, u"--port must be a number from 0 to 65535"_s);
    }

    FakeProvider provider;
    if (parser.isSet(scenariosOption)) {
        QFile file(parser.value(scenariosOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(2, u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError) {
            return fail(2,
                u"%1: %2 at offset %3"_s.arg(file.fileName(), error.errorString())
                    .arg(error.offset));
        }
        QJsonArray list = doc.array();
        if (doc.isObject()) {
            list = doc.object().value(u"scenarios"_s).toArray();
            if (doc.object().contains(u"default"_s)) {
                QString why;
                const auto scenario
                    = FakeScenario::fromJson(doc.object().value(u"default"_s).toObject(), &why);
                if (!scenario) {
                    return fail(2, u"%1: default: %2"_s.arg(file.fileName(), why));
                }
                provider.setDefaultScenario(*scenario);
            }
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString why;
            const auto scenario = FakeScenario::fromJson(list.at(i).toObject(), &why);
            if (!scenario) {
                return fail(2, u"%1: scenario %2: %3"_s.arg(file.fileName()).arg(i).arg(why));
            }
            provider.enqueue(*scenario);
        }
    }

    QFile log;
    if (parser.isSet(logOption)) {
        log.setFileName(parser.value(logOption));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            return fail(1, u"cannot write %1: %2"_s.arg(log.fileName(), log.errorString()));
        }
        QObject::connect(
            &provider, &FakeProvider::requestReceived, &provider, [&log, &provider](int index) {
                const QJsonObject line = provider.requests().at(index).toJson();
                log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
                log.flush();
            });
    }

    if (!provider.listen(static_cast<quint16>(port))) {
        return fail(1, u"cannot listen on 127.0.0.1:%1"_s.arg(port));
    }
    QSaveFile portFile(parser.value(portFileOption));
    if (!portFile.open(QIODevice::WriteOnly)
        || portFile.write(QByteArray::number(provider.port()) + '\n') < 0 || !portFile.commit()) {
        return fail(1, u"cannot write %1: %2"_s.arg(portFile.fileName(), portFile.errorString()));
    }
    std::fprintf(stderr, "spielberg-fakeprovider: listening on 127.0.0.1:%u\n", provider.port());

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        return fail(1, u"cannot create the signal pipe"_s);
    }
    QSocketNotifier signalNotifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    stdinNotifier.setEnabled(parser.isSet(stdinOption));
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, &app, [&stdinNotifier] {
        char buffer[4096];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinNotifier.setEnabled(false);
            QCoreApplication::quit();
        }
    });
#endif

    const int code = app.exec();
    provider.closeAll();
    return code;
}
