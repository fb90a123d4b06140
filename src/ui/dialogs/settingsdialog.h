// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <studio/studio.h>
#include <generation/providerconfig.h>

#include <core/pagelayout.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Spielberg {

class Studio;

/**
 * The writer's settings: the provider (Anthropic or OpenAI-compatible, which covers OpenAI,
 * OpenRouter, Ollama, llama.cpp and LM Studio), its base URL, the model (listed by the provider,
 * with Refresh), the API key (kept in the system keychain, shown masked, with a Test button),
 * how many jobs run at once and their time limits, the PDF paper size and the language. Saving writes
 * QSettings and the keychain and applies the queue settings at once. The network work goes
 * through ProviderProbe; nothing here blocks. GUI thread only.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Studio &studio, QWidget *parent = nullptr);

    /** The provider as the form shows it (key included when one was typed). */
    ProviderConfig provider() const;
    JobQueueSettings queueSettings() const;
    QString paper() const;

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *modelBox() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *testResult() const { return m_testResult; }

    /** Lists the provider's models into the model box (Refresh). */
    void refreshModels();
    /** Checks the connection and the key by listing models (Test). */
    void testConnection();
    void accept() override;

    /** The PDF paper size the settings hold: "letter" or "a4". */
    static QString storedPaper();
    /** Whether the editor's smart typing is on (it is unless turned off). */
    static bool storedSmartTyping();
    /** The page layout the settings hold: paper, and automatic (CONT'D). */
    static PageLayout storedLayout();
    /** One line on where an API key can come from without a keychain. */
    static QString keyFromEnvironmentHint(const QString &provider);

private:
    void onProviderChanged();
    void showKeyState();

    Studio &m_studio;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QPushButton *m_refresh;
    QLineEdit *m_key;
    QPushButton *m_test;
    QLabel *m_testResult;
    QSpinBox *m_concurrency;
    QSpinBox *m_totalMinutes;
    QSpinBox *m_idleSeconds;
    QSpinBox *m_maxTokens;
    QComboBox *m_paper;
    QComboBox *m_language;
    QCheckBox *m_smartTyping;
    QCheckBox *m_continued;
    QLabel *m_error;
    bool m_keyStored = false;
};

} // namespace Spielberg
