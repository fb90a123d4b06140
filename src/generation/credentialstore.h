// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Spielberg {

/**
 * Where API keys live, one per provider ("anthropic", "openai"). Asynchronous, since the
 * system keychain may ask the writer; callbacks run on the caller's thread, through `context`
 * (dropped if it died). Keys never go anywhere else: not the database, QSettings or logs.
 */
class CredentialStore
{
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Result<void>)>;

    virtual ~CredentialStore() = default;

    /** The key, an empty string when none is stored, or an Error (no keychain, access denied). */
    virtual void read(const QString &provider, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &provider, const QString &key, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &provider, QObject *context, WriteCallback done) = 0;
};

/**
 * The keys from the environment first (ANTHROPIC_API_KEY, OPENAI_API_KEY), then a backing
 * store (the keychain). When the backing store fails because there is no keychain on this
 * system, the read still succeeds with an empty key and the reason is kept in lastWarning() so
 * the app can say why no key was found.
 */
class EnvironmentCredentials : public CredentialStore
{
public:
    explicit EnvironmentCredentials(CredentialStore *backing = nullptr);

    static QString variableFor(const QString &provider);

    void read(const QString &provider, QObject *context, ReadCallback done) override;
    void write(const QString &provider, const QString &key, QObject *context, WriteCallback done) override;
    void remove(const QString &provider, QObject *context, WriteCallback done) override;

    QString lastWarning() const { return m_warning; }

private:
    CredentialStore *m_backing;
    QString m_warning;
};

/** Keys in memory only, for tests and for a session that keeps nothing. */
class MemoryCredentials : public CredentialStore
{
public:
    void read(const QString &provider, QObject *context, ReadCallback done) override;
    void write(const QString &provider, const QString &key, QObject *context, WriteCallback done) override;
    void remove(const QString &provider, QObject *context, WriteCallback done) override;

private:
    QHash<QString, QString> m_keys;
};

} // namespace Spielberg
