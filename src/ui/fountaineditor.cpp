// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountaineditor.h"

#include "fountainhighlighter.h"

#include <QFontDatabase>
#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
// A printed screenplay line holds about 61 characters of Courier 12 (SCREENPLAY_FORMATS.md §7.2);
// a little more room keeps indented action from wrapping early on screen.
constexpr int kColumnChars = 66;

// Debian's Courier Prime files all claim one style ("Light, Regular"), so fontconfig cannot tell
// regular from italic or bold and may hand out any of them; its Code cut has broken line
// metrics. Nimbus Mono PS (URW's Courier) and Courier New come first for that reason.
QFont typewriterFont()
{
    for (const QString &family :
         {u"Nimbus Mono PS"_s, u"Courier New"_s, u"Courier Prime"_s, u"Courier"_s}) {
        if (QFontDatabase::hasFamily(family)) {
            return QFont(family, 12);
        }
    }
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(12);
    return font;
}
} // namespace

FountainEditor::FountainEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new FountainHighlighter(document(), this))
{
    setObjectName(u"fountainEditor"_s);
    setAccessibleName(tr("Screenplay editor"));
    setFont(typewriterFont());
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("INT. SOMEWHERE - DAY\n\nStart writing in Fountain: a scene heading, "
                          "then action.\n\nA NAME IN CAPITALS\nstarts a line of dialogue."));
    updateMargins();
}

void FountainEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

// Centres a page-wide text column in the viewport.
void FountainEditor::updateMargins()
{
    const qreal column = QFontMetricsF(font()).horizontalAdvance(u'M') * kColumnChars;
    const int free = int(width() - column - 40);
    const int side = free > 0 ? free / 2 : 8;
    setViewportMargins(side, 12, side, 12);
}

} // namespace Spielberg
