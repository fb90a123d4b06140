// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"
#include "../errortext.h"

#include "../translations.h"

#include <generation/credentialstore.h>
#include <generation/generationsettings.h>
#include <generation/providerprobe.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

SettingsDialog::SettingsDialog(Studio &studio, QWidget *parent)
    : QDialog(parent)
    , m_studio(studio)
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_key(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testResult(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_totalMinutes(new QSpinBox(this))
    , m_idleSeconds(new QSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_paper(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_provider->setObjectName(u"providerBox"_s);
    m_provider->addItem(tr("Anthropic (Claude)"), u"anthropic"_s);
    m_provider->addItem(tr("OpenAI-compatible (OpenAI, OpenRouter, Ollama, llama.cpp, LM Studio)"),
                        u"openai"_s);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model->setObjectName(u"modelBox"_s);
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(28);
    m_refresh->setObjectName(u"refreshModelsButton"_s);
    m_refresh->setToolTip(tr("Ask the provider which models it offers"));
    m_key->setObjectName(u"apiKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setClearButtonEnabled(true);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setToolTip(tr("Check the address and the key with the provider"));
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_concurrency->setRange(1, 16);
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setToolTip(tr("How many generation jobs run at the same time"));
    m_totalMinutes->setRange(1, 240);
    m_totalMinutes->setSuffix(tr(" min"));
    m_idleSeconds->setRange(10, 900);
    m_idleSeconds->setSuffix(tr(" s"));
    m_maxTokens->setRange(256, 128000);
    m_maxTokens->setSingleStep(1000);
    m_paper->setObjectName(u"paperBox"_s);
    m_paper->addItem(tr("US Letter"), u"letter"_s);
    m_paper->addItem(tr("A4"), u"a4"_s);
    QPalette e = m_error->palette();
    e.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_error->setPalette(e);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *providerBox = new QGroupBox(tr("Model provider"), this);
    auto *providerForm = new QFormLayout(providerBox);
    providerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    providerForm->addRow(tr("&Provider:"), m_provider);
    providerForm->addRow(tr("&Base URL:"), m_baseUrl);
    // Rows holding a layout get their label made here, so its shortcut reaches the field.
    const auto labelFor = [providerBox](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, providerBox);
        label->setBuddy(buddy);
        return label;
    };
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refresh);
    providerForm->addRow(labelFor(tr("&Model:"), m_model), modelRow);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_test);
    providerForm->addRow(labelFor(tr("API &key:"), m_key), keyRow);
    providerForm->addRow(QString(), m_testResult);
    providerForm->addRow(tr("Longest &answer:"), m_maxTokens);
    auto *hint = new QLabel(tr("A local model needs no key: choose OpenAI-compatible and an address "
                               "such as http://localhost:11434/v1 (Ollama). Keys are kept in the "
                               "system keychain, never in files."),
                            providerBox);
    hint->setWordWrap(true);
    providerForm->addRow(hint);

    auto *jobsBox = new QGroupBox(tr("Jobs"), this);
    auto *jobsForm = new QFormLayout(jobsBox);
    jobsForm->addRow(tr("Jobs at &once:"), m_concurrency);
    jobsForm->addRow(tr("&Time limit per job:"), m_totalMinutes);
    jobsForm->addRow(tr("Give up on a &silent stream after:"), m_idleSeconds);

    auto *exportBox = new QGroupBox(tr("Export and language"), this);
    auto *exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("PDF &paper:"), m_paper);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageBox"_s);
    m_language->addItem(tr("As the system"), QString());
    for (const QString &code : Translations::available()) {
        m_language->addItem(Translations::nativeName(code), code);
    }
    m_language->setToolTip(tr("The language of the window; it changes the next time Spielberg starts"));
    exportForm->addRow(tr("&Language:"), m_language);

    auto *writingBox = new QGroupBox(tr("Writing"), this);
    auto *writingForm = new QVBoxLayout(writingBox);
    m_smartTyping = new QCheckBox(tr("S&mart typing: Enter and Tab move between screenplay elements"), this);
    m_smartTyping->setObjectName(u"smartTypingBox"_s);
    m_continued = new QCheckBox(tr("Print (&CONT'D) when a character speaks again after action"), this);
    m_continued->setObjectName(u"continuedBox"_s);
    m_continued->setToolTip(tr("Added on the printed pages and the page view, never typed into the text"));
    writingForm->addWidget(m_smartTyping);
    writingForm->addWidget(m_continued);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"settingsSave"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(providerBox);
    layout->addWidget(jobsBox);
    layout->addWidget(exportBox);
    layout->addWidget(writingBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &SettingsDialog::refreshModels);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    // The stored settings.
    const QSettings settings;
    const ProviderConfig config = GenerationSettings::provider(settings);
    const JobQueueSettings queue = GenerationSettings::queue(settings);
    m_provider->setCurrentIndex(m_provider->findData(config.kindName()));
    m_baseUrl->setText(config.baseUrl);
    if (!config.model.isEmpty()) {
        m_model->addItem(config.model);
    }
    m_model->setCurrentText(config.model);
    m_maxTokens->setValue(config.maxTokens);
    m_concurrency->setValue(queue.concurrency);
    m_totalMinutes->setValue(int(queue.totalLimitMs / 60000));
    m_idleSeconds->setValue(int(queue.idleLimitMs / 1000));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(storedPaper())));
    m_smartTyping->setChecked(storedSmartTyping());
    m_continued->setChecked(storedLayout().automaticContinued);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(QLatin1StringView(Translations::kSettingsKey)).toString())));
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsDialog::onProviderChanged);
    showKeyState();
    resize(640, 640);
}

