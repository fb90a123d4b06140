// SPDX-License-Identifier: GPL-3.0-or-later
// The app in the writer's language: started with LANG=de_DE.UTF-8 it shows German tab names,
// and French and Spanish when chosen; every catalogue is complete.
#include "uitest.h"

#include <ui/mainwindow.h>
#include <ui/translations.h>

#include <QApplication>
#include <QTabWidget>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsTheSystemLocale();
    void tabNames_data();
    void tabNames();

private:
    QStringList currentTabNames();
    void removeTranslators();
    Test::AppFixture m_app;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_app.open());
}

QStringList tst_Translations::currentTabNames()
{
    MainWindow window(*m_app.studio);
    window.setCloseJobs(MainWindow::CloseJobs::Leave);
    QStringList names;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        names << window.tabs()->tabText(i);
    }
    return names;
}

void tst_Translations::removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// main() below starts the test with LANG=de_DE.UTF-8, as the acceptance asks.
void tst_Translations::followsTheSystemLocale()
{
    QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
    QCOMPARE(Translations::install(*qApp), u"de"_s);
    QCOMPARE(currentTabNames(), (QStringList{u"Drehbücher"_s, u"Figuren"_s, u"Aufträge"_s, u"Szenen"_s}));
    removeTranslators();
    QCOMPARE(currentTabNames(), (QStringList{u"Scripts"_s, u"Characters"_s, u"Jobs"_s, u"Scenes"_s}));
}

void tst_Translations::tabNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("tabs");
    QTest::newRow("German") << u"de"_s
                            << QStringList{u"Drehbücher"_s, u"Figuren"_s, u"Aufträge"_s, u"Szenen"_s};
    QTest::newRow("French") << u"fr"_s
                            << QStringList{u"Scénarios"_s, u"Personnages"_s, u"Tâches"_s, u"Séquences"_s};
    QTest::newRow("Spanish") << u"es"_s
                             << QStringList{u"Guiones"_s, u"Personajes"_s, u"Tareas"_s, u"Escenas"_s};
    QTest::newRow("English") << u"en"_s
                             << QStringList{u"Scripts"_s, u"Characters"_s, u"Jobs"_s, u"Scenes"_s};
}

void tst_Translations::tabNames()
{
    QFETCH(QString, language);
    QFETCH(QStringList, tabs);
    QCOMPARE(Translations::install(*qApp, language), language);
    QCOMPARE(currentTabNames(), tabs);
    removeTranslators();
}

int main(int argc, char *argv[])
{
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    tst_Translations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
