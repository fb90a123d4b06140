// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports dialog: three sortable tables and two charts over a small script, the current
// tab saved as the command line's CSV and as a PDF, an empty draft, and a long script worked out
// off the GUI thread.
#include "../../storage/storagetest.h" // QVERIFY_RESULT

#include <ui/dialogs/reportchart.h>
#include <ui/dialogs/reportsdialog.h>
#include <ui/labels.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {

// Three scenes at two places, the script of tst_reportcommand with longer speeches: JOE 14
// words, MARY 3, BOB 1, so sorting by text ("14" < "3") and by number (3 < 14) differ.
const QString kScript = u"Title: Breakdown\n\n"
                        "INT. JOE'S BAR, BACK ROOM - NIGHT\n\nSmoke.\n\n"
                        "JOE\nWho's there? Say something, or I call the police right now.\n\n"
                        "MARY (O.S.)\nOnly me.\n\n"
                        "EXT. THE \"OFFICE\" - DAY\n\nRain.\n\n"
                        "JOE (CONT'D)\nCome in, then.\n\n"
                        "INT. JOE'S BAR, BACK ROOM - DAY\n\nLight.\n\n"
                        "MARY\nMorning.\n\n"
                        "BOB\nHi.\n"_s;

// The longest the event loop may stand still while a long script is worked out: a writer
// notices a stall from about a tenth of a second.
constexpr qint64 kMaxStallMs = 100;

// `scenes` scenes of a little over a page each (a heading, three lines of action and ten
// three-line speeches: 57 of a page's 54 rows).
QString longScript(int scenes)
{
    const QStringList people{u"ANNA"_s, u"BEN"_s, u"CLARA"_s};
    QString text = u"Title: Long\n\n"_s;
    for (int s = 1; s <= scenes; ++s) {
        text += u"INT. ROOM %1 - DAY\n\n"_s.arg(s % 10);
        text += u"The wind pushes at the shutters while the lamp swings over the table, and "
                "nobody in the room says a word for a long time.\n\n"_s;
        for (int k = 0; k < 10; ++k) {
            text += people.at((s + k) % 3)
                + u"\nI have told you before and I will tell you again: the ships come in "
                  "when the tide says so.\n\n"_s;
        }
    }
    return text;
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines of a CRLF file, without their line ends.
QList<QByteArray> crlfLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

// pdftotext's text of `path`; empty when it fails.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_ReportsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheThreeReports();
    void sortsNumbersAsNumbers();
    void savesCsvLikeTheCommandLine();
    void savesPdf();
    void unwritableFileIsNamed();
    void emptyDraftSaysSo();
    void longScriptKeepsTheWindowResponsive();

private:
    QTemporaryDir m_dir;
};

