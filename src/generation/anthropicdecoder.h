// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseparser.h"
#include "streamevent.h"

#include <QList>

namespace Spielberg {

/**
 * Anthropic Messages stream → StreamEvents (docs/providers.md §1.3): message_start (input tokens),
 * content_block_delta text_delta (text), message_delta (stop reason, cumulative usage),
 * message_stop (done), ping, error (classified by `error.type` in the body, never by status).
 * Unknown events and delta types are ignored; malformed JSON is reported as an error event of
 * type "malformed_event". Pure value class.
 */
class AnthropicDecoder
{
public:
    QList<StreamEvent> decode(const SseEvent &event);
};

} // namespace Spielberg
