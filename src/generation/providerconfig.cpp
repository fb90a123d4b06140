// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerconfig.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Spielberg {

QString ProviderConfig::kindName() const
{
    return kind == Kind::Anthropic ? u"anthropic"_s : u"openai"_s;
}

std::optional<ProviderConfig::Kind> ProviderConfig::kindFromName(const QString &name)
{
    if (name == u"anthropic"_s) {
        return Kind::Anthropic;
    }
    if (name == u"openai"_s) {
        return Kind::OpenAiCompatible;
    }
    return std::nullopt;
}

QString ProviderConfig::defaultBaseUrl(Kind kind)
{
    return kind == Kind::Anthropic ? u"https://api.anthropic.com"_s : u"https://api.openai.com/v1"_s;
}

QUrl ProviderConfig::endpoint(const QString &path) const
{
    QUrl url(baseUrl.trimmed());
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    if (kind == Kind::OpenAiCompatible && base.isEmpty()) {
        base = u"/v1"_s; // "http://localhost:11434" means its OpenAI-compatible /v1
    }
    if (!base.endsWith(u"/v1"_s) && kind == Kind::Anthropic) {
        base += u"/v1"_s;
    }
    url.setPath(base + u'/' + path);
    return url;
}

Result<void> ProviderConfig::checkBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        return makeError(ErrorCode::InvalidInput, ErrorKey::BadBaseUrl, {text},
                         u"the base URL '%1' is not an http(s) address like https://api.anthropic.com"_s.arg(text));
    }
    if (url.scheme() == u"http"_s) {
        const QString host = url.host();
        const QHostAddress address(host);
        const bool loopback = host == u"localhost"_s || (!address.isNull() && address.isLoopback());
        if (!loopback) {
            return makeError(ErrorCode::InvalidInput, ErrorKey::RemotePlainHttp, {text},
                             u"the base URL '%1' uses plain http to a remote host; use https (plain "
                             "http is only for a model on this computer)"_s.arg(text));
        }
    }
    return {};
}

} // namespace Spielberg
