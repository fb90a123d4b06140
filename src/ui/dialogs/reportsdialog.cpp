// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsdialog.h"

#include <core/reportcsv.h>

#include "../labels.h"
#include "reportchart.h"
#include "settingsdialog.h"

#include <core/fountainparser.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// Every cell holds its sort key here, so numbers sort as numbers, scene numbers ("12A") by their
// place in the script and lengths shown as "1 3/8" by their eighths.
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kChartBars = 12;
constexpr int kWidestColumn = 320; // pixels; a long heading never pushes the others away

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, kSortRole);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(int value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setData(value, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

// Text that stands for a number: a scene number by its position, a length by its eighths.
QStandardItem *keyedItem(const QString &text, int key)
{
    auto *item = new QStandardItem(text);
    item->setData(key, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

Error ioError(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, reason), reason);
}

// What the PDF worker needs, copied on the GUI thread: words already translated, cells as shown.
struct PdfTable {
    QString title;
    QString pageFormat; // "Page %1 of %2"
    QPageSize::PageSizeId paper = QPageSize::Letter;
    QStringList headers;
    QList<bool> alignRight;
    QList<QStringList> rows;
};

constexpr double kPointsPerInch = 72.0;
constexpr double kPageMargin = 40.0; // points on every side
constexpr double kCellPadX = 3.0;
constexpr double kCellPadY = 2.0;
constexpr double kTitleGap = 8.0;
constexpr int kCellFlags = Qt::TextWordWrap | Qt::AlignTop;

// Each column gets its natural width when all fit; otherwise columns narrower than an equal
// share of the room left keep theirs, and the wide ones share the rest (their text wraps).
QList<double> columnWidths(const PdfTable &table, const QFontMetricsF &body,
                           const QFontMetricsF &bold, double room)
{
    const qsizetype count = table.headers.size();
    QList<double> natural(count, 0.0);
    for (qsizetype c = 0; c < count; ++c) {
        natural[c] = bold.horizontalAdvance(table.headers.at(c));
        for (const QStringList &row : table.rows) {
            natural[c] = std::max(natural.at(c), body.horizontalAdvance(row.value(c)));
        }
        natural[c] += 2 * kCellPadX + 1;
    }
    double total = 0;
    for (const double w : std::as_const(natural)) {
        total += w;
    }
    if (total <= room) {
        return natural;
    }
    QList<double> widths(count, -1.0);
    double left = room;
    qsizetype open = count;
    bool settled = true;
    while (settled && open > 0) {
        settled = false;
        const double share = left / double(open);
        for (qsizetype c = 0; c < count; ++c) {
            if (widths.at(c) < 0 && natural.at(c) <= share) {
                widths[c] = natural.at(c);
                left -= natural.at(c);
                --open;
                settled = true;
            }
        }
    }
    for (qsizetype c = 0; c < count; ++c) {
        if (widths.at(c) < 0) {
            widths[c] = std::max(left / double(open), 2 * kCellPadX + 1);
        }
    }
    return widths;
}

double rowHeight(const QStringList &cells, const QList<double> &widths,
                 const QFontMetricsF &metrics)
{
    double height = metrics.height();
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QRectF room(0, 0, std::max(1.0, widths.at(c) - 2 * kCellPadX), 1e6);
        height = std::max(height, metrics.boundingRect(room, kCellFlags, cells.value(c)).height());
    }
    return height + 2 * kCellPadY;
}

void drawRow(QPainter &painter, const PdfTable &table, const QStringList &cells,
             const QList<double> &widths, double y, double height)
{
    double x = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QRectF cell(x + kCellPadX, y + kCellPadY, widths.at(c) - 2 * kCellPadX,
                          height - 2 * kCellPadY);
        const int align = table.alignRight.value(c) ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(cell, kCellFlags | align, cells.value(c));
        x += widths.at(c);
    }
}

