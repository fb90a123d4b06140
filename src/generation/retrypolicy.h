// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace Spielberg {

/** How one attempt failed, as far as deciding a retry needs to know. */
struct AttemptFailure {
    enum class Kind {
        Http,         ///< an HTTP error status before the stream started (`status`)
        Network,      ///< connection refused, reset, DNS, a timeout
        Tls,          ///< the secure connection could not be made (an untrusted certificate…)
        BrokenStream, ///< the stream stopped early, went idle too long, or was unreadable
        StreamError,  ///< an `error` event inside a 200 stream (`errorType`)
    };
    Kind kind = Kind::Network;
    int status = 0;
    QString errorType;   ///< "overloaded_error", "rate_limit_error", "insufficient_quota"…
    QString errorCode;   ///< error.details.error_code / OpenAI error.code
    QString retryAfterMs;  ///< the `retry-after-ms` header as sent
    QString retryAfter;    ///< the `retry-after` header as sent (seconds or an HTTP date)
    QString shouldRetry;   ///< the `x-should-retry` header as sent
};

/**
 * Whether and when to try a failed generation attempt again: a pure function of the attempt
 * number, the failure, the time already spent waiting and the clock, with the jitter source
 * injected so tests are exact.
 *
 * Retried (docs/providers.md §1.5–1.6, §2.4, §4): 408, 409, 429, 5xx, 529, network errors,
 * broken and idle streams, and overloaded/api/rate-limit error events. Never retried: a failed TLS
 * handshake (an untrusted or wrong certificate stays so), 400, 401, 402, 403,
 * 404, 413, 422, a spend-limit 429 (`enforced_spend_limit_reached`, `contract_spend_limit_reached`)
 * and OpenAI's `insufficient_quota`. `x-should-retry` overrides the status. The delay is the
 * server's (`retry-after-ms`, then `retry-after`) when it gives one, else capped exponential
 * backoff with up to 25 % jitter, as the official SDKs compute it, with more attempts since a job
 * is not interactive. A wait that would exceed the waiting budget gives up instead.
 */
class RetryPolicy
{
public:
    struct Decision {
        bool retry = false;
        qint64 delayMs = 0;
        QString reason; ///< why not, for the job's error message (empty when retrying)
    };

    int maxAttempts = 6;
    qint64 maxTotalWaitMs = 5 * 60 * 1000;
    qint64 initialDelayMs = 1000;
    qint64 maxDelayMs = 30 * 1000;
    /** Returns a number in [0, 1); replaced in tests. */
    std::function<double()> random;

    RetryPolicy();

    /**
     * `attempt` is the number of attempts made so far (1 after the first failed), `waitedMs` the
     * time already spent waiting between attempts, `now` the clock (for HTTP-date retry-after).
     */
    Decision decide(int attempt, const AttemptFailure &failure, qint64 waitedMs,
                    const QDateTime &now) const;

    /** True for failures no retry can fix (a wrong key, a bad request, no credit). */
    static bool isPermanent(const AttemptFailure &failure);
};

} // namespace Spielberg
