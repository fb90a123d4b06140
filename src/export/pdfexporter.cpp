// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "logging.h"

#include <core/paginator.h>
#include <core/titlepagelayout.h>
#include <core/screenplay.h>

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QSet>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <array>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kColumn = kPointsPerInch / 10.0; // 10 characters per inch
constexpr double kRow = kPointsPerInch / 6.0;     // 6 lines per inch
constexpr double kFontSize = 12.0;

// Four faces of one typewriter font, indexed by StyledText style bits (bold | italic).
struct Faces {
    std::array<QFont, 4> face;

    const QFont &forStyle(quint8 style) const
    {
        return face[size_t(style & (StyledText::Bold | StyledText::Italic))];
    }
};

QString typewriterFamily()
{
    const QByteArray forced = qgetenv("SPIELBERG_PDF_FONT");
    return forced.isEmpty() ? u"Nimbus Mono PS"_s : QString::fromUtf8(forced);
}

// Debian's Courier Prime files all claim one style ("Light, Regular"), so fontconfig may return
// the italic or bold file for the regular face; URW's Nimbus Mono PS (a Courier with honest
// style names) and Courier New come first for that reason.
Faces loadFaces()
{
    Faces faces;
    for (size_t k = 0; k < 4; ++k) {
        QFont font(typewriterFamily());
        font.setFamilies({typewriterFamily(), u"Courier New"_s, u"Courier Prime"_s, u"Courier"_s});
        font.setStyleHint(QFont::TypeWriter);
        font.setPointSizeF(kFontSize);
        font.setKerning(false);
        font.setBold(k & StyledText::Bold);
        font.setItalic(k & StyledText::Italic);
        faces.face[k] = font;
    }
    return faces;
}

class PageDrawer
{
public:
    PageDrawer(QPainter &painter, const Faces &faces, const PageLayout &layout)
        : m_painter(painter)
        , m_faces(faces)
        , m_layout(layout)
    {
    }

    // Draws `text` with its first character in `column` (from the left margin) on the baseline of
    // `row` (from the top margin); every character takes exactly one 1/10-inch cell.
    void text(const StyledText &text, double x, double baseline)
    {
        qsizetype start = 0;
        while (start < text.size()) {
            const quint8 style = text.styles.value(start);
            qsizetype end = start;
            while (end < text.size() && text.styles.value(end) == style) {
                ++end;
            }
            run(text.text.mid(start, end - start), style, x + double(start) * kColumn, baseline);
            if (style & StyledText::Underline) {
                const QPointF from(x + double(start) * kColumn, baseline + 1.5);
                m_painter.drawLine(from, from + QPointF(double(end - start) * kColumn, 0));
            }
            start = end;
        }
    }

    double columnX(double column) const { return (m_layout.leftMarginInches * kPointsPerInch) + column * kColumn; }
    double rowBaseline(int row) const
    {
        // The baseline sits about four fifths down the 12-point row.
        return m_layout.topMarginInches * kPointsPerInch + row * kRow + kRow * 0.8;
    }

private:
    void run(const QString &s, quint8 style, double x, double baseline)
    {
        m_painter.setFont(m_faces.forStyle(style));
        m_painter.drawText(QPointF(x, baseline), s);
    }

    QPainter &m_painter;
    const Faces &m_faces;
    const PageLayout &m_layout;
};

// The tint of each revision colour's paper (a light wash, so the text stays black on it).
QColor paperOf(const QString &color)
{
    static const QHash<QString, QColor> tints{
        {u"white"_s, QColor(255, 255, 255)},   {u"blue"_s, QColor(214, 230, 255)},
        {u"pink"_s, QColor(255, 219, 232)},    {u"yellow"_s, QColor(255, 249, 196)},
        {u"green"_s, QColor(214, 245, 214)},   {u"goldenrod"_s, QColor(250, 228, 170)},
        {u"buff"_s, QColor(245, 232, 205)},    {u"salmon"_s, QColor(255, 214, 196)},
        {u"cherry"_s, QColor(250, 196, 205)}};
    return tints.value(color.section(u' ', -1), Qt::white);
}

} // namespace