QString SettingsDialog::storedPaper()
{
    const QString paper = QSettings().value(u"export/paper"_s, u"letter"_s).toString();
    return paper == u"a4"_s ? paper : u"letter"_s;
}

void SettingsDialog::onProviderChanged()
{
    const ProviderConfig::Kind kind = ProviderConfig::kindFromName(m_provider->currentData().toString())
                                          .value_or(ProviderConfig::Kind::Anthropic);
    m_baseUrl->setText(ProviderConfig::defaultBaseUrl(kind));
    m_model->clear();
    m_testResult->clear();
    showKeyState();
}

// Where the key can come from when this system has no keychain (a bare desktop, a container).
QString SettingsDialog::keyFromEnvironmentHint(const QString &provider)
{
    const QString variable = provider == u"openai"_s ? u"OPENAI_API_KEY"_s : u"ANTHROPIC_API_KEY"_s;
    if (qEnvironmentVariableIsSet(variable.toLatin1().constData())) {
        return tr("The key comes from %1 in the environment, so none needs storing here.").arg(variable);
    }
    return tr("Without a keychain, set %1 in the environment before starting Spielberg: the app "
              "and spielberg-cli read the key from there.")
        .arg(variable);
}

bool SettingsDialog::storedSmartTyping()
{
    return QSettings().value(u"editor/smartTyping"_s, true).toBool();
}

PageLayout SettingsDialog::storedLayout()
{
    PageLayout layout = storedPaper() == u"a4"_s ? PageLayout::a4() : PageLayout::letter();
    layout.automaticContinued = QSettings().value(u"export/automaticContinued"_s, true).toBool();
    return layout;
}

void SettingsDialog::showKeyState()
{
    m_key->clear();
    m_key->setPlaceholderText(tr("Reading the keychain…"));
    const QString provider = m_provider->currentData().toString();
    m_studio.credentials().read(provider, this, [this, provider](Result<QString> key) {
        if (provider != m_provider->currentData().toString()) {
            return;
        }
        if (!key) {
            m_keyStored = false;
            m_key->setPlaceholderText(tr("No keychain: %1").arg(ErrorText::of(key.error())));
            m_testResult->setText(keyFromEnvironmentHint(provider));
            return;
        }
        m_keyStored = !key->isEmpty();
        m_key->setPlaceholderText(m_keyStored ? tr("•••••••• (stored; type to replace)")
                                              : tr("Paste your API key"));
    });
}

