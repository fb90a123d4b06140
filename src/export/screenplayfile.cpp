// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplayfile.h"

#include "fdxreader.h"
#include "fdxwriter.h"
#include "fountainwriter.h"

#include <core/fountainparser.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Spielberg {

std::optional<ScreenplayFile::Format> ScreenplayFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"fountain"_s || suffix == u"spmd"_s || suffix == u"txt"_s) {
        return Format::Fountain;
    }
    if (suffix == u"fdx"_s) {
        return Format::Fdx;
    }
    if (suffix == u"pdf"_s) {
        return Format::Pdf;
    }
    return std::nullopt;
}

Result<ScreenplayFile::Loaded> ScreenplayFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    std::optional<Format> format = formatOf(path);
    if (format == Format::Pdf) {
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a PDF; import a .fountain or .fdx file instead"_s.arg(path));
    }
    if (!format) {
        const QByteArray head = bytes.left(256).trimmed();
        format = head.startsWith("<?xml") || head.startsWith("<FinalDraft") ? Format::Fdx : Format::Fountain;
    }
    Loaded loaded;
    loaded.format = *format;
    if (*format == Format::Fdx) {
        Result<Screenplay> play = FdxReader::read(bytes, &loaded.paragraphStyles);
        if (!play) {
            return makeError(ErrorCode::InvalidInput, u"%1: %2"_s.arg(path, play.error().message));
        }
        loaded.screenplay = std::move(play).value();
        loaded.fountain = FountainWriter::write(loaded.screenplay);
        return loaded;
    }
    Result<QString> text = FountainParser::decode(bytes);
    if (!text) {
        return makeError(ErrorCode::InvalidInput, u"%1: %2"_s.arg(path, text.error().message));
    }
    loaded.fountain = std::move(text).value();
    loaded.screenplay = FountainParser::parse(loaded.fountain);
    return loaded;
}

PageLayout ScreenplayFile::withStyles(PageLayout layout, const FdxReader::ParagraphStyles &styles)
{
    for (const auto &[type, style] : styles) {
        layout.setParagraph(type, style);
    }
    return layout;
}

Result<void> ScreenplayFile::write(const Screenplay &play, const QString &path, const PdfExporter::Options &pdf)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        return makeError(ErrorCode::InvalidInput,
                         u"cannot tell the format of '%1' (the name must end in .pdf, .fdx or .fountain)"_s.arg(path));
    }
    if (*format == Format::Pdf) {
        return PdfExporter::write(play, path, pdf);
    }
    const QByteArray bytes = *format == Format::Fdx ? FdxWriter::write(play) : FountainWriter::write(play).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    return {};
}

Screenplay ScreenplayFile::withTitlePage(Screenplay play, const QString &title, const QString &author)
{
    if (!play.titlePage.isEmpty() || title.trimmed().isEmpty()) {
        return play;
    }
    play.titlePage.append({QStringLiteral("Title"), title.trimmed()});
    if (!author.trimmed().isEmpty()) {
        play.titlePage.append({QStringLiteral("Credit"), QStringLiteral("written by")});
        play.titlePage.append({QStringLiteral("Author"), author.trimmed()});
    }
    return play;
}

} // namespace Spielberg
