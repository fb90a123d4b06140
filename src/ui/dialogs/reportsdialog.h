// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/screenplayreport.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QString>
#include <QStringList>

#include <array>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Spielberg {

class ReportChart;

/**
 * The production breakdown of a draft (ScreenplayReport, as `spielberg-cli report` prints it) in
 * three tabs: characters, locations and scenes, each a sortable table, the first two under a bar
 * chart of their top twelve. The current tab's report saves as CSV (the columns and rows of
 * `report --csv`, so a file from either matches) or as a PDF table.
 *
 * The constructor only copies the text: parsing and counting run on a worker thread, and
 * "Working out the reports…" shows until ready() (isReady() turns true only through the event
 * loop). The PDF is written on a worker thread too; pdfSaved() always follows savePdf(), with an
 * empty error on success. A failure is shown in the dialog as one line naming the file. Closing
 * the dialog while a PDF is written lets the writing finish; nothing waits for it.
 * GUI thread only.
 */
class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    /** The tabs, in order; table() and the CSV and PDF follow the current one. */
    static constexpr int kCharacters = 0;
    static constexpr int kLocations = 1;
    static constexpr int kScenes = 2;

    ReportsDialog(const QString &fountain, const QString &title, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    /** The report once ready (empty before). */
    const ScreenplayReport &report() const { return m_report; }
    /** The table of tab `tab` (kCharacters, kLocations, kScenes); null for another number. */
    QTableView *table(int tab) const;

    /** Writes the current tab's report to `path` as RFC 4180 CSV, in the report's own order. */
    Result<void> saveCsv(const QString &path) const;
    /** Writes the current tab's table, as sorted, to `path` as a PDF; pdfSaved() follows. */
    void savePdf(const QString &path);

Q_SIGNALS:
    void ready();
    /** The PDF savePdf() asked for is written (`error` empty) or not (`error`: one line why). */
    void pdfSaved(const QString &path, const QString &error);

private:
    QWidget *makeTab(int tab, const QStringList &headers, ReportChart *chart,
                     const QString &caption);
    void onComputed();
    void onPdfWritten();
    void fillCharacters();
    void fillLocations();
    void fillScenes();
    void chooseCsv();
    void choosePdf();
    QString reportName(int tab) const;
    QString suggestedPath(const QString &suffix) const;
    QString failureText(const QString &path, const Error &error) const;
    void showOutcome(const QString &path, const QString &error);
    void updateButtons();

    QString m_title;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ReportChart *m_characterChart;
    ReportChart *m_locationChart;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    std::array<QStackedWidget *, 3> m_stacks{};
    std::array<QTableView *, 3> m_tables{};
    std::array<QStandardItemModel *, 3> m_models{};
    std::array<QWidget *, 3> m_chartBoxes{};
    QFutureWatcher<ScreenplayReport> m_reportWatcher;
    QFutureWatcher<Result<void>> m_pdfWatcher;
    ScreenplayReport m_report;
    QString m_pdfPath;
    bool m_ready = false;
    bool m_writingPdf = false;
};

} // namespace Spielberg
