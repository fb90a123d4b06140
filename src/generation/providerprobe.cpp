// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerprobe.h"

#include "providerrequest.h"
#include "streamevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
constexpr int kProbeTimeoutMs = 15000;

QNetworkRequest probeRequest(const ProviderConfig &config, const QString &path)
{
    QNetworkRequest request = ProviderRequest::request(config);
    request.setUrl(config.endpoint(path));
    request.setRawHeader("accept", "application/json");
    request.setTransferTimeout(kProbeTimeoutMs);
    return request;
}
} // namespace

ProviderProbe::ProviderProbe(QNetworkAccessManager *network)
    : m_network(network)
{
}

qint64 ProviderProbe::roughTokens(const Prompt &prompt)
{
    return (prompt.systemText().size() + prompt.user.size() + 3) / 4;
}

void ProviderProbe::listModels(const ProviderConfig &config, QObject *context,
                               std::function<void(Result<QStringList>)> done) const
{
    if (Result<void> ok = ProviderConfig::checkBaseUrl(config.baseUrl); !ok) {
        QMetaObject::invokeMethod(context, [done, error = ok.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_network) {
        QMetaObject::invokeMethod(context, [done] { done(makeError(ErrorCode::Network, u"no network access"_s)); },
                                  Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_network->get(probeRequest(config, u"models"_s));
    const QString host = config.endpoint({}).host();
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, host] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            done(makeError(ErrorCode::Network, u"could not reach %1: %2"_s.arg(host, reply->errorString())));
            return;
        }
        if (status == 401 || status == 403) {
            done(makeError(ErrorCode::Provider, u"%1 did not accept the API key (HTTP %2)"_s.arg(host).arg(status)));
            return;
        }
        if (status >= 300) {
            done(makeError(ErrorCode::Provider, u"%1 answered HTTP %2 to the model list"_s.arg(host).arg(status)));
            return;
        }
        // Both Anthropic and OpenAI-compatible servers answer {"data": [{"id": …}, …]}.
        const QJsonArray data = QJsonDocument::fromJson(body).object().value(u"data"_s).toArray();
        QStringList models;
        for (const QJsonValue &v : data) {
            const QString id = v.toObject().value(u"id"_s).toString();
            if (!id.isEmpty()) {
                models.append(id);
            }
        }
        if (models.isEmpty()) {
            done(makeError(ErrorCode::Provider, u"%1 listed no models"_s.arg(host)));
            return;
        }
        done(models);
    });
}

void ProviderProbe::estimateTokens(const ProviderConfig &config, const Prompt &prompt, QObject *context,
                                   std::function<void(TokenEstimate)> done) const
{
    const TokenEstimate rough{roughTokens(prompt), false};
    if (config.kind != ProviderConfig::Kind::Anthropic || !m_network || !ProviderConfig::checkBaseUrl(config.baseUrl)) {
        QMetaObject::invokeMethod(context, [done, rough] { done(rough); }, Qt::QueuedConnection);
        return;
    }
    QJsonObject body = QJsonDocument::fromJson(ProviderRequest::body(config, prompt)).object();
    body.remove(u"stream"_s);
    body.remove(u"max_tokens"_s);
    body.remove(u"temperature"_s);
    QNetworkRequest request = probeRequest(config, u"messages/count_tokens"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, rough] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonValue tokens = QJsonDocument::fromJson(reply->readAll()).object().value(u"input_tokens"_s);
        if (const qint64 count = StreamEvent::tokenCount(tokens); status == 200 && count >= 0) {
            done(TokenEstimate{count, true});
        } else {
            done(rough);
        }
    });
}

} // namespace Spielberg
