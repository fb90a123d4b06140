// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

QNetworkRequest ProviderRequest::request(const ProviderConfig &config)
{
    const bool anthropic = config.kind == ProviderConfig::Kind::Anthropic;
    QNetworkRequest request(config.endpoint(anthropic ? u"messages"_s : u"chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // Long generations: the transfer timeout is ours (idle and total limits in the queue).
    request.setTransferTimeout(0);
    if (anthropic) {
        request.setRawHeader("anthropic-version", kAnthropicVersion);
        if (!config.apiKey.isEmpty()) {
            request.setRawHeader("x-api-key", config.apiKey.toUtf8());
        }
    } else if (!config.apiKey.isEmpty()) {
        request.setRawHeader("authorization", "Bearer " + config.apiKey.toUtf8());
    }
    return request;
}

QByteArray ProviderRequest::body(const ProviderConfig &config, const Prompt &prompt,
                                 const QList<ChatTurn> &history)
{
    QJsonArray messages;
    const bool anthropic = config.kind == ProviderConfig::Kind::Anthropic;
    if (!anthropic) {
        messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, prompt.systemText()}});
    }
    for (const ChatTurn &turn : history) {
        messages.append(QJsonObject{{u"role"_s, turn.assistant ? u"assistant"_s : u"user"_s},
                                    {u"content"_s, turn.text}});
    }
    messages.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, prompt.user}});

    QJsonObject body{{u"model"_s, config.model}, {u"stream"_s, true}, {u"messages"_s, messages}};
    if (anthropic) {
        QJsonArray system;
        for (const PromptBlock &block : prompt.system) {
            QJsonObject b{{u"type"_s, u"text"_s}, {u"text"_s, block.text}};
            if (block.cacheBreakpoint) {
                b.insert(u"cache_control"_s, QJsonObject{{u"type"_s, u"ephemeral"_s}});
            }
            system.append(b);
        }
        body.insert(u"system"_s, system);
        body.insert(u"max_tokens"_s, config.maxTokens);
    } else {
        body.insert(u"max_tokens"_s, config.maxTokens);
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    if (!prompt.schema.isEmpty()) {
        // Structured output (docs/providers.md): the answer is JSON of the schema, still
        // streamed as text deltas.
        if (anthropic) {
            body.insert(u"output_config"_s,
                        QJsonObject{{u"format"_s, QJsonObject{{u"type"_s, u"json_schema"_s}, {u"schema"_s, prompt.schema}}}});
        } else {
            body.insert(u"response_format"_s,
                        QJsonObject{{u"type"_s, u"json_schema"_s},
                                    {u"json_schema"_s, QJsonObject{{u"name"_s, prompt.schemaName.isEmpty() ? u"answer"_s : prompt.schemaName},
                                                                   {u"strict"_s, true},
                                                                   {u"schema"_s, prompt.schema}}}});
        }
    }
    if (config.temperature) {
        body.insert(u"temperature"_s, *config.temperature);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace Spielberg