Result<void> PdfExporter::write(const Screenplay &play, const QString &path, const Options &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Internal, u"PDF export needs a QGuiApplication (fonts and painting)"_s);
    }
    const PageLayout &layout = options.layout;
    const QList<Page> pages = options.pages.isEmpty() ? Paginator::paginate(play, layout) : options.pages;

    // Written to a temporary file beside the target and renamed only when complete, so a failed
    // or cancelled export never leaves half a PDF where the writer's file was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kPointsPerInch));
        writer.setPageSize(layout.paper == PageLayout::Paper::A4 ? QPageSize(QPageSize::A4)
                                                                 : QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setCreator(u"Spielberg"_s);
        for (const TitlePageEntry &entry : play.titlePage) {
            if (entry.key.compare(u"title"_s, Qt::CaseInsensitive) == 0) {
                writer.setTitle(QString(entry.value).replace(u'\n', u' ').remove(u'*').remove(u'_'));
            }
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return makeError(ErrorCode::Io, u"cannot start a PDF in %1"_s.arg(path));
        }
        painter.setPen(QPen(Qt::black, 0.6));
        const Faces faces = loadFaces();
        PageDrawer draw(painter, faces, layout);

        QSet<int> changed;
        QString revisionHeader;
        if (options.revision) {
            changed = QSet<int>(options.revision->changedLines.begin(), options.revision->changedLines.end());
            changed.remove(0);
            QString color = options.revision->color;
            color = color.isEmpty() ? color : color.front().toUpper() + color.mid(1);
            revisionHeader = u"%1 Revision %2"_s.arg(color, options.revision->date.toString(u"MM/dd/yyyy"_s));
        }
        const bool numbers = options.sceneNumbers || options.revision.has_value();

        bool first = true;
        // The title page (docs/screenplay-format.md §2.6), on more than one when it is long.
        for (const Page &page : TitlePageLayout::pages(play.titlePage, layout)) {
            if (!first) {
                writer.newPage();
            }
            first = false;
            for (const PageLine &line : page.lines) {
                draw.text(line.text, draw.columnX(line.column), draw.rowBaseline(line.row));
            }
        }
        for (const Page &page : pages) {
            if (options.cancel && options.cancel->load()) {
                painter.end();
                file.cancelWriting();
                return makeError(ErrorCode::Cancelled, u"the PDF export was cancelled"_s);
            }
            if (!first) {
                writer.newPage();
            }
            first = false;
            if (options.revision) {
                const QColor paper = paperOf(options.revision->color);
                if (paper != Qt::white) {
                    painter.fillRect(QRectF(0, 0, layout.pageWidthInches * kPointsPerInch,
                                            layout.pageHeightInches * kPointsPerInch),
                                     paper);
                }
                draw.text(StyledText::fromFountain(revisionHeader), draw.columnX(0),
                          layout.headerInches * kPointsPerInch + kRow * 0.8);
            }
            if (const QString printed = page.printedNumber(); !printed.isEmpty()) {
                const StyledText number = StyledText::fromFountain(printed);
                const double right = layout.actionWidth;
                draw.text(number, draw.columnX(right - double(number.size())),
                          layout.headerInches * kPointsPerInch + kRow * 0.8);
            }
            for (const PageLine &line : page.lines) {
                const double y = draw.rowBaseline(line.row);
                draw.text(line.text, draw.columnX(line.column), y);
                if (numbers && !line.sceneNumber.isEmpty()) {
                    const StyledText n = StyledText::fromFountain(line.sceneNumber);
                    draw.text(n, draw.columnX(-6), y);
                    draw.text(n, draw.columnX(layout.actionWidth + 2), y);
                }
                if (line.sourceLine > 0 && changed.contains(line.sourceLine)) {
                    draw.text(StyledText::fromFountain(u"*"_s), draw.columnX(layout.actionWidth + 7), y);
                }
            }
        }
        painter.end();
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    return {};
}

} // namespace Spielberg
