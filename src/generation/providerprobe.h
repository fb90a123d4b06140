// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerconfig.h"

#include <core/promptbuilder.h>
#include <core/result.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace Spielberg {

/**
 * The provider's small requests, besides generating: the model list (GET /v1/models, which also
 * serves as the Settings dialog's connection test) and an estimate of a prompt's input tokens
 * (Anthropic's POST /v1/messages/count_tokens; elsewhere, or when it fails, about four
 * characters a token, labelled as an estimate). Asynchronous: callbacks run through `context`
 * on its thread, and never if the context died. Widgets call this service; they never touch the
 * network themselves.
 */
class ProviderProbe
{
public:
    struct TokenEstimate {
        qint64 inputTokens = 0;
        bool counted = false; ///< true: the provider counted; false: estimated from characters
    };

    explicit ProviderProbe(QNetworkAccessManager *network);

    void listModels(const ProviderConfig &config, QObject *context,
                    std::function<void(Result<QStringList>)> done) const;
    void estimateTokens(const ProviderConfig &config, const Prompt &prompt, QObject *context,
                        std::function<void(TokenEstimate)> done) const;

    /** About four characters a token: the fallback when the provider cannot count. */
    static qint64 roughTokens(const Prompt &prompt);

private:
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace Spielberg
