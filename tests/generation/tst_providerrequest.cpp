// SPDX-License-Identifier: GPL-3.0-or-later
#include <generation/providerrequest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_ProviderRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void baseUrlChecks_data();
    void baseUrlChecks();
    void anthropicRequest();
    void openAiRequest();
};

void tst_ProviderRequest::endpoints_data()
{
    QTest::addColumn<bool>("anthropic");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("anthropic root") << true << u"https://api.anthropic.com"_s << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("anthropic trailing slash") << true << u"https://api.anthropic.com/"_s << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("anthropic /v1 not doubled") << true << u"http://127.0.0.1:8080/v1"_s << u"http://127.0.0.1:8080/v1/messages"_s;
    QTest::newRow("openai") << false << u"https://api.openai.com/v1"_s << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::newRow("ollama") << false << u"http://localhost:11434/v1/"_s << u"http://localhost:11434/v1/chat/completions"_s;
    QTest::newRow("host only means /v1") << false << u"http://localhost:1234"_s << u"http://localhost:1234/v1/chat/completions"_s;
    QTest::newRow("openrouter path") << false << u"https://openrouter.ai/api/v1"_s << u"https://openrouter.ai/api/v1/chat/completions"_s;
}

void tst_ProviderRequest::endpoints()
{
    QFETCH(bool, anthropic);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    ProviderConfig config;
    config.kind = anthropic ? ProviderConfig::Kind::Anthropic : ProviderConfig::Kind::OpenAiCompatible;
    config.baseUrl = base;
    QCOMPARE(config.endpoint(anthropic ? u"messages"_s : u"chat/completions"_s).toString(), expected);
}

void tst_ProviderRequest::baseUrlChecks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https remote") << u"https://api.anthropic.com"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:11434/v1"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:1234/v1"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http remote refused") << u"http://api.example.com/v1"_s << false;
    QTest::newRow("http private address refused") << u"http://192.168.1.5:11434/v1"_s << false;
    QTest::newRow("not a URL") << u"api.anthropic.com"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
}

void tst_ProviderRequest::baseUrlChecks()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const Result<void> r = ProviderConfig::checkBaseUrl(url);
    QCOMPARE(bool(r), ok);
    if (!ok) {
        QVERIFY(r.error().message.contains(url));
    }
}

void tst_ProviderRequest::anthropicRequest()
{
    ProviderConfig config;
    config.baseUrl = u"https://api.anthropic.com"_s;
    config.model = u"claude-test"_s;
    config.apiKey = u"sk-secret-key"_s;
    Prompt prompt;
    prompt.system = {{u"persona"_s, false}, {u"bible"_s, true}};
    prompt.user = u"Write."_s;
    const QNetworkRequest request = ProviderRequest::request(config);
    QCOMPARE(request.rawHeader("x-api-key"), QByteArray("sk-secret-key"));
    QCOMPARE(request.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(!request.hasRawHeader("authorization"));

    const QByteArray bytes = ProviderRequest::body(config, prompt, {{false, u"first"_s}, {true, u"answer"_s}});
    QVERIFY(!bytes.contains("sk-secret-key")); // the key never goes into the body
    const QJsonObject body = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(body[u"model"_s].toString(), u"claude-test"_s);
    QVERIFY(body[u"stream"_s].toBool());
    QVERIFY(body[u"max_tokens"_s].toInt() > 0);
    QVERIFY(!body.contains(u"temperature"_s)); // only when set
    const QJsonArray system = body[u"system"_s].toArray();
    QCOMPARE(system.size(), 2);
    QVERIFY(!system[0].toObject().contains(u"cache_control"_s));
    QCOMPARE(system[1][u"cache_control"_s][u"type"_s].toString(), u"ephemeral"_s);
    const QJsonArray messages = body[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.last()[u"role"_s].toString(), u"user"_s); // never an assistant prefill
    QCOMPARE(messages.last()[u"content"_s].toString(), u"Write."_s);

    config.temperature = 0.7;
    QCOMPARE(QJsonDocument::fromJson(ProviderRequest::body(config, prompt)).object()[u"temperature"_s].toDouble(), 0.7);
}

void tst_ProviderRequest::openAiRequest()
{
    ProviderConfig config;
    config.kind = ProviderConfig::Kind::OpenAiCompatible;
    config.baseUrl = u"http://localhost:11434/v1"_s;
    config.model = u"llama3"_s;
    config.apiKey = u"ollama"_s;
    Prompt prompt;
    prompt.system = {{u"persona"_s, false}, {u"bible"_s, true}};
    prompt.user = u"Write."_s;
    QCOMPARE(ProviderRequest::request(config).rawHeader("authorization"), QByteArray("Bearer ollama"));
    const QJsonObject body = QJsonDocument::fromJson(ProviderRequest::body(config, prompt)).object();
    QVERIFY(body[u"stream_options"_s][u"include_usage"_s].toBool());
    const QJsonArray messages = body[u"messages"_s].toArray();
    QCOMPARE(messages.first()[u"role"_s].toString(), u"system"_s);
    QCOMPARE(messages.first()[u"content"_s].toString(), u"persona\n\nbible"_s);
    QCOMPARE(messages.last()[u"role"_s].toString(), u"user"_s);
}

QTEST_GUILESS_MAIN(tst_ProviderRequest)
#include "tst_providerrequest.moc"