void tst_ReportsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ReportsDialog::showsTheThreeReports()
{
    ReportsDialog dialog(kScript, u"Breakdown"_s);
    std::array<std::unique_ptr<QAbstractItemModelTester>, 3> testers;
    for (int tab = 0; tab < 3; ++tab) {
        QVERIFY(dialog.table(tab));
        testers[size_t(tab)] = std::make_unique<QAbstractItemModelTester>(
            dialog.table(tab)->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QVERIFY(!dialog.table(3));
    auto *status = dialog.findChild<QLabel *>(u"reportStatus"_s);
    QVERIFY(status);
    // The report arrives through the event loop only: the constructor parsed nothing.
    QVERIFY(!dialog.isReady());
    QCOMPARE(status->text(), u"Working out the reports…"_s);
    auto *csv = dialog.findChild<QPushButton *>(u"saveCsvButton"_s);
    auto *pdf = dialog.findChild<QPushButton *>(u"savePdfButton"_s);
    QVERIFY(csv);
    QVERIFY(pdf);
    QVERIFY(!csv->isEnabled());
    QVERIFY(!pdf->isEnabled());

    QSignalSpy ready(&dialog, &ReportsDialog::ready);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    QCOMPARE(ready.count(), 1);
    QVERIFY(csv->isEnabled());
    QVERIFY(pdf->isEnabled());
    QVERIFY(!status->isVisible());
    QVERIFY(dialog.findChild<QTabWidget *>(u"reportTabs"_s)->isVisible());

    // Characters: the most words first, numbers as numbers.
    const QTableView *characters = dialog.table(ReportsDialog::kCharacters);
    QCOMPARE(characters->objectName(), u"characterReportTable"_s);
    QCOMPARE(characters->model()->rowCount(), 3);
    QCOMPARE(characters->model()->columnCount(), 8);
    QCOMPARE(cell(characters, 0, 0), u"JOE"_s); // JOE (CONT'D) is JOE
    QCOMPARE(cell(characters, 0, 1), u"2"_s);
    QCOMPARE(cell(characters, 0, 2), u"2"_s);
    QCOMPARE(cell(characters, 0, 3), u"14"_s);
    QCOMPARE(characters->model()->index(0, 3).data().typeId(), int(QMetaType::Int));
    QCOMPARE(cell(characters, 0, 4), u"1"_s);
    QCOMPARE(cell(characters, 0, 5), u"2"_s);
    QCOMPARE(cell(characters, 0, 6), u"1"_s);
    QCOMPARE(cell(characters, 0, 7), u"1"_s);
    QCOMPARE(cell(characters, 1, 0), u"MARY"_s); // MARY (O.S.) is MARY
    QCOMPARE(cell(characters, 1, 3), u"3"_s);
    QCOMPARE(cell(characters, 1, 5), u"3"_s);
    QCOMPARE(cell(characters, 2, 0), u"BOB"_s);
    QCOMPARE(cell(characters, 2, 4), u"3"_s);

    // Locations: INT/EXT apart, times in order of first use, pages in eighths.
    const ScreenplayReport &report = dialog.report();
    const QTableView *locations = dialog.table(ReportsDialog::kLocations);
    QCOMPARE(locations->objectName(), u"locationReportTable"_s);
    QCOMPARE(locations->model()->rowCount(), 2);
    QCOMPARE(cell(locations, 0, 0), u"JOE'S BAR, BACK ROOM"_s);
    QCOMPARE(cell(locations, 0, 1), u"INT"_s);
    QCOMPARE(cell(locations, 0, 2), u"NIGHT, DAY"_s);
    QCOMPARE(cell(locations, 0, 3), u"2"_s);
    QCOMPARE(cell(locations, 0, 4), Labels::eighths(report.locations.at(0).pages()));
    QCOMPARE(cell(locations, 1, 0), u"THE \"OFFICE\""_s);
    QCOMPARE(cell(locations, 1, 1), u"EXT"_s);

    // Scenes: as printed, with their lengths and who speaks.
    const QTableView *scenes = dialog.table(ReportsDialog::kScenes);
    QCOMPARE(scenes->objectName(), u"sceneReportTable"_s);
    QCOMPARE(scenes->model()->rowCount(), 3);
    QCOMPARE(cell(scenes, 1, 0), u"2"_s);
    QCOMPARE(cell(scenes, 1, 1), u"EXT. THE \"OFFICE\" - DAY"_s);
    QCOMPARE(cell(scenes, 1, 2), u"1"_s);
    QCOMPARE(cell(scenes, 1, 3), Labels::eighths(report.scenes.at(1).eighths / 8.0));
    QCOMPARE(cell(scenes, 1, 4), u"JOE"_s);
    QCOMPARE(cell(scenes, 2, 4), u"MARY, BOB"_s);

    // The charts: words per character, scenes per location.
    auto *chart = dialog.findChild<ReportChart *>(u"reportChart"_s);
    QVERIFY(chart);
    QCOMPARE(chart->bars().size(), 3);
    QCOMPARE(chart->bars().at(0).first, u"JOE"_s);
    QCOMPARE(chart->bars().at(0).second, 14);
    QCOMPARE(chart->bars().at(2).first, u"BOB"_s);
    QVERIFY(!chart->accessibleName().isEmpty());
    QVERIFY(chart->accessibleDescription().contains(u"JOE"_s));
    QVERIFY(chart->isVisible());
    QVERIFY(chart->sizeHint().height() >= 3 * chart->fontMetrics().height());
    const auto *places = dialog.findChild<ReportChart *>(u"locationChart"_s);
    QVERIFY(places);
    QCOMPARE(places->bars().size(), 2);
    QCOMPARE(places->bars().at(0).first, u"INT. JOE'S BAR, BACK ROOM"_s);
    QCOMPARE(places->bars().at(0).second, 2);
    QCOMPARE(places->bars().at(1).second, 1);
    chart->grab(); // paints without complaint
}

void tst_ReportsDialog::sortsNumbersAsNumbers()
{
    ReportsDialog dialog(kScript, u"Breakdown"_s);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    QTableView *characters = dialog.table(ReportsDialog::kCharacters);
    QVERIFY(characters->isSortingEnabled());
    characters->sortByColumn(3, Qt::AscendingOrder);
    QCOMPARE(cell(characters, 0, 0), u"BOB"_s); // 1 < 3 < 14; as text "14" would come before "3"
    QCOMPARE(cell(characters, 1, 0), u"MARY"_s);
    QCOMPARE(cell(characters, 2, 0), u"JOE"_s);
    characters->sortByColumn(3, Qt::DescendingOrder);
    QCOMPARE(cell(characters, 0, 0), u"JOE"_s);
    QCOMPARE(cell(characters, 2, 0), u"BOB"_s);
    characters->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(cell(characters, 0, 0), u"BOB"_s);
    QCOMPARE(cell(characters, 1, 0), u"JOE"_s);

    // Scene numbers sort by their place in the script.
    QTableView *scenes = dialog.table(ReportsDialog::kScenes);
    scenes->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(cell(scenes, 0, 0), u"3"_s);
    QCOMPARE(cell(scenes, 2, 0), u"1"_s);
}

void tst_ReportsDialog::savesCsvLikeTheCommandLine()
{
    ReportsDialog dialog(kScript, u"Breakdown"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    auto *tabs = dialog.findChild<QTabWidget *>(u"reportTabs"_s);
    QVERIFY(tabs);

    // Sorting the table changes nothing in the file: it keeps the report's (the CLI's) order.
    dialog.table(ReportsDialog::kCharacters)->sortByColumn(0, Qt::AscendingOrder);
    tabs->setCurrentIndex(ReportsDialog::kCharacters);
    const QString characters = m_dir.filePath(u"characters.csv"_s);
    QVERIFY_RESULT(dialog.saveCsv(characters));
    QByteArray bytes = readAll(characters);
    QVERIFY(bytes.endsWith("\r\n"));
    QList<QByteArray> lines = crlfLines(bytes);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("name,scenes,dialogue_blocks,words,first_scene,last_scene,"
                                     "first_page,last_page"));
    QCOMPARE(lines.at(1), QByteArray("JOE,2,2,14,1,2,1,1"));
    QCOMPARE(lines.at(3), QByteArray("BOB,1,1,1,3,3,1,1"));

    tabs->setCurrentIndex(ReportsDialog::kLocations);
    const QString locations = m_dir.filePath(u"locations.csv"_s);
    QVERIFY_RESULT(dialog.saveCsv(locations));
    lines = crlfLines(readAll(locations));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QByteArray("name,int_ext,times,scenes,eighths,pages,first_scene"));
    const ScreenplayReport::Location &bar = dialog.report().locations.at(0);
    const QString lengths = QString::number(bar.eighths) + u","_s + QString::number(bar.pages());
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             u"\"JOE'S BAR, BACK ROOM\",INT,NIGHT; DAY,2,%1,1"_s.arg(lengths));
    QVERIFY2(lines.at(2).startsWith("\"THE \"\"OFFICE\"\"\",EXT,DAY,1,"), lines.at(2).constData());

    tabs->setCurrentIndex(ReportsDialog::kScenes);
    const QString scenes = m_dir.filePath(u"scenes.csv"_s);
    QVERIFY_RESULT(dialog.saveCsv(scenes));
    lines = crlfLines(readAll(scenes));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
             QByteArray("index,number,heading,int_ext,location,time,page,eighths,characters"));
    QCOMPARE(QString::fromUtf8(lines.at(3)),
             u"3,3,\"INT. JOE'S BAR, BACK ROOM - DAY\",INT,\"JOE'S BAR, BACK ROOM\",DAY,1,%1,"
             "MARY; BOB"_s.arg(dialog.report().scenes.at(2).eighths));
}

