// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Spielberg {

struct Screenplay;

/**
 * Writes a Screenplay as a Final Draft document (FDX `Version="5"`) with QXmlStreamWriter:
 * one `<Paragraph Type=…>` per element, emphasis as styled `<Text>` runs, dual dialogue in a
 * `<DualDialogue>` wrapper, scene numbers as `Number`, synopses as the heading's
 * `SceneProperties/Summary`, the title page as positioned paragraphs, and the
 * `MoresAndContinueds` settings so Final Draft breaks dialogue as we do. Sections, which Final
 * Draft has no element for, are written as `Outline N` paragraphs. Pure.
 */
class FdxWriter
{
public:
    static QByteArray write(const Screenplay &play);
};

} // namespace Spielberg
