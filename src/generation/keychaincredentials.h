// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace Spielberg {

/**
 * API keys in the system keychain through QtKeychain (Secret Service on Linux, Keychain on
 * macOS, Credential Manager on Windows): service "Spielberg", one entry per provider. The
 * plaintext fallback stays off; when no keychain is available the Error says so.
 */
class KeychainCredentials : public CredentialStore
{
public:
    static constexpr const char *kService = "Spielberg";

    void read(const QString &provider, QObject *context, ReadCallback done) override;
    void write(const QString &provider, const QString &key, QObject *context, WriteCallback done) override;
    void remove(const QString &provider, QObject *context, WriteCallback done) override;
};

} // namespace Spielberg
