// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Spielberg {

QStringList Translations::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"es"_s};
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // "français" → "Français", as a menu lists it
    }
    return name.isEmpty() ? code : name;
}

QString Translations::install(QCoreApplication &app, const QString &language)
{
    QStringList wanted;
    if (!language.isEmpty()) {
        wanted << language;
    } else {
        // uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG ("de-DE", "de", …).
        wanted = QLocale::system().uiLanguages();
    }
    for (const QString &ui : std::as_const(wanted)) {
        const QString code = QLocale(ui).name().section(u'_', 0, 0);
        if (code == u"en"_s || code == u"C"_s) {
            return u"en"_s;
        }
        if (!available().contains(code)) {
            continue;
        }
        auto *ours = new QTranslator(&app);
        if (!ours->load(u":/i18n/spielberg_%1.qm"_s.arg(code))) {
            delete ours;
            continue;
        }
        QCoreApplication::installTranslator(ours);
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(code), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt; // Qt's own words stay English; ours are translated
        }
        QLocale::setDefault(QLocale(code));
        return code;
    }
    return u"en"_s;
}

} // namespace Spielberg
