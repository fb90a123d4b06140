// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Spielberg {

/**
 * What a provider's stream says, in the app's words, whichever wire protocol carried it. The
 * decoders turn SSE events into these; a provider call turns them into job progress.
 */
struct StreamEvent {
    enum class Kind {
        Text,  ///< `text`: more of the answer
        Usage, ///< `inputTokens`/`outputTokens` (cumulative; -1 where not given)
        Stop,  ///< `stopReason`: the model finished ("end_turn", "max_tokens", …, normalised)
        Done,  ///< the stream's own end marker (Anthropic message_stop, OpenAI [DONE])
        Error, ///< an error event inside a 200 stream: `errorType`, `errorCode`, `text`
        Ping,  ///< keep-alive
    };

    Kind kind = Kind::Text;
    QString text;
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    QString stopReason;
    QString errorType;
    QString errorCode;
    QString requestId;

    /** A token count as a provider sent it; -1 when absent or not a count (negative, 1e33…). */
    static qint64 tokenCount(const QJsonValue &value)
    {
        const qint64 n = value.toInteger(-1);
        return n >= 0 ? n : -1;
    }
};

} // namespace Spielberg
