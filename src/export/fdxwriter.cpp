// SPDX-License-Identifier: GPL-3.0-or-later
#include "fdxwriter.h"

#include <core/screenplay.h>
#include <core/styledtext.h>
#include <core/titlepagelayout.h>

#include <QXmlStreamWriter>

#include <utility>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

QString typeName(ElementType type)
{
    switch (type) {
    case ElementType::SceneHeading:
        return u"Scene Heading"_s;
    case ElementType::Character:
        return u"Character"_s;
    case ElementType::Parenthetical:
        return u"Parenthetical"_s;
    case ElementType::Dialogue:
        return u"Dialogue"_s;
    case ElementType::Transition:
        return u"Transition"_s;
    case ElementType::Lyrics:
        return u"Lyric"_s; // Final Draft's name (its own files say "Lyric")
    case ElementType::Action:
    case ElementType::Centered:
    case ElementType::Section:
    case ElementType::Synopsis:
    case ElementType::PageBreak:
        break;
    }
    return u"Action"_s;
}

// Writes `text` as <Text> runs, one per stretch of equal style; line breaks stay inside runs.
void writeRuns(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const StyledText styled = StyledText::fromFountain(lines[li]);
        const bool last = li + 1 == lines.size();
        qsizetype start = 0;
        if (styled.size() == 0) {
            xml.writeStartElement(u"Text"_s);
            xml.writeCharacters(last ? QString() : u"\n"_s);
            xml.writeEndElement();
            continue;
        }
        while (start < styled.size()) {
            const quint8 style = styled.styles[start];
            qsizetype end = start;
            while (end < styled.size() && styled.styles[end] == style) {
                ++end;
            }
            QStringList names;
            if (style & StyledText::Bold) {
                names.append(u"Bold"_s);
            }
            if (style & StyledText::Italic) {
                names.append(u"Italic"_s);
            }
            if (style & StyledText::Underline) {
                names.append(u"Underline"_s);
            }
            xml.writeStartElement(u"Text"_s);
            // No empty Style attribute: Final Draft then stops upper-casing the element.
            if (!names.isEmpty()) {
                xml.writeAttribute(u"Style"_s, names.join(u'+'));
            }
            QString chunk = styled.text.mid(start, end - start);
            if (end == styled.size() && !last) {
                chunk += u'\n';
            }
            xml.writeCharacters(chunk);
            xml.writeEndElement();
            start = end;
        }
    }
}

