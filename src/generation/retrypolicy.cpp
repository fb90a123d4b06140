// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

bool isSpendLimit(const AttemptFailure &f)
{
    return f.errorCode == u"enforced_spend_limit_reached"_s || f.errorCode == u"contract_spend_limit_reached"_s
        || f.errorType == u"insufficient_quota"_s || f.errorCode == u"insufficient_quota"_s
        || f.errorType == u"billing_error"_s;
}

// The server's requested delay in milliseconds, or -1 when it gave none we can use.
qint64 serverDelayMs(const AttemptFailure &f, const QDateTime &now)
{
    bool ok = false;
    const double ms = f.retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms > 0) {
        return qint64(ms);
    }
    const QString after = f.retryAfter.trimmed();
    if (after.isEmpty()) {
        return -1;
    }
    const double seconds = after.toDouble(&ok);
    if (ok) {
        return seconds > 0 ? qint64(seconds * 1000.0) : -1;
    }
    // An HTTP date (RFC 7231 IMF-fixdate), e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(after, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid()) {
        return -1;
    }
    when.setTimeZone(QTimeZone::UTC);
    const qint64 delta = now.msecsTo(when);
    return delta > 0 ? delta : -1;
}

} // namespace

RetryPolicy::RetryPolicy()
    : random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

bool RetryPolicy::isPermanent(const AttemptFailure &f)
{
    if (isSpendLimit(f)) {
        return true;
    }
    switch (f.kind) {
    case AttemptFailure::Kind::Http:
        return !(f.status == 408 || f.status == 409 || f.status == 429 || f.status >= 500);
    case AttemptFailure::Kind::StreamError:
        // Mid-stream errors are classified by their body's type (docs/providers.md §1.3).
        return f.errorType == u"invalid_request_error"_s || f.errorType == u"authentication_error"_s
            || f.errorType == u"permission_error"_s || f.errorType == u"not_found_error"_s
            || f.errorType == u"request_too_large"_s;
    case AttemptFailure::Kind::Tls:
        return true;
    case AttemptFailure::Kind::Network:
    case AttemptFailure::Kind::BrokenStream:
        return false;
    }
    return false;
}

RetryPolicy::Decision RetryPolicy::decide(int attempt, const AttemptFailure &f, qint64 waitedMs,
                                          const QDateTime &now) const
{
    Decision d;
    bool retryable = !isPermanent(f);
    // x-should-retry wins over the status (as in the SDKs), but never over a spend limit.
    if (!isSpendLimit(f)) {
        if (f.shouldRetry.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
            retryable = true;
        } else if (f.shouldRetry.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
            retryable = false;
        }
    }
    if (!retryable) {
        d.reason = u"not retryable"_s;
        return d;
    }
    if (attempt >= maxAttempts) {
        d.reason = u"gave up after %1 attempts"_s.arg(attempt);
        return d;
    }
    qint64 delay = serverDelayMs(f, now);
    if (delay < 0) {
        const double base = std::min(double(initialDelayMs) * std::pow(2.0, attempt - 1), double(maxDelayMs));
        delay = qint64(base * (1.0 - 0.25 * random()));
    }
    if (waitedMs + delay > maxTotalWaitMs) {
        d.reason = u"the provider asked to wait %1 s, beyond the retry budget"_s.arg((delay + 999) / 1000);
        return d;
    }
    d.retry = true;
    d.delayMs = delay;
    return d;
}

} // namespace Spielberg
