// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentials.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Io,
                         u"no system keychain is available (on Linux, a Secret Service such as GNOME "
                         "Keyring or KWallet); set the key in the environment instead"_s,
                         job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::Io, u"the system keychain refused access while %1"_s.arg(what), job.errorString());
    default:
        return makeError(ErrorCode::Io, u"the system keychain failed while %1"_s.arg(what), job.errorString());
    }
}

template<typename JobType, typename Done>
void run(JobType *job, QObject *context, const QString &what, Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, guard, what, done](QKeychain::Job *) {
        if (!guard) {
            return;
        }
        done(job, what);
    });
    job->start();
}

} // namespace

void KeychainCredentials::read(const QString &provider, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setKey(provider);
    run(job, context, u"reading the %1 key"_s.arg(provider), [done](QKeychain::ReadPasswordJob *j, const QString &what) {
        if (j->error() == QKeychain::EntryNotFound) {
            done(QString());
        } else if (j->error() != QKeychain::NoError) {
            done(keychainError(*j, what));
        } else {
            done(j->textData());
        }
    });
}

void KeychainCredentials::write(const QString &provider, const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setKey(provider);
    job->setTextData(key);
    run(job, context, u"storing the %1 key"_s.arg(provider), [done](QKeychain::WritePasswordJob *j, const QString &what) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(*j, what));
        } else {
            done(Result<void>());
        }
    });
}

void KeychainCredentials::remove(const QString &provider, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setKey(provider);
    run(job, context, u"removing the %1 key"_s.arg(provider), [done](QKeychain::DeletePasswordJob *j, const QString &what) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(keychainError(*j, what));
        } else {
            done(Result<void>());
        }
    });
}

} // namespace Spielberg
