// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fdxreader.h"
#include "pdfexporter.h"

#include <core/result.h>
#include <core/screenplay.h>

#include <QString>

namespace Spielberg {

/**
 * Screenplay files on disk, by format: Fountain (.fountain, .spmd, .txt) and Final Draft (.fdx)
 * in, PDF, FDX and Fountain out. Reading and writing a file are free functions of values:
 * call them from a worker thread in the UI. Errors are one sentence naming the file.
 */
class ScreenplayFile
{
public:
    enum class Format { Fountain, Fdx, Pdf };

    struct Loaded {
        Screenplay screenplay;
        /** The text as Fountain: the file's own text for Fountain, the writer's output for FDX. */
        QString fountain;
        Format format = Format::Fountain;
        /** An FDX file's own paragraph styles (empty for Fountain): see withStyles(). */
        FdxReader::ParagraphStyles paragraphStyles;
    };

    /** `layout` with a file's own paragraph styles, which place its elements as its author set. */
    static PageLayout withStyles(PageLayout layout, const FdxReader::ParagraphStyles &styles);

    /** The format a path's extension names; nullopt for one we do not know. */
    static std::optional<Format> formatOf(const QString &path);

    /** Reads a Fountain or FDX file (an unknown extension is sniffed: XML is taken as FDX). */
    static Result<Loaded> read(const QString &path);

    /**
     * Writes `play` to `path` in the format its extension names. The file is replaced only when
     * the whole write succeeded (QSaveFile). `pdf` applies to PDF only.
     */
    static Result<void> write(const Screenplay &play, const QString &path,
                              const PdfExporter::Options &pdf = {});

    /**
     * `play` with a title page made from the script's details (its title, "written by" and the
     * writer's name) when its text has none; a text with its own title page is left as it is.
     */
    static Screenplay withTitlePage(Screenplay play, const QString &title, const QString &author);
};

} // namespace Spielberg