ProviderConfig SettingsDialog::provider() const
{
    ProviderConfig config;
    config.kind = ProviderConfig::kindFromName(m_provider->currentData().toString())
                      .value_or(ProviderConfig::Kind::Anthropic);
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->currentText().trimmed();
    config.maxTokens = m_maxTokens->value();
    const QSettings settings;
    const ProviderConfig stored = GenerationSettings::provider(settings);
    config.temperature = stored.temperature;
    config.apiKey = m_key->text().trimmed();
    return config;
}

JobQueueSettings SettingsDialog::queueSettings() const
{
    JobQueueSettings q = m_studio.jobs().settings();
    q.concurrency = m_concurrency->value();
    q.totalLimitMs = qint64(m_totalMinutes->value()) * 60 * 1000;
    q.idleLimitMs = qint64(m_idleSeconds->value()) * 1000;
    return q;
}

QString SettingsDialog::paper() const
{
    return m_paper->currentData().toString();
}

void SettingsDialog::refreshModels()
{
    ProviderConfig config = provider();
    if (Result<void> ok = ProviderConfig::checkBaseUrl(config.baseUrl); !ok) {
        m_testResult->setText(ErrorText::of(ok.error()));
        return;
    }
    m_refresh->setEnabled(false);
    m_testResult->setText(tr("Asking the provider for its models…"));
    const auto list = [this](const ProviderConfig &withKey) {
        m_studio.probe().listModels(withKey, this, [this](Result<QStringList> models) {
            m_refresh->setEnabled(true);
            if (!models) {
                m_testResult->setText(ErrorText::of(models.error()));
                return;
            }
            const QString current = m_model->currentText();
            m_model->clear();
            m_model->addItems(*models);
            m_model->setCurrentText(current.isEmpty() && !models->isEmpty() ? models->constFirst()
                                                                            : current);
            m_testResult->setText(tr("%n model(s) available.", nullptr, int(models->size())));
        });
    };
    if (!config.apiKey.isEmpty()) {
        list(config);
        return;
    }
    m_studio.credentials().read(config.kindName(), this, [config, list](Result<QString> key) mutable {
        config.apiKey = key ? *key : QString();
        list(config);
    });
}

void SettingsDialog::testConnection()
{
    refreshModels();
}

void SettingsDialog::accept()
{
    const ProviderConfig config = provider();
    if (Result<void> ok = ProviderConfig::checkBaseUrl(config.baseUrl); !ok) {
        m_error->setText(ErrorText::of(ok.error()));
        m_error->show();
        m_baseUrl->setFocus();
        return;
    }
    QSettings settings;
    ProviderConfig stored = config;
    stored.apiKey.clear(); // keys go to the keychain only
    GenerationSettings::setProvider(settings, stored);
    GenerationSettings::setQueue(settings, queueSettings());
    settings.setValue(u"export/paper"_s, paper());
    settings.setValue(u"editor/smartTyping"_s, m_smartTyping->isChecked());
    settings.setValue(u"export/automaticContinued"_s, m_continued->isChecked());
    settings.setValue(QLatin1StringView(Translations::kSettingsKey), m_language->currentData().toString());
    m_studio.jobs().setProvider(stored);
    m_studio.jobs().setSettings(queueSettings());
    if (config.apiKey.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->hide();
    setEnabled(false);
    m_studio.credentials().write(config.kindName(), config.apiKey, this, [this](Result<void> ok) {
        setEnabled(true);
        if (!ok) {
            m_error->setText(tr("The key could not be stored in the keychain: %1")
                                 .arg(ErrorText::of(ok.error()))
                             + u' ' + keyFromEnvironmentHint(m_provider->currentData().toString()));
            m_error->show();
            return;
        }
        QDialog::accept();
    });
}

} // namespace Spielberg
