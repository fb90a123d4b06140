// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseparser.h"
#include "streamevent.h"

#include <QList>

namespace Spielberg {

/**
 * OpenAI-compatible chat-completion stream → StreamEvents (docs/providers.md §2.3–2.4):
 * `delta.content` (text), `finish_reason` (stop; "length" becomes "max_tokens", "stop" becomes
 * "end_turn"), a usage chunk with empty or missing `choices` (usage), `[DONE]` (done), and a data
 * object with an `error` key (error; `error` may be a string or an object). Never indexes an
 * empty `choices`. Unknown fields are ignored. Pure value class.
 */
class OpenAiDecoder
{
public:
    QList<StreamEvent> decode(const SseEvent &event);
};

} // namespace Spielberg
