// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/screenplayelement.h>

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QTextCharFormat>

#include <functional>
#include <optional>

namespace Spielberg {

/**
 * KF6's highlighter with each line coloured as the element the parser reads it as: the Fountain
 * definition colours what lies inside a line (emphasis, notes, boneyard, the title page) and this
 * class lays the element's colour and weight under it. The element of a block comes from a
 * function (FountainHighlighter's LineElements), so a line of capitals is a cue only when the
 * parser says so. The element colours are the definition's own formats ("Scene Heading",
 * "Character", "Dialogue"…) in the current theme.
 */
class ElementHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    using ElementOf = std::function<std::optional<ElementType>(int block)>;

    ElementHighlighter(ElementOf elementOf, QObject *parent = nullptr);

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;

    /** The format a whole line of `type` gets (its colour, bold or italic). */
    QTextCharFormat elementFormat(std::optional<ElementType> type) const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void updateFormats();

    ElementOf m_elementOf;
    QTextCharFormat m_formats[int(ElementType::PageBreak) + 1];
    QTextCharFormat m_plain;
    std::optional<ElementType> m_current;
};

} // namespace Spielberg
