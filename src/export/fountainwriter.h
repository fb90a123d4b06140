// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Spielberg {

struct Screenplay;

/**
 * Writes a Screenplay as Fountain text such that parsing it gives the same Screenplay back:
 * `FountainParser::parse(FountainWriter::write(s)) == s` for every s the parser produced, and
 * for imported (FDX) screenplays up to what Fountain can say. Elements are separated by one
 * blank line; forcing markers (`!`, `@`, `.`, `>`, `~`) are added only where the plain text
 * would read as another element. Generated versions go through it to be normalised the same
 * way every time. Pure, safe on any thread.
 */
class FountainWriter
{
public:
    static QString write(const Screenplay &play);
};

} // namespace Spielberg
