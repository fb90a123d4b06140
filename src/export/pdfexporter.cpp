// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "logging.h"

#include <core/paginator.h>
#include <core/titlepagelayout.h>
#include <core/screenplay.h>

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QHash>
#include <QSet>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kColumn = kPointsPerInch / 10.0; // 10 characters per inch
constexpr double kRow = kPointsPerInch / 6.0;     // 6 lines per inch
constexpr double kFontSize = 12.0;

QString typewriterFamily()
{
    const QByteArray forced = qgetenv("SPIELBERG_PDF_FONT");
    return forced.isEmpty() ? u"Nimbus Mono PS"_s : QString::fromUtf8(forced);
}

// Four faces of one typewriter font, indexed by StyledText style bits (bold | italic). A face's
// raw font (its glyphs) is loaded when first used: most scripts never print some of the four.
//
// Debian's Courier Prime files all claim one style ("Light, Regular"), so fontconfig may return
// the italic or bold file for the regular face; URW's Nimbus Mono PS (a Courier with honest
// style names) and Courier New come first for that reason.
class Faces
{
public:
    Faces()
    {
        for (size_t k = 0; k < m_fonts.size(); ++k) {
            QFont font(typewriterFamily());
            font.setFamilies({typewriterFamily(), u"Courier New"_s, u"Courier Prime"_s, u"Courier"_s});
            font.setStyleHint(QFont::TypeWriter);
            font.setPointSizeF(kFontSize);
            font.setKerning(false);
            font.setBold(k & StyledText::Bold);
            font.setItalic(k & StyledText::Italic);
            m_fonts[k] = font;
        }
    }

    const QFont &font(size_t face) const { return m_fonts[face]; }

    /**
     * The face's glyphs, sized for text drawn in units of one column (PageDrawer::flush()): a
     * 12-point face is 12/7.2 columns, whatever the screen's resolution made of its pixel size.
     */
    const QRawFont &raw(size_t face)
    {
        if (!m_raw[face]) {
            m_raw[face] = QRawFont::fromFont(m_fonts[face]);
            m_raw[face]->setPixelSize(kFontSize / kColumn);
        }
        return *m_raw[face];
    }

    static size_t of(quint8 style) { return style & (StyledText::Bold | StyledText::Italic); }

private:
    std::array<QFont, 4> m_fonts;
    std::array<std::optional<QRawFont>, 4> m_raw;
};

class PageDrawer
{
public:
    PageDrawer(QPainter &painter, const PageLayout &layout)
        : m_painter(painter)
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

    /**
     * Draws the glyphs gathered since the last call: one glyph run, in one face. Called when the
     * face changes (so that the page stream keeps the text in reading order for viewers that
     * read it in order) and before a new page.
     */
    void flush()
    {
        if (m_pending.glyphs.isEmpty()) {
            return;
        }
        // Drawn in units of one column: a glyph's step to the next is then "1" in the page
        // stream, not "7.20312500", which makes the streams a third shorter to write and to
        // compress (the font is sized to match, so the print is the same).
        QGlyphRun run;
        run.setRawFont(m_faces.raw(m_pendingFace));
        run.setGlyphIndexes(m_pending.glyphs);
        run.setPositions(m_pending.positions);
        m_painter.save();
        m_painter.scale(kColumn, kColumn);
        m_painter.drawGlyphRun(QPointF(0, 0), run);
        m_painter.restore();
        m_pending.glyphs.clear();
        m_pending.positions.clear();
    }

private:
    // A line's glyphs in one face, and where each stands from the line's start.
    struct Glyphs {
        QList<quint32> indexes;
        QList<double> offsets;
    };
    // Glyphs gathered in one face, not drawn yet.
    struct Gathered {
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };

    // A run of one style, one character to a column. The font is monospaced and every character
    // has its cell, so the glyphs are looked up here (once per distinct text) and drawn as one
    // glyph run for as long as the face stays the same (most pages: the whole page), instead
    // of shaping and drawing each line: text shaping was half of an export. A character the
    // font lacks goes through drawText(), which falls back to another font.
    void run(const QString &s, quint8 style, double x, double baseline)
    {
        const size_t face = Faces::of(style);
        const Glyphs *glyphs = m_faces.raw(face).isValid() ? glyphsOf(s, face) : nullptr;
        if (!glyphs || face != m_pendingFace) {
            flush();
            m_pendingFace = face;
        }
        if (!glyphs) {
            m_painter.setFont(m_faces.font(face));
            m_painter.drawText(QPointF(x, baseline), s);
            return;
        }
        // In columns, on the 1/64 grid the engine keeps positions in: whole columns stay whole.
        const auto grid = [](double points) { return std::round(points / kColumn * 64.0) / 64.0; };
        m_pending.glyphs.append(glyphs->indexes);
        const double y = grid(baseline);
        for (const double offset : glyphs->offsets) {
            m_pending.positions.append(QPointF(grid(x + offset), y));
        }
    }

    const Glyphs *glyphsOf(const QString &s, size_t face)
    {
        QHash<QString, std::optional<Glyphs>> &known = m_known[face];
        if (const auto it = known.constFind(s); it != known.cend()) {
            return it->has_value() ? &**it : nullptr;
        }
        const QList<quint32> indexes = m_faces.raw(face).glyphIndexesForString(s);
        bool complete = indexes.size() == s.size();
        for (qsizetype i = 0; complete && i < indexes.size(); ++i) {
            complete = indexes[i] != 0 || s[i].isSpace();
        }
        std::optional<Glyphs> made;
        if (complete) {
            // Spaces print nothing and take no glyph: readers see the gap (a fifth of a
            // screenplay's characters, and of the page streams, are spaces).
            made.emplace();
            for (qsizetype i = 0; i < indexes.size(); ++i) {
                if (!s[i].isSpace()) {
                    made->indexes.append(indexes[i]);
                    made->offsets.append(double(i) * kColumn);
                }
            }
        }
        const auto it = known.insert(s, std::move(made));
        return it->has_value() ? &**it : nullptr;
    }

    QPainter &m_painter;
    const PageLayout &m_layout;
    Faces m_faces;
    std::array<QHash<QString, std::optional<Glyphs>>, 4> m_known;
    Gathered m_pending;
    size_t m_pendingFace = 0;
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
        PageDrawer draw(painter, layout);

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
                draw.flush();
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
                draw.flush();
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
        draw.flush();
        painter.end();
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    return {};
}

} // namespace Spielberg
