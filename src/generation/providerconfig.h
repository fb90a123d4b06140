// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace Spielberg {

/**
 * Where and how to reach a model: the wire protocol, the base URL, the model, limits and
 * optional sampling settings. The API key is carried at run time only and never stored with it
 * (not in the job row, not in QSettings).
 *
 * Base URLs follow each provider's convention (docs/cli.md, "Global options"; docs/providers.md
 * §3): Anthropic's is the host root, to which /v1/messages is appended; OpenAI-compatible ones
 * include /v1, to which /chat/completions is appended; a base already ending in /v1 is never
 * doubled.
 */
struct ProviderConfig {
    enum class Kind { Anthropic, OpenAiCompatible };

    Kind kind = Kind::Anthropic;
    QString baseUrl;
    QString model;
    int maxTokens = 16000;
    std::optional<double> temperature; ///< sent only when the writer set it
    QString apiKey;                    ///< run time only

    /** "anthropic" or "openai", as stored in job.provider. */
    QString kindName() const;
    static std::optional<Kind> kindFromName(const QString &name);
    static QString defaultBaseUrl(Kind kind);

    /** The endpoint for `path` ("messages", "chat/completions", "models"). */
    QUrl endpoint(const QString &path) const;

    /**
     * Checks the base URL: absolute http(s); remote hosts must use https, plain http is for
     * loopback only (local models). The Error names the URL and says why.
     */
    static Result<void> checkBaseUrl(const QString &url);
};

} // namespace Spielberg
