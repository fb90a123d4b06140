// SPDX-License-Identifier: GPL-3.0-or-later
#include <generation/retrypolicy.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
AttemptFailure http(int status, const QString &type = {}, const QString &code = {})
{
    AttemptFailure f;
    f.kind = AttemptFailure::Kind::Http;
    f.status = status;
    f.errorType = type;
    f.errorCode = code;
    return f;
}
} // namespace

Q_DECLARE_METATYPE(Spielberg::AttemptFailure)

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisions_data();
    void decisions();
    void backoffIsCappedWithJitter();
    void budgetAndAttempts();
};

void tst_RetryPolicy::decisions_data()
{
    QTest::addColumn<AttemptFailure>("failure");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delayMs"); // -1: the computed backoff
    QTest::newRow("400 bad request") << http(400, u"invalid_request_error"_s) << false << qint64(-1);
    QTest::newRow("401 bad key") << http(401, u"authentication_error"_s) << false << qint64(-1);
    QTest::newRow("403") << http(403) << false << qint64(-1);
    QTest::newRow("404 unknown model") << http(404) << false << qint64(-1);
    QTest::newRow("413 too large") << http(413) << false << qint64(-1);
    QTest::newRow("408") << http(408) << true << qint64(-1);
    QTest::newRow("409") << http(409) << true << qint64(-1);
    QTest::newRow("500 with HTML") << http(500) << true << qint64(-1);
    QTest::newRow("503") << http(503) << true << qint64(-1);
    QTest::newRow("529 overloaded") << http(529, u"overloaded_error"_s) << true << qint64(-1);
    AttemptFailure after = http(429, u"rate_limit_error"_s);
    after.retryAfter = u"1"_s;
    QTest::newRow("429 retry-after: 1") << after << true << qint64(1000);
    AttemptFailure afterMs = http(429);
    afterMs.retryAfterMs = u"1500"_s;
    afterMs.retryAfter = u"9"_s;
    QTest::newRow("retry-after-ms wins") << afterMs << true << qint64(1500);
    AttemptFailure date = http(503);
    date.retryAfter = u"Wed, 25 Nov 2026 10:00:05 GMT"_s;
    QTest::newRow("retry-after as an HTTP date") << date << true << qint64(5000);
    QTest::newRow("429 spend limit") << http(429, u"rate_limit_error"_s, u"enforced_spend_limit_reached"_s) << false << qint64(-1);
    QTest::newRow("429 insufficient_quota") << http(429, u"insufficient_quota"_s, u"insufficient_quota"_s) << false << qint64(-1);
    AttemptFailure shouldNot = http(500);
    shouldNot.shouldRetry = u"false"_s;
    QTest::newRow("x-should-retry: false") << shouldNot << false << qint64(-1);
    AttemptFailure should = http(400);
    should.shouldRetry = u"true"_s;
    QTest::newRow("x-should-retry: true") << should << true << qint64(-1);
    AttemptFailure network;
    network.kind = AttemptFailure::Kind::Network;
    QTest::newRow("network error") << network << true << qint64(-1);
    AttemptFailure tls;
    tls.kind = AttemptFailure::Kind::Tls;
    QTest::newRow("TLS handshake failed") << tls << false << qint64(-1);
    AttemptFailure broken;
    broken.kind = AttemptFailure::Kind::BrokenStream;
    QTest::newRow("broken stream") << broken << true << qint64(-1);
    AttemptFailure overloaded;
    overloaded.kind = AttemptFailure::Kind::StreamError;
    overloaded.errorType = u"overloaded_error"_s;
    QTest::newRow("overloaded error event") << overloaded << true << qint64(-1);
    AttemptFailure invalid = overloaded;
    invalid.errorType = u"invalid_request_error"_s;
    QTest::newRow("invalid request error event") << invalid << false << qint64(-1);
}

void tst_RetryPolicy::decisions()
{
    QFETCH(AttemptFailure, failure);
    QFETCH(bool, retry);
    QFETCH(qint64, delayMs);
    RetryPolicy policy;
    policy.random = [] { return 0.0; }; // no jitter: the delay is exact
    const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0), QTimeZone::UTC);
    const RetryPolicy::Decision d = policy.decide(1, failure, 0, now);
    QCOMPARE(d.retry, retry);
    if (retry) {
        QCOMPARE(d.delayMs, delayMs < 0 ? policy.initialDelayMs : delayMs);
    } else {
        QVERIFY(!d.reason.isEmpty());
    }
}

void tst_RetryPolicy::backoffIsCappedWithJitter()
{
    RetryPolicy policy;
    policy.maxAttempts = 20;
    policy.maxTotalWaitMs = 1'000'000'000;
    double jitter = 0.0;
    policy.random = [&jitter] { return jitter; };
    AttemptFailure f = http(500);
    QList<qint64> delays;
    for (int attempt = 1; attempt <= 7; ++attempt) {
        delays.append(policy.decide(attempt, f, 0, QDateTime::currentDateTimeUtc()).delayMs);
    }
    QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 30000, 30000}));
    jitter = 0.999; // at most a quarter shorter
    const qint64 shortest = policy.decide(3, f, 0, QDateTime::currentDateTimeUtc()).delayMs;
    QVERIFY(shortest > 3000 && shortest <= 4000);
}

void tst_RetryPolicy::budgetAndAttempts()
{
    RetryPolicy policy;
    policy.random = [] { return 0.0; };
    const AttemptFailure f = http(529);
    QVERIFY(!policy.decide(policy.maxAttempts, f, 0, QDateTime::currentDateTimeUtc()).retry);
    // A server asking for more than the remaining waiting budget: give up, and say so.
    AttemptFailure longWait = http(429);
    longWait.retryAfter = u"600"_s;
    const RetryPolicy::Decision d = policy.decide(1, longWait, 0, QDateTime::currentDateTimeUtc());
    QVERIFY(!d.retry);
    QVERIFY(d.reason.contains(u"600"_s));
    QVERIFY(!policy.decide(2, f, policy.maxTotalWaitMs - 10, QDateTime::currentDateTimeUtc()).retry);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
