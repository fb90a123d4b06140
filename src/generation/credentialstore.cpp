// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
// Runs `f` on the context's thread after the current call returns, unless the context died.
void later(QObject *context, std::function<void()> f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}
} // namespace

EnvironmentCredentials::EnvironmentCredentials(CredentialStore *backing)
    : m_backing(backing)
{
}

QString EnvironmentCredentials::variableFor(const QString &provider)
{
    return provider == u"anthropic"_s ? u"ANTHROPIC_API_KEY"_s : u"OPENAI_API_KEY"_s;
}

void EnvironmentCredentials::read(const QString &provider, QObject *context, ReadCallback done)
{
    const QString fromEnvironment = qEnvironmentVariable(variableFor(provider).toLatin1().constData());
    if (!fromEnvironment.isEmpty() || !m_backing) {
        later(context, [done, fromEnvironment] { done(fromEnvironment); });
        return;
    }
    m_backing->read(provider, context, [this, done](Result<QString> key) {
        if (!key) {
            // No keychain (or it refused): the environment was the only other place.
            m_warning = key.error().message;
            done(QString());
            return;
        }
        m_warning.clear();
        done(std::move(key));
    });
}

void EnvironmentCredentials::write(const QString &provider, const QString &key, QObject *context, WriteCallback done)
{
    if (!m_backing) {
        later(context, [done] {
            done(makeError(ErrorCode::Io, u"there is no keychain to store the key in"_s));
        });
        return;
    }
    m_backing->write(provider, key, context, std::move(done));
}

void EnvironmentCredentials::remove(const QString &provider, QObject *context, WriteCallback done)
{
    if (!m_backing) {
        later(context, [done] { done(Result<void>()); });
        return;
    }
    m_backing->remove(provider, context, std::move(done));
}

void MemoryCredentials::read(const QString &provider, QObject *context, ReadCallback done)
{
    const QString key = m_keys.value(provider);
    later(context, [done, key] { done(key); });
}

void MemoryCredentials::write(const QString &provider, const QString &key, QObject *context, WriteCallback done)
{
    m_keys.insert(provider, key);
    later(context, [done] { done(Result<void>()); });
}

void MemoryCredentials::remove(const QString &provider, QObject *context, WriteCallback done)
{
    m_keys.remove(provider);
    later(context, [done] { done(Result<void>()); });
}

} // namespace Spielberg