// Runs on a worker thread: touches no QObject of the dialog, only the copy it was given.
Result<void> writeTablePdf(const PdfTable &table, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Internal, u"writing a PDF needs a QGuiApplication"_s);
    }
    // Written beside the target and renamed only when complete, so a failure never leaves half
    // a PDF where the writer's file was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(path, file.errorString());
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kPointsPerInch)); // one device unit is one point
        writer.setPageSize(QPageSize(table.paper));
        writer.setPageMargins(QMarginsF(kPageMargin, kPageMargin, kPageMargin, kPageMargin),
                              QPageLayout::Point);
        writer.setTitle(table.title);
        writer.setCreator(u"Spielberg"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return ioError(path, u"the PDF could not be started"_s);
        }
        QFont body;
        body.setStyleHint(QFont::SansSerif);
        body.setPointSizeF(9);
        QFont bold = body;
        bold.setBold(true);
        QFont heading = body;
        heading.setPointSizeF(13);
        heading.setBold(true);
        const QFontMetricsF bodyMetrics(body, &writer);
        const QFontMetricsF boldMetrics(bold, &writer);
        const QFontMetricsF headingMetrics(heading, &writer);

        const double width = writer.width();
        const double height = writer.height();
        const QList<double> widths = columnWidths(table, bodyMetrics, boldMetrics, width);
        double tableWidth = 0;
        for (const double w : widths) {
            tableWidth += w;
        }
        const double titleHeight
            = headingMetrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, table.title)
                  .height()
            + kTitleGap;
        const double headerHeight = rowHeight(table.headers, widths, boldMetrics);
        const double footerHeight = bodyMetrics.height() + kTitleGap;
        const double bodyTop = titleHeight + headerHeight;
        const double bodyBottom = height - footerHeight;

        QList<double> heights;
        heights.reserve(table.rows.size());
        QList<qsizetype> pageStarts{0};
        double y = bodyTop;
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            heights.append(rowHeight(table.rows.at(r), widths, bodyMetrics));
            // A row that fits no page gets one of its own, cut off at the bottom.
            if (y + heights.last() > bodyBottom && y > bodyTop) {
                pageStarts.append(r);
                y = bodyTop;
            }
            y += heights.last();
        }

        const QPen textPen(QColor(Qt::black));
        const QPen rulePen(Qt::black, 0.8);
        const QPen linePen(QColor(0xb0, 0xb0, 0xb0), 0.4);
        const qsizetype pages = pageStarts.size();
        for (qsizetype p = 0; p < pages; ++p) {
            if (p > 0 && !writer.newPage()) {
                painter.end();
                file.cancelWriting();
                return ioError(path, u"a new page could not be started"_s);
            }
            painter.setPen(textPen);
            painter.setFont(heading);
            painter.drawText(QRectF(0, 0, width, titleHeight), Qt::TextWordWrap | Qt::AlignLeft,
                             table.title);
            painter.setFont(bold);
            drawRow(painter, table, table.headers, widths, titleHeight, headerHeight);
            painter.setPen(rulePen);
            painter.drawLine(QPointF(0, bodyTop), QPointF(tableWidth, bodyTop));
            painter.setFont(body);
            double rowTop = bodyTop;
            const qsizetype end = p + 1 < pages ? pageStarts.at(p + 1) : table.rows.size();
            for (qsizetype r = pageStarts.at(p); r < end; ++r) {
                painter.setPen(textPen);
                drawRow(painter, table, table.rows.at(r), widths, rowTop, heights.at(r));
                rowTop += heights.at(r);
                painter.setPen(linePen);
                painter.drawLine(QPointF(0, rowTop), QPointF(tableWidth, rowTop));
            }
            painter.setPen(textPen);
            painter.drawText(QRectF(0, height - footerHeight, width, footerHeight),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             table.pageFormat.arg(p + 1).arg(pages));
        }
        if (!painter.end()) {
            file.cancelWriting();
            return ioError(path, u"the PDF could not be finished"_s);
        }
    }
    if (!file.commit()) {
        return ioError(path, file.errorString());
    }
    return {};
}

// The model's cells as the table shows them, in its current (sorted) order.
PdfTable snapshot(const QStandardItemModel &model, const QLocale &locale)
{
    PdfTable table;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        table.headers.append(model.headerData(c, Qt::Horizontal).toString());
        const QStandardItem *first = model.rowCount() > 0 ? model.item(0, c) : nullptr;
        table.alignRight.append(first && (first->textAlignment() & Qt::AlignRight));
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            const QVariant value = model.index(r, c).data(Qt::DisplayRole);
            cells.append(value.typeId() == QMetaType::Int ? locale.toString(value.toInt())
                                                          : value.toString());
        }
        table.rows.append(cells);
    }
    return table;
}

// A file name from the script's title: no characters that a file system refuses.
QString fileNamePart(const QString &text)
{
    QString name = text.simplified();
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"'
            || c == u'<' || c == u'>' || c == u'|') {
            c = u'-';
        }
    }
    return name;
}

} // namespace

