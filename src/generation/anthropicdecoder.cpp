// SPDX-License-Identifier: GPL-3.0-or-later
#include "anthropicdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
StreamEvent malformed(const QString &name)
{
    StreamEvent e;
    e.kind = StreamEvent::Kind::Error;
    e.errorType = u"malformed_event"_s;
    e.text = u"the provider sent an unreadable '%1' event"_s.arg(name);
    return e;
}

qint64 tokens(const QJsonObject &usage, const QString &key)
{
    return StreamEvent::tokenCount(usage.value(key));
}
} // namespace

QList<StreamEvent> AnthropicDecoder::decode(const SseEvent &sse)
{
    // Every Anthropic event is named, and its JSON repeats the name in "type"; the SSE name
    // decides, as in both SDKs.
    const QString name = sse.event.isEmpty() ? QString() : sse.event;
    if (name == u"ping"_s) {
        return {StreamEvent{StreamEvent::Kind::Ping, {}, -1, -1, {}, {}, {}, {}}};
    }
    static const QStringList kKnown{u"message_start"_s, u"content_block_start"_s,
                                    u"content_block_delta"_s, u"content_block_stop"_s,
                                    u"message_delta"_s, u"message_stop"_s, u"error"_s};
    if (!kKnown.contains(name)) {
        return {}; // unknown events are ignored (the API may add new ones)
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(sse.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return {malformed(name)};
    }
    const QJsonObject o = doc.object();
    QList<StreamEvent> out;
    if (name == u"message_start"_s) {
        const QJsonObject usage = o.value(u"message"_s).toObject().value(u"usage"_s).toObject();
        StreamEvent e;
        e.kind = StreamEvent::Kind::Usage;
        e.inputTokens = tokens(usage, u"input_tokens"_s);
        e.outputTokens = tokens(usage, u"output_tokens"_s);
        out.append(e);
    } else if (name == u"content_block_delta"_s) {
        const QJsonObject delta = o.value(u"delta"_s).toObject();
        if (delta.value(u"type"_s).toString() == u"text_delta"_s) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Text;
            e.text = delta.value(u"text"_s).toString();
            out.append(e);
        }
    } else if (name == u"message_delta"_s) {
        const QJsonObject usage = o.value(u"usage"_s).toObject();
        if (!usage.isEmpty()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Usage;
            e.inputTokens = tokens(usage, u"input_tokens"_s);
            e.outputTokens = tokens(usage, u"output_tokens"_s);
            out.append(e);
        }
        const QJsonValue stop = o.value(u"delta"_s).toObject().value(u"stop_reason"_s);
        if (stop.isString()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Stop;
            e.stopReason = stop.toString();
            out.append(e);
        }
    } else if (name == u"message_stop"_s) {
        out.append(StreamEvent{StreamEvent::Kind::Done, {}, -1, -1, {}, {}, {}, {}});
    } else if (name == u"error"_s) {
        const QJsonObject error = o.value(u"error"_s).toObject();
        StreamEvent e;
        e.kind = StreamEvent::Kind::Error;
        e.errorType = error.value(u"type"_s).toString();
        e.errorCode = error.value(u"details"_s).toObject().value(u"error_code"_s).toString();
        e.text = error.value(u"message"_s).toString();
        e.requestId = o.value(u"request_id"_s).toString();
        out.append(e);
    }
    return out;
}

} // namespace Spielberg
