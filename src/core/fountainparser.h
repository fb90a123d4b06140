// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "screenplay.h"

#include <QByteArray>
#include <QStringView>

namespace Spielberg {

/**
 * Turns Fountain text into a Screenplay (https://fountain.io/syntax, version 1.1).
 *
 * A pure function of its input, safe to call from any thread. One pass over the text: line ends
 * are normalised (CRLF, CR, U+2028, a leading BOM), boneyard and notes are removed while the
 * lines are split, and each line is then classified with one line of look-behind and
 * look-ahead. Ambiguous or malformed text becomes Action, never disappears: an unterminated
 * boneyard or note is kept as text.
 */
class FountainParser
{
public:
    /** Parses already decoded text. Never fails: anything unrecognised is Action. */
    static Screenplay parse(QStringView text);

    /**
     * Decodes a file's bytes as UTF-8 (a BOM is dropped). Fails, naming the byte offset, on
     * invalid UTF-8 or on binary content (NUL bytes), so a writer never imports garbage.
     */
    static Result<QString> decode(const QByteArray &bytes);

    /** Whether a line starts as a scene heading does: INT, EXT, EST, I/E… then '.' or ' '. */
    static bool hasHeadingPrefix(QStringView line);
};

} // namespace Spielberg
