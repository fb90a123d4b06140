// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QFont>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// The definition's format that names each element's colour.
QString formatName(ElementType type)
{
    switch (type) {
    case ElementType::SceneHeading: return u"Scene Heading"_s;
    case ElementType::Action: return u"Action"_s;
    case ElementType::Character: return u"Character"_s;
    case ElementType::Parenthetical: return u"Parenthetical"_s;
    case ElementType::Dialogue: return u"Dialogue"_s;
    case ElementType::Transition: return u"Transition"_s;
    case ElementType::Centered: return u"Centered"_s;
    case ElementType::Lyrics: return u"Lyrics"_s;
    case ElementType::Section: return u"Section"_s;
    case ElementType::Synopsis: return u"Synopsis"_s;
    case ElementType::PageBreak: return u"Page Break"_s;
    }
    return u"Action"_s;
}

QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme)
{
    QTextCharFormat out;
    out.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme)) {
        out.setBackground(format.backgroundColor(theme));
    }
    out.setFontWeight(format.isBold(theme) ? QFont::Bold : QFont::Normal);
    out.setFontItalic(format.isItalic(theme));
    out.setFontUnderline(format.isUnderline(theme));
    out.setFontStrikeOut(format.isStrikeThrough(theme));
    return out;
}

} // namespace

ElementHighlighter::ElementHighlighter(ElementOf elementOf, QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
    , m_elementOf(std::move(elementOf))
{
}

void ElementHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    updateFormats();
}

void ElementHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    KSyntaxHighlighting::SyntaxHighlighter::setDefinition(definition);
    updateFormats();
}

void ElementHighlighter::updateFormats()
{
    const QList<KSyntaxHighlighting::Format> formats = definition().formats();
    m_plain = QTextCharFormat();
    m_plain.setForeground(QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal)));
    for (int type = 0; type <= int(ElementType::PageBreak); ++type) {
        m_formats[type] = m_plain;
        const QString name = formatName(ElementType(type));
        for (const KSyntaxHighlighting::Format &format : formats) {
            if (format.name() == name) {
                m_formats[type] = charFormat(format, theme());
                break;
            }
        }
    }
}

QTextCharFormat ElementHighlighter::elementFormat(std::optional<ElementType> type) const
{
    return type ? m_formats[int(*type)] : m_plain;
}

void ElementHighlighter::highlightBlock(const QString &text)
{
    m_current = m_elementOf ? m_elementOf(currentBlock().blockNumber()) : std::nullopt;
    setFormat(0, int(text.size()), elementFormat(m_current));
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
}

// Plain text takes the element's format; emphasis adds its weight, slant or underline to it;
// notes, boneyard, escapes and the title page keep their own.
void ElementHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length == 0) {
        return;
    }
    const QString name = format.name();
    QTextCharFormat out = elementFormat(m_current);
    if (name == u"Action"_s) {
        setFormat(offset, length, out);
    } else if (name == u"Bold"_s || name == u"Italic"_s || name == u"Bold Italic"_s || name == u"Underline"_s) {
        if (format.isBold(theme())) {
            out.setFontWeight(QFont::Bold);
        }
        if (format.isItalic(theme())) {
            out.setFontItalic(true);
        }
        if (format.isUnderline(theme())) {
            out.setFontUnderline(true);
        }
        setFormat(offset, length, out);
    } else {
        KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    }
}

} // namespace Spielberg
