// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerconfig.h"

#include <core/promptbuilder.h>

#include <QByteArray>
#include <QNetworkRequest>

namespace Spielberg {

/** One turn of the conversation sent after the system prompt. */
struct ChatTurn {
    bool assistant = false;
    QString text;
};

/**
 * The HTTP request of one generation attempt, per protocol (docs/providers.md §1.1–1.2,
 * §2.1–2.2): the endpoint, headers (the key as `x-api-key` with a pinned `anthropic-version`, or
 * `Authorization: Bearer`), and the JSON body with streaming on, the system prompt (Anthropic:
 * blocks, with `cache_control` after the character bible) and the turns, whose last one is always
 * the user's. Sampling parameters appear only when set. A prompt with a schema asks for
 * structured output: Anthropic's `output_config.format`, OpenAI's `response_format` with a
 * strict `json_schema`. Pure.
 */
class ProviderRequest
{
public:
    /** The API version we pin: 2023-06-01 still accepts a temperature (providers.md §1.1). */
    static constexpr const char *kAnthropicVersion = "2023-06-01";

    static QNetworkRequest request(const ProviderConfig &config);
    static QByteArray body(const ProviderConfig &config, const Prompt &prompt,
                           const QList<ChatTurn> &history = {});
};

} // namespace Spielberg