ReportsDialog::ReportsDialog(const QString &fountain, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_characterChart(new ReportChart(this))
    , m_locationChart(new ReportChart(this))
{
    setObjectName(u"reportsDialog"_s);
    setWindowTitle(title.isEmpty() ? tr("Reports") : tr("Reports: %1").arg(title));
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"reportTabs"_s);

    m_characterChart->setObjectName(u"reportChart"_s);
    m_characterChart->setAccessibleName(tr("Words of dialogue per character"));
    m_locationChart->setObjectName(u"locationChart"_s);
    m_locationChart->setAccessibleName(tr("Scenes per location"));

    m_tabs->addTab(makeTab(kCharacters,
                           {tr("Character"), tr("Scenes"), tr("Dialogue blocks"), tr("Words"),
                            tr("First scene"), tr("Last scene"), tr("First page"), tr("Last page")},
                           m_characterChart,
                           tr("Words of dialogue per character, top %1").arg(kChartBars)),
                   reportName(kCharacters));
    m_tabs->addTab(makeTab(kLocations,
                           {tr("Location"),
                            //: A location's interior or exterior column: INT, EXT or INT/EXT
                            tr("INT/EXT"), tr("Times of day"), tr("Scenes"),
                            //: A length in pages, counted in eighths ("1 3/8")
                            tr("Pages"), tr("First scene")},
                           m_locationChart,
                           tr("Scenes per location, top %1").arg(kChartBars)),
                   reportName(kLocations));
    m_tabs->addTab(makeTab(kScenes,
                           {//: The scene number column
                            tr("Scene"), tr("Heading"), tr("Page"),
                            //: A scene's length in eighths of a page ("1 3/8")
                            tr("Length"), tr("Characters")},
                           nullptr, QString()),
                   reportName(kScenes));
    m_tabs->hide(); // until the report is ready

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_csvButton = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(u"saveCsvButton"_s);
    m_csvButton->setToolTip(tr("Save this tab's report as a spreadsheet file (CSV)"));
    m_csvButton->setAutoDefault(false);
    m_pdfButton = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(u"savePdfButton"_s);
    m_pdfButton->setToolTip(tr("Save this tab's table, as sorted, as a PDF"));
    m_pdfButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsDialog::chooseCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsDialog::choosePdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0);
    layout->addWidget(buttons);
    resize(900, 700);

    m_status->setText(tr("Working out the reports…"));
    updateButtons();
    connect(&m_reportWatcher, &QFutureWatcherBase::finished, this, &ReportsDialog::onComputed);
    connect(&m_pdfWatcher, &QFutureWatcherBase::finished, this, &ReportsDialog::onPdfWritten);
    // A whole script is parsed and paginated here: never on the GUI thread.
    m_reportWatcher.setFuture(QtConcurrent::run([fountain] {
        return ScreenplayReport::compute(FountainParser::parse(fountain));
    }));
}

QTableView *ReportsDialog::table(int tab) const
{
    return tab >= 0 && tab < int(m_tables.size()) ? m_tables.at(size_t(tab)) : nullptr;
}