void writeParagraph(QXmlStreamWriter &xml, const ScreenplayElement &e, bool newPage, const QString &summary = {})
{
    xml.writeStartElement(u"Paragraph"_s);
    if (e.type == ElementType::Section) {
        xml.writeAttribute(u"Type"_s, u"Outline %1"_s.arg(qMax(1, e.depth)));
    } else {
        xml.writeAttribute(u"Type"_s, typeName(e.type));
    }
    if (e.type == ElementType::Centered) {
        xml.writeAttribute(u"Alignment"_s, u"Center"_s);
    }
    if (newPage) {
        xml.writeAttribute(u"StartsNewPage"_s, u"Yes"_s);
    }
    if (e.type == ElementType::SceneHeading && !e.sceneNumber.isEmpty()) {
        xml.writeAttribute(u"Number"_s, e.sceneNumber);
    }
    if (!summary.isEmpty()) {
        xml.writeStartElement(u"SceneProperties"_s);
        xml.writeStartElement(u"Summary"_s);
        xml.writeStartElement(u"Paragraph"_s);
        xml.writeTextElement(u"Text"_s, summary);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    QString text = e.text;
    if (e.type == ElementType::Character && !e.extension.isEmpty()) {
        text += u' ' + e.extension;
    }
    writeRuns(xml, text);
    xml.writeEndElement();
}

// The paragraphs of an action element. Fountain separates paragraphs with a blank line; each
// further blank line, and each one before the first paragraph or after the last (the blank
// lines between elements are not part of their text), is an empty paragraph: Final Draft's way
// of adding space, which the Fountain writer keeps as an extra blank line. Line breaks inside a
// paragraph stay.
QStringList actionParagraphs(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    const auto blank = [](const QString &line) { return line.trimmed().isEmpty(); };
    qsizetype first = 0;
    while (first < lines.size() && blank(lines[first])) {
        ++first;
    }
    if (first == lines.size()) {
        // Only blank lines: an empty paragraph as read (""), or the k + 1 extra blank lines the
        // parser keeps as an action of k line breaks.
        return QStringList(lines.size(), QString());
    }
    qsizetype last = lines.size() - 1;
    while (blank(lines[last])) {
        --last;
    }
    QStringList out(first, QString());
    QStringList paragraph;
    for (qsizetype i = first; i <= last; ++i) {
        if (!blank(lines[i])) {
            paragraph.append(lines[i]);
        } else if (!paragraph.isEmpty()) {
            out.append(paragraph.join(u'\n')); // this blank line is the separator
            paragraph.clear();
        } else {
            out.append(QString());
        }
    }
    out.append(paragraph.join(u'\n'));
    out.append(QStringList(lines.size() - 1 - last, QString()));
    return out;
}

void writeTitlePage(QXmlStreamWriter &xml, const Screenplay &play)
{
    xml.writeStartElement(u"TitlePage"_s);
    xml.writeStartElement(u"Content"_s);
    auto paragraph = [&xml](const QString &alignment, const QString &text) {
        xml.writeStartElement(u"Paragraph"_s);
        xml.writeAttribute(u"Alignment"_s, alignment);
        writeRuns(xml, text); // emphasis kept: a bold, underlined title stays so
        xml.writeEndElement();
    };
    for (int i = 0; i < 16; ++i) {
        paragraph(u"Center"_s, QString());
    }
    QStringList left;
    for (const TitlePageEntry &entry : play.titlePage) {
        if (TitlePageLayout::isCentred(entry.key)) {
            paragraph(u"Center"_s, entry.value);
            paragraph(u"Center"_s, QString());
        } else {
            left.append(entry.value.split(u'\n'));
        }
    }
    for (const QString &line : left) {
        paragraph(u"Left"_s, line);
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray FdxWriter::write(const Screenplay &play)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument(u"1.0"_s, false);
    xml.writeStartElement(u"FinalDraft"_s);
    xml.writeAttribute(u"DocumentType"_s, u"Script"_s);
    xml.writeAttribute(u"Template"_s, u"No"_s);
    xml.writeAttribute(u"Version"_s, u"5"_s);

    xml.writeStartElement(u"Content"_s);
    const QList<ScreenplayElement> &elements = play.elements;
    const qsizetype n = elements.size();
    // A page break is no paragraph in Final Draft: the next paragraph starts a new page.
    bool newPage = false;
    auto takeNewPage = [&newPage] { return std::exchange(newPage, false); };
    for (qsizetype i = 0; i < n; ++i) {
        const ScreenplayElement &e = elements[i];
        if (e.type == ElementType::PageBreak) {
            newPage = i > 0;
            continue;
        }
        if (e.type == ElementType::Synopsis && i > 0 && elements[i - 1].type == ElementType::SceneHeading) {
            continue; // written as the heading's summary
        }
        if (e.type == ElementType::SceneHeading) {
            const QString summary = i + 1 < n && elements[i + 1].type == ElementType::Synopsis
                ? elements[i + 1].text
                : QString();
            writeParagraph(xml, e, takeNewPage(), summary);
            continue;
        }
        if (e.type == ElementType::Action) {
            for (const QString &text : actionParagraphs(e.text)) {
                ScreenplayElement paragraph = e;
                paragraph.text = text;
                writeParagraph(xml, paragraph, takeNewPage());
            }
            continue;
        }
        if (e.type == ElementType::Centered) {
            // Centered lines written one under the other are one paragraph, as printed.
            ScreenplayElement paragraph = e;
            while (i + 1 < n && elements[i + 1].type == ElementType::Centered && e.line > 0
                   && elements[i + 1].line == elements[i].line + 1) {
                paragraph.text += u'\n' + elements[++i].text;
            }
            writeParagraph(xml, paragraph, takeNewPage());
            continue;
        }
        if (e.type == ElementType::Character && e.dual == DualSide::Left) {
            // The pair and its speeches go inside one DualDialogue wrapper.
            qsizetype end = i + 1;
            bool sawRight = false;
            while (end < n) {
                const ElementType t = elements[end].type;
                if (t == ElementType::Character && elements[end].dual == DualSide::Right && !sawRight) {
                    sawRight = true;
                } else if (t != ElementType::Parenthetical && t != ElementType::Dialogue
                           && t != ElementType::Lyrics) {
                    break;
                }
                ++end;
            }
            if (sawRight) {
                xml.writeStartElement(u"Paragraph"_s);
                if (takeNewPage()) {
                    xml.writeAttribute(u"StartsNewPage"_s, u"Yes"_s);
                }
                xml.writeStartElement(u"DualDialogue"_s);
                for (qsizetype k = i; k < end; ++k) {
                    writeParagraph(xml, elements[k], false);
                }
                xml.writeEndElement();
                xml.writeEndElement();
                i = end - 1;
                continue;
            }
        }
        if (e.type == ElementType::Synopsis) {
            xml.writeStartElement(u"Paragraph"_s);
            xml.writeAttribute(u"Type"_s, u"Outline Body"_s);
            writeRuns(xml, e.text);
            xml.writeEndElement();
            continue;
        }
        writeParagraph(xml, e, takeNewPage());
    }
    if (newPage) {
        // A break at the very end: an empty paragraph on a page of its own keeps it.
        ScreenplayElement empty;
        writeParagraph(xml, empty, true);
    }
    xml.writeEndElement(); // Content

    if (!play.titlePage.isEmpty()) {
        writeTitlePage(xml, play);
    }

    // How Final Draft should break dialogue: the same (MORE)/(CONT'D) the paginator prints.
    xml.writeStartElement(u"MoresAndContinueds"_s);
    xml.writeStartElement(u"FontSpec"_s);
    xml.writeAttribute(u"Font"_s, u"Courier Prime"_s);
    xml.writeAttribute(u"Size"_s, u"12"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"DialogueBreaks"_s);
    xml.writeAttribute(u"AutomaticCharacterContinueds"_s, u"No"_s);
    xml.writeAttribute(u"BottomOfPage"_s, u"Yes"_s);
    xml.writeAttribute(u"DialogueBottom"_s, u"(MORE)"_s);
    xml.writeAttribute(u"DialogueTop"_s, u"(CONT'D)"_s);
    xml.writeAttribute(u"TopOfNext"_s, u"Yes"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement(); // FinalDraft
    xml.writeEndDocument();
    return out;
}

} // namespace Spielberg
