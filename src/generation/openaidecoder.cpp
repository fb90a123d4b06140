// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaidecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Spielberg {

QList<StreamEvent> OpenAiDecoder::decode(const SseEvent &sse)
{
    if (sse.data.startsWith(u"[DONE]"_s)) {
        return {StreamEvent{StreamEvent::Kind::Done, {}, -1, -1, {}, {}, {}, {}}};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(sse.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        StreamEvent e;
        e.kind = StreamEvent::Kind::Error;
        e.errorType = u"malformed_event"_s;
        e.text = u"the provider sent an unreadable stream chunk"_s;
        return {e};
    }
    const QJsonObject o = doc.object();
    QList<StreamEvent> out;
    if (o.contains(u"error"_s) && !o.value(u"error"_s).isNull()) {
        // OpenAI, OpenRouter and llama.cpp send an object; Ollama's native API a bare string.
        const QJsonValue error = o.value(u"error"_s);
        StreamEvent e;
        e.kind = StreamEvent::Kind::Error;
        if (error.isString()) {
            e.text = error.toString();
        } else {
            const QJsonObject eo = error.toObject();
            e.text = eo.value(u"message"_s).toString();
            e.errorType = eo.value(u"type"_s).toString();
            const QJsonValue code = eo.value(u"code"_s);
            e.errorCode = code.isString() ? code.toString()
                : code.isDouble()         ? QString::number(code.toDouble(), 'g', 17)
                                          : QString();
        }
        return {e};
    }
    const QJsonValue choicesValue = o.value(u"choices"_s);
    const QJsonArray choices = choicesValue.isArray() ? choicesValue.toArray() : QJsonArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QJsonValue content = choice.value(u"delta"_s).toObject().value(u"content"_s);
        if (content.isString() && !content.toString().isEmpty()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Text;
            e.text = content.toString();
            out.append(e);
        }
        const QJsonValue finish = choice.value(u"finish_reason"_s);
        if (finish.isString()) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Stop;
            const QString reason = finish.toString();
            e.stopReason = reason == u"length"_s ? u"max_tokens"_s
                : reason == u"stop"_s            ? u"end_turn"_s
                                                 : reason;
            out.append(e);
        }
    }
    const QJsonValue usageValue = o.value(u"usage"_s);
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        StreamEvent e;
        e.kind = StreamEvent::Kind::Usage;
        e.inputTokens = StreamEvent::tokenCount(usage.value(u"prompt_tokens"_s));
        e.outputTokens = StreamEvent::tokenCount(usage.value(u"completion_tokens"_s));
        out.append(e);
    }
    return out;
}

} // namespace Spielberg