QWidget *ReportsDialog::makeTab(int tab, const QStringList &headers, ReportChart *chart,
                                const QString &caption)
{
    const std::array<QString, 3> tableNames{
        u"characterReportTable"_s, u"locationReportTable"_s, u"sceneReportTable"_s};
    // Each table opens in the report's own order, and says so with its sort indicator.
    const std::array<std::pair<int, Qt::SortOrder>, 3> openingSort{
        std::pair{3, Qt::DescendingOrder}, std::pair{4, Qt::DescendingOrder},
        std::pair{0, Qt::AscendingOrder}};
    const auto index = size_t(tab);

    auto *stack = new QStackedWidget(m_tabs);
    auto *content = new QWidget(stack);
    auto *contentLayout = new QVBoxLayout(content);
    if (chart) {
        auto *box = new QWidget(content);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(caption, box);
        label->setForegroundRole(QPalette::PlaceholderText); // muted in light and dark palettes
        chart->setParent(box);
        boxLayout->addWidget(label);
        boxLayout->addWidget(chart);
        contentLayout->addWidget(box);
        m_chartBoxes[index] = box;
    }
    auto *model = new QStandardItemModel(0, int(headers.size()), this);
    model->setHorizontalHeaderLabels(headers);
    model->setSortRole(kSortRole);
    auto *view = new QTableView(content);
    view->setObjectName(tableNames.at(index));
    view->setAccessibleName(reportName(tab));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // The indicator is set before sorting is enabled, which sorts by it: with no rows yet, it
    // only marks the order the report's rows arrive in.
    view->horizontalHeader()->setSortIndicator(openingSort.at(index).first,
                                               openingSort.at(index).second);
    view->setSortingEnabled(true);
    contentLayout->addWidget(view, 1);

    auto *empty = new QLabel(tr("This draft has no scenes yet."), stack);
    empty->setObjectName(u"emptyReportLabel"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    stack->addWidget(content);
    stack->addWidget(empty);
    m_stacks[index] = stack;
    m_tables[index] = view;
    m_models[index] = model;
    return stack;
}

QString ReportsDialog::reportName(int tab) const
{
    switch (tab) {
    case kCharacters:
        return tr("Characters");
    case kLocations:
        return tr("Locations");
    default:
        return tr("Scenes");
    }
}

void ReportsDialog::onComputed()
{
    m_report = m_reportWatcher.result();
    fillCharacters();
    fillLocations();
    fillScenes();
    const bool empty = m_report.scenes.isEmpty();
    for (QStackedWidget *stack : m_stacks) {
        stack->setCurrentIndex(empty ? 1 : 0);
    }
    m_status->clear();
    m_status->hide();
    m_tabs->show();
    for (QTableView *view : m_tables) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            view->setColumnWidth(c, std::min(view->columnWidth(c), kWidestColumn));
        }
    }
    m_ready = true;
    updateButtons();
    Q_EMIT ready();
}

void ReportsDialog::fillCharacters()
{
    // A character's first and last scene sort by their place in the script, as scene numbers
    // such as "12A" cannot by text.
    QHash<QString, int> firstIndex;
    QHash<QString, int> lastIndex;
    for (const ScreenplayReport::Scene &s : std::as_const(m_report.scenes)) {
        if (!firstIndex.contains(s.number)) {
            firstIndex.insert(s.number, s.index);
        }
        lastIndex.insert(s.number, s.index);
    }
    QStandardItemModel *model = m_models.at(kCharacters);
    QList<std::pair<QString, int>> bars;
    for (const ScreenplayReport::Character &c : std::as_const(m_report.characters)) {
        model->appendRow({textItem(c.name),
                          numberItem(c.scenes),
                          numberItem(c.dialogueBlocks),
                          numberItem(c.words),
                          keyedItem(c.firstScene, firstIndex.value(c.firstScene, -1)),
                          keyedItem(c.lastScene, lastIndex.value(c.lastScene, -1)),
                          numberItem(c.firstPage),
                          numberItem(c.lastPage)});
        if (bars.size() < kChartBars) {
            bars.append({c.name, c.words}); // the report lists the most words first
        }
    }
    m_characterChart->setBars(bars);
    m_chartBoxes.at(kCharacters)->setVisible(!bars.isEmpty());
}

void ReportsDialog::fillLocations()
{
    QStandardItemModel *model = m_models.at(kLocations);
    QHash<QString, int> sceneIndex;
    for (const ScreenplayReport::Scene &s : std::as_const(m_report.scenes)) {
        if (!sceneIndex.contains(s.number)) {
            sceneIndex.insert(s.number, s.index);
        }
    }
    for (const ScreenplayReport::Location &l : std::as_const(m_report.locations)) {
        model->appendRow({textItem(l.name), textItem(l.intExt), textItem(l.times.join(u", "_s)),
                          numberItem(l.scenes), keyedItem(Labels::eighths(l.pages()), l.eighths),
                          keyedItem(l.firstScene, sceneIndex.value(l.firstScene, -1))});
    }
    // The chart counts scenes, the table's order is pages: the most scenes first, ties as listed.
    QList<ScreenplayReport::Location> byScenes = m_report.locations;
    std::stable_sort(byScenes.begin(), byScenes.end(),
                     [](const ScreenplayReport::Location &a, const ScreenplayReport::Location &b) {
                         return a.scenes > b.scenes;
                     });
    QList<std::pair<QString, int>> bars;
    for (const ScreenplayReport::Location &l : std::as_const(byScenes)) {
        if (bars.size() == kChartBars) {
            break;
        }
        // INT. HOUSE and EXT. HOUSE are two places, so the bar says which.
        const QString place = l.intExt.isEmpty() ? l.name : QString(l.intExt + u". "_s + l.name);
        bars.append({place, l.scenes});
    }
    m_locationChart->setBars(bars);
    m_chartBoxes.at(kLocations)->setVisible(!bars.isEmpty());
}

