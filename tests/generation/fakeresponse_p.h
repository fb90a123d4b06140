// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakescenario.h"

#include <QByteArray>
#include <QList>

namespace Spielberg::Test {

struct RecordedRequest;

enum class FakeProtocol { Anthropic, OpenAi };

/**
 * The bytes of one HTTP response, ready for FakeConnection to play: the status line and headers,
 * then the body pieces (each one HTTP chunk when chunked), then how the exchange ends. Built by
 * the pure functions below from a scenario and the request; knows no socket.
 */
struct FakeResponse {
    enum class End {
        Finish, ///< complete; the connection stays open for the next request
        Close, ///< complete, then the server closes the connection
        Drop, ///< no end: the connection is reset after the pieces
        Hang, ///< no end: silence until closed
        Endless, ///< no end: endlessPiece every endlessIntervalMs until closed
    };

    QByteArray head;
    QList<QByteArray> pieces;
    bool chunked = false;
    End end = End::Finish;
    int delayMs = 0;
    QByteArray endlessPiece;
    int endlessIntervalMs = 50;

    /** Renders a generation request's answer (or fault) in the protocol's wire format. */
    static FakeResponse generation(
        const FakeScenario &scenario, FakeProtocol protocol, const RecordedRequest &request);
    /** A JSON (or other) body with Content-Length and the provider's usual headers. */
    static FakeResponse plain(int status,
        const QByteArray &body,
        FakeProtocol protocol,
        const RecordedRequest &request,
        const QByteArray &contentType = "application/json",
        const FakeScenario::Headers &extra = {});
    /** The provider's error shape: Anthropic {"type":"error",...}, OpenAI {"error":{...}}. */
    static FakeResponse error(int status,
        FakeProtocol protocol,
        const RecordedRequest &request,
        const QString &type = {},
        const QString &message = {},
        const QString &code = {});
    /** The Anthropic error type of a status (400 invalid_request_error, 529 overloaded_error…). */
    static QString anthropicErrorType(int status);
};

} // namespace Spielberg::Test
