// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

namespace Spielberg {

/**
 * The languages of the user interface: English (the source), German, French and Spanish, built
 * into the program from the catalogues in translations/. install() follows the writer's choice in Settings,
 * else the system's UI languages, and loads Qt's own translations for the same language (dialog
 * buttons). GUI thread, before the first window.
 */
class Translations
{
public:
    /** The settings key of the writer's choice ("" or absent: follow the system). */
    static constexpr const char *kSettingsKey = "ui/language";

    /** Language codes with a translation ("en" first, the source language). */
    static QStringList available();
    /** A language's own name ("Deutsch"). */
    static QString nativeName(const QString &code);
    /**
     * Installs the translators for `language` (empty: the system's). Returns the language code
     * used ("en" when none of the wanted languages has a translation).
     */
    static QString install(QCoreApplication &app, const QString &language = {});
};

} // namespace Spielberg
