// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace Spielberg {

/** What kind of failure an Error is; callers branch on this, never on message text. */
enum class ErrorCode {
    InvalidInput, ///< the caller's input is wrong (an empty name, an unknown genre, bad UTF-8)
    NotFound,     ///< an id or file that does not exist
    Io,           ///< a file could not be read or written
    Database,     ///< the database refused or failed
    Network,      ///< a transport failure (retryable)
    Provider,     ///< the provider answered with an error
    Cancelled,    ///< the user or a limit stopped the work
    Internal,     ///< a bug
};

/**
 * Which failure, for a face that says it in the writer's language: the UI translates a keyed
 * Error from its key and arguments (ui/errortext.h); the command line prints `message`.
 */
enum class ErrorKey {
    None,              ///< no translation: the message is shown as it is
    NoModel,           ///< no model is chosen
    EmptyPrompt,       ///< the instruction for the model is empty
    BadBaseUrl,        ///< args: the address
    RemotePlainHttp,   ///< args: the address
    NoScript,          ///< args: the id
    NoVersion,         ///< args: script id, number
    NoVersions,        ///< args: script id
    NoCharacter,       ///< args: the id
    NoScene,           ///< args: the id
    NoJob,             ///< args: the id
    JobNotCancellable, ///< args: job id, its status id
    JobNotRetryable,   ///< args: job id, its status id
    EmptyTitle,        ///< a script without a title
    EmptyName,         ///< a character without a name
    LibraryBusy,       ///< another program holds the library's write lock
};

/**
 * A failure: `message` is one sentence in English for the command line and the logs, naming
 * what is wrong; `key` and `args` let the UI say it in the writer's language; `detail` is extra
 * context for logs. Never holds secrets.
 */
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    ErrorKey key = ErrorKey::None;
    QStringList args;
};

/**
 * A value or an Error, after std::expected (C++23), so it can become an alias later.
 * Accessing the wrong alternative is a programmer error (asserts in debug builds).
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but success or an Error. */
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), ErrorKey::None, {}};
}

/** An Error the UI can translate: `key` with `args`, and the English `message`. */
inline Error makeError(ErrorCode code, ErrorKey key, QStringList args, QString message)
{
    return Error{code, std::move(message), {}, key, std::move(args)};
}

} // namespace Spielberg
