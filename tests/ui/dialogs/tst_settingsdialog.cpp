// SPDX-License-Identifier: GPL-3.0-or-later
#include "../uitest.h"

#include <fakeprovider.h>

#include <generation/generationsettings.h>
#include <generation/jobqueue.h>
#include <ui/dialogs/settingsdialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsModelsAndStoresTheKeyInTheKeychain();
    void refusesPlainHttpToARemoteHost();
    void aRefusedKeyIsExplained();

private:
    QString storedKey(const QString &provider);
    Test::AppFixture m_app;
    Test::FakeProvider m_fake;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpielbergTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    QSettings().clear();
    QVERIFY(m_fake.listen());
    QVERIFY(m_app.open());
}

QString tst_SettingsDialog::storedKey(const QString &provider)
{
    QString key;
    bool done = false;
    m_app.credentials.read(provider, this, [&](Result<QString> k) {
        key = k ? *k : QString();
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 2000);
    return key;
}

void tst_SettingsDialog::listsModelsAndStoresTheKeyInTheKeychain()
{
    m_fake.setOpenAiModels({u"llama3.2"_s, u"qwen2.5"_s});
    SettingsDialog dialog(*m_app.studio);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(u"openai"_s));
    QCOMPARE(dialog.baseUrlEdit()->text(), u"https://api.openai.com/v1"_s);
    dialog.baseUrlEdit()->setText(m_fake.openAiBaseUrl());
    QTest::keyClicks(dialog.keyEdit(), u"sk-local-123"_s);
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"refreshModelsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(dialog.modelBox()->count(), 2);
    QCOMPARE(dialog.modelBox()->currentText(), u"llama3.2"_s);
    QVERIFY(dialog.testResult()->text().contains(u"2"_s));
    QCOMPARE(m_fake.requests().constLast().header(u"authorization"_s), u"Bearer sk-local-123"_s);
    dialog.modelBox()->setCurrentIndex(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

    const QSettings settings;
    const ProviderConfig stored = GenerationSettings::provider(settings);
    QCOMPARE(stored.kind, ProviderConfig::Kind::OpenAiCompatible);
    QCOMPARE(stored.baseUrl, m_fake.openAiBaseUrl());
    QCOMPARE(stored.model, u"qwen2.5"_s);
    QCOMPARE(m_app.studio->jobs().provider().model, u"qwen2.5"_s);
    QCOMPARE(storedKey(u"openai"_s), u"sk-local-123"_s);
    // The key went to the keychain only: not into the settings file.
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-local-123"));
}

void tst_SettingsDialog::refusesPlainHttpToARemoteHost()
{
    SettingsDialog dialog(*m_app.studio);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.baseUrlEdit()->setText(u"http://models.example.com/v1"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(u"https"_s);
    });
    QVERIFY(explained);
}

void tst_SettingsDialog::aRefusedKeyIsExplained()
{
    m_fake.setAnthropicModels({u"claude-x"_s});
    SettingsDialog dialog(*m_app.studio);
    dialog.providerBox()->setCurrentIndex(dialog.providerBox()->findData(u"anthropic"_s));
    dialog.baseUrlEdit()->setText(m_fake.anthropicBaseUrl());
    // The double answers every models request; a missing key shows as the provider's words.
    QTest::keyClicks(dialog.keyEdit(), u"sk-ant-test"_s);
    dialog.testConnection();
    QTRY_VERIFY(dialog.testResult()->text().contains(u"1"_s));
    QCOMPARE(m_fake.requests().constLast().header(u"x-api-key"_s), u"sk-ant-test"_s);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