void tst_ReportsDialog::savesPdf()
{
    ReportsDialog dialog(kScript, u"Breakdown"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    dialog.findChild<QTabWidget *>(u"reportTabs"_s)->setCurrentIndex(ReportsDialog::kCharacters);
    QSignalSpy saved(&dialog, &ReportsDialog::pdfSaved);
    const QString path = m_dir.filePath(u"characters.pdf"_s);
    dialog.savePdf(path);
    QVERIFY(!dialog.findChild<QPushButton *>(u"savePdfButton"_s)->isEnabled()); // while writing
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QVERIFY(dialog.findChild<QPushButton *>(u"savePdfButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"reportStatus"_s)->text().contains(u"characters.pdf"_s));
    QVERIFY(readAll(path).startsWith("%PDF"));

    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
    }
    const QString text = pdfText(path);
    // The title line "Breakdown — Characters" (pdftotext may space it differently).
    QVERIFY2(text.contains(u"Breakdown"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Characters"_s), qPrintable(text));
    QVERIFY2(text.contains(u"JOE"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Page 1 of 1"_s), qPrintable(text));
}

void tst_ReportsDialog::unwritableFileIsNamed()
{
    ReportsDialog dialog(kScript, u"Breakdown"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    const QString csvPath = m_dir.filePath(u"no such folder/report.csv"_s);
    const Result<void> csv = dialog.saveCsv(csvPath);
    QVERIFY(!csv);
    QVERIFY(csv.error().code == ErrorCode::Io);
    QVERIFY2(csv.error().message.contains(u"report.csv"_s), qPrintable(csv.error().message));

    const QString pdfPath = m_dir.filePath(u"no such folder/report.pdf"_s);
    QSignalSpy saved(&dialog, &ReportsDialog::pdfSaved);
    dialog.savePdf(pdfPath);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    QCOMPARE(saved.at(0).at(0).toString(), pdfPath);
    const QString error = saved.at(0).at(1).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(u"report.pdf"_s), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    auto *status = dialog.findChild<QLabel *>(u"reportStatus"_s);
    QCOMPARE(status->text(), error);
    QVERIFY(!status->isHidden());
    QVERIFY(!QFile::exists(pdfPath));
}

void tst_ReportsDialog::emptyDraftSaysSo()
{
    // Words but no scene heading: a report of nothing to shoot.
    ReportsDialog dialog(u"Just a note.\n\nJOE\nHi.\n"_s, u"Notes"_s);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 20000);
    QVERIFY(!dialog.findChild<QPushButton *>(u"saveCsvButton"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"savePdfButton"_s)->isEnabled());
    const QList<QLabel *> empty = dialog.findChildren<QLabel *>(u"emptyReportLabel"_s);
    QCOMPARE(empty.size(), 3);
    for (QLabel *label : empty) {
        QCOMPARE(label->text(), u"This draft has no scenes yet."_s);
        auto *stack = qobject_cast<QStackedWidget *>(label->parentWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(label));
    }
    for (int tab = 0; tab < 3; ++tab) {
        QVERIFY(!dialog.table(tab)->isVisibleTo(&dialog));
    }
    QVERIFY(empty.at(0)->isVisible() || empty.at(1)->isVisible() || empty.at(2)->isVisible());
}

void tst_ReportsDialog::longScriptKeepsTheWindowResponsive()
{
    // The first dialog of a process loads the style and fonts, which is no part of this measure.
    {
        ReportsDialog warm(kScript, u"Warm"_s);
        warm.show();
        QTRY_VERIFY_WITH_TIMEOUT(warm.isReady(), 20000);
    }
    const QString text = longScript(130);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, &tick, [&clock, &last, &longest] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    // The constructor and show() count too: the gap before the first tick holds them.
    ReportsDialog dialog(text, u"Long"_s);
    dialog.show();
    QVERIFY(!dialog.isReady());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isReady(), 60000);
    QTest::qWait(200); // the tables fill and paint once the report is in
    tick.stop();

    const ScreenplayReport &report = dialog.report();
    QCOMPARE(report.scenes.size(), 130);
    QVERIFY2(report.scenes.last().page >= 100,
             qPrintable(u"the last scene prints on page %1"_s.arg(report.scenes.last().page)));
    QCOMPARE(dialog.table(ReportsDialog::kScenes)->model()->rowCount(), 130);
    QCOMPARE(dialog.table(ReportsDialog::kCharacters)->model()->rowCount(), 3);
    QCOMPARE(dialog.table(ReportsDialog::kLocations)->model()->rowCount(), 10);
    QVERIFY2(longest <= kMaxStallMs,
             qPrintable(u"the event loop stood still for %1 ms (at most %2)"_s.arg(longest).arg(
                 kMaxStallMs)));

    // 130 scenes make a PDF table of several pages.
    dialog.findChild<QTabWidget *>(u"reportTabs"_s)->setCurrentIndex(ReportsDialog::kScenes);
    QSignalSpy saved(&dialog, &ReportsDialog::pdfSaved);
    const QString path = m_dir.filePath(u"scenes.pdf"_s);
    dialog.savePdf(path);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    QVERIFY(readAll(path).startsWith("%PDF"));
    if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
        const QString pdf = pdfText(path);
        QVERIFY2(pdf.contains(u"Page 2 of "_s), qPrintable(pdf.left(2000)));
        QVERIFY(pdf.contains(u"INT. ROOM 7 - DAY"_s));
    }
}

QTEST_MAIN(tst_ReportsDialog)
#include "tst_reportsdialog.moc"
