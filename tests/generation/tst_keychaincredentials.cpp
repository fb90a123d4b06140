// SPDX-License-Identifier: GPL-3.0-or-later
// The QtKeychain path against a real Secret Service: CTest runs this under dbus-run-session with
// a gnome-keyring-daemon it unlocks (tests/generation/engine.cmake); run bare, it skips.
#include <generation/credentialstore.h>
#include <generation/keychaincredentials.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
template<typename T>
std::optional<Result<T>> wait(const std::function<void(QObject *, std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&result](Result<T> r) { result.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}
} // namespace

class tst_KeychainCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadRemove();
    void environmentOverridesTheKeychain();
    void withoutAKeychainTheEnvironmentStillWorks();

private:
    KeychainCredentials m_keychain;
};

namespace {
bool haveService()
{
    return !qEnvironmentVariableIsEmpty("SPIELBERG_TEST_SECRET_SERVICE");
}
} // namespace

void tst_KeychainCredentials::initTestCase()
{
    if (!haveService()) {
        // Never reach the writer's own keychain: no session bus at all.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/spielberg-test-bus");
    }
}

void tst_KeychainCredentials::storeReadRemove()
{
    if (!haveService()) {
        QSKIP("no Secret Service was started (CTest's tst_keychaincredentials_secretservice runs this)");
    }
    const QString provider = u"anthropic"_s;
    const auto written = wait<void>([&](QObject *c, auto done) { m_keychain.write(provider, u"sk-keychain-123"_s, c, done); });
    QVERIFY(written.has_value());
    QVERIFY2(bool(*written), qPrintable(written->error().message + u" / "_s + written->error().detail));

    const auto read = wait<QString>([&](QObject *c, auto done) { m_keychain.read(provider, c, done); });
    QVERIFY(read.has_value() && bool(*read));
    QCOMPARE(read->value(), u"sk-keychain-123"_s);

    const auto removed = wait<void>([&](QObject *c, auto done) { m_keychain.remove(provider, c, done); });
    QVERIFY(removed.has_value() && bool(*removed));
    const auto gone = wait<QString>([&](QObject *c, auto done) { m_keychain.read(provider, c, done); });
    QVERIFY(gone.has_value() && bool(*gone));
    QVERIFY(gone->value().isEmpty());
}

void tst_KeychainCredentials::environmentOverridesTheKeychain()
{
    if (!haveService()) {
        QSKIP("no Secret Service was started (CTest's tst_keychaincredentials_secretservice runs this)");
    }
    const auto written = wait<void>([&](QObject *c, auto done) { m_keychain.write(u"openai"_s, u"from-keychain"_s, c, done); });
    QVERIFY(written.has_value() && bool(*written));
    EnvironmentCredentials credentials(&m_keychain);
    qputenv("OPENAI_API_KEY", "from-environment");
    auto read = wait<QString>([&](QObject *c, auto done) { credentials.read(u"openai"_s, c, done); });
    QCOMPARE(read->value(), u"from-environment"_s);
    qunsetenv("OPENAI_API_KEY");
    read = wait<QString>([&](QObject *c, auto done) { credentials.read(u"openai"_s, c, done); });
    QCOMPARE(read->value(), u"from-keychain"_s);
}

void tst_KeychainCredentials::withoutAKeychainTheEnvironmentStillWorks()
{
    if (haveService()) {
        QSKIP("a Secret Service is running");
    }
    const auto direct = wait<QString>([&](QObject *c, auto done) { m_keychain.read(u"anthropic"_s, c, done); });
    QVERIFY(direct.has_value());
    QVERIFY(!bool(*direct));
    QVERIFY2(direct->error().message.contains(u"keychain"_s), qPrintable(direct->error().message));
    // Through the environment store: no key and a reason, not a failure; the variable still works.
    EnvironmentCredentials credentials(&m_keychain);
    qunsetenv("ANTHROPIC_API_KEY");
    auto read = wait<QString>([&](QObject *c, auto done) { credentials.read(u"anthropic"_s, c, done); });
    QVERIFY(read.has_value() && bool(*read));
    QVERIFY(read->value().isEmpty());
    QVERIFY(!credentials.lastWarning().isEmpty());
    qputenv("ANTHROPIC_API_KEY", "from-environment");
    read = wait<QString>([&](QObject *c, auto done) { credentials.read(u"anthropic"_s, c, done); });
    QCOMPARE(read->value(), u"from-environment"_s);
    qunsetenv("ANTHROPIC_API_KEY");
}

QTEST_GUILESS_MAIN(tst_KeychainCredentials)
#include "tst_keychaincredentials.moc"