void ReportsDialog::fillScenes()
{
    QStandardItemModel *model = m_models.at(kScenes);
    for (const ScreenplayReport::Scene &s : std::as_const(m_report.scenes)) {
        model->appendRow({keyedItem(s.number, s.index), textItem(s.heading), numberItem(s.page),
                          keyedItem(Labels::eighths(s.eighths / 8.0), s.eighths),
                          textItem(s.characters.join(u", "_s))});
    }
}

Result<void> ReportsDialog::saveCsv(const QString &path) const
{
    if (!m_ready) {
        return makeError(ErrorCode::InvalidInput, u"the reports are not ready yet"_s);
    }
    QString text;
    switch (m_tabs->currentIndex()) {
    case kCharacters:
        text = ReportCsv::characters(m_report);
        break;
    case kLocations:
        text = ReportCsv::locations(m_report);
        break;
    default:
        text = ReportCsv::scenes(m_report);
        break;
    }
    const QByteArray bytes = text.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(path, file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ioError(path, reason);
    }
    if (!file.commit()) {
        return ioError(path, file.errorString());
    }
    return {};
}

void ReportsDialog::savePdf(const QString &path)
{
    if (!m_ready || m_writingPdf) {
        const QString error = m_ready ? tr("A PDF is still being saved; try again when it is done.")
                                      : tr("The reports are not ready yet.");
        showOutcome(path, error);
        Q_EMIT pdfSaved(path, error);
        return;
    }
    const int tab = m_tabs->currentIndex();
    PdfTable pdf = snapshot(*m_models.at(size_t(tab)), locale());
    const QString title = m_title.isEmpty() ? tr("Untitled") : m_title;
    //: The title line of a report saved as PDF: the script's title, then the report's name
    pdf.title = tr("%1 — %2").arg(title, reportName(tab));
    //: Page numbers of a report saved as PDF
    pdf.pageFormat = tr("Page %1 of %2");
    pdf.paper = SettingsDialog::storedPaper() == u"a4"_s ? QPageSize::A4 : QPageSize::Letter;
    m_pdfPath = path;
    m_writingPdf = true;
    m_status->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_status->show();
    updateButtons();
    m_pdfWatcher.setFuture(QtConcurrent::run([pdf = std::move(pdf), path] {
        return writeTablePdf(pdf, path);
    }));
}

void ReportsDialog::onPdfWritten()
{
    const Result<void> written = m_pdfWatcher.result();
    const QString path = std::exchange(m_pdfPath, QString());
    m_writingPdf = false;
    const QString error = written ? QString() : failureText(path, written.error());
    showOutcome(path, error);
    updateButtons();
    Q_EMIT pdfSaved(path, error);
}

void ReportsDialog::chooseCsv()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report as CSV"),
                                                suggestedPath(u"csv"_s),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".csv"_s;
    }
    const Result<void> saved = saveCsv(path);
    showOutcome(path, saved ? QString() : failureText(path, saved.error()));
}

void ReportsDialog::choosePdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                suggestedPath(u"pdf"_s), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".pdf"_s;
    }
    savePdf(path);
}

QString ReportsDialog::suggestedPath(const QString &suffix) const
{
    const QString title = fileNamePart(m_title);
    const QString kind = reportName(m_tabs->currentIndex());
    const QString name = title.isEmpty() ? kind : title + u" - "_s + kind;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + u'.' + suffix);
}

QString ReportsDialog::failureText(const QString &path, const Error &error) const
{
    // One line: a reason from the system may end in a line break.
    const QString reason = error.detail.simplified();
    const QString file = QDir::toNativeSeparators(path);
    return reason.isEmpty() ? tr("Could not save %1.").arg(file)
                            : tr("Could not save %1: %2").arg(file, reason);
}

void ReportsDialog::showOutcome(const QString &path, const QString &error)
{
    m_status->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                      : error);
    m_status->show();
}

void ReportsDialog::updateButtons()
{
    const bool any = m_ready && !m_report.scenes.isEmpty();
    m_csvButton->setEnabled(any);
    m_pdfButton->setEnabled(any && !m_writingPdf);
}

} // namespace Spielberg
