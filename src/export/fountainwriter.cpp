// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountainwriter.h"

#include <core/fountainparser.h>
#include <core/screenplay.h>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// True when `text`, standing alone between blank lines, parses back as exactly this element.
bool readsAs(const QString &text, const ScreenplayElement &e)
{
    const Screenplay probe = FountainParser::parse(text);
    if (probe.elements.size() != 1 || !probe.titlePage.isEmpty()) {
        return false;
    }
    const ScreenplayElement &p = probe.elements.first();
    return p.type == e.type && p.text == e.text && p.sceneNumber == e.sceneNumber
        && p.extension == e.extension && p.depth == e.depth;
}

// Marks every line that has text, and the first and last lines even when empty: an element
// that begins or ends with blank lines would otherwise lose them to the blank lines between
// elements.
QString forceLines(const QString &text, QChar marker)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 || i == lines.size() - 1 || !lines[i].isEmpty()) {
            lines[i].prepend(marker);
        }
    }
    return lines.join(u'\n');
}

// `text` with `before` and `after` around each of its lines.
QString eachLine(const QString &text, const QString &before, const QString &after = {})
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line = before + line + after;
    }
    return lines.join(u'\n');
}

QString writeAction(const ScreenplayElement &e)
{
    if (e.text.trimmed().isEmpty()) {
        return e.text; // blank lines kept as blank lines
    }
    if (readsAs(e.text, e)) {
        return e.text;
    }
    return forceLines(e.text, u'!');
}

QString writeCue(const ScreenplayElement &e, bool speechFollows)
{
    QString cue = e.text;
    if (!e.extension.isEmpty()) {
        cue += u' ' + e.extension;
    }
    if (e.dual == DualSide::Right) {
        cue += u" ^"_s;
    }
    // A cue needs a line after it to be one: alone, it is forced; else probe with a line of
    // dialogue.
    if (!speechFollows) {
        return u'@' + cue;
    }
    const Screenplay probe = FountainParser::parse(QString(cue + u"\nx"_s));
    const bool plain = !probe.elements.isEmpty() && probe.elements.first().type == ElementType::Character
        && probe.elements.first().text == e.text && probe.elements.first().extension == e.extension;
    return plain ? cue : u'@' + cue;
}

QString writeSpeechLine(const ScreenplayElement &e)
{
    switch (e.type) {
    case ElementType::Parenthetical:
        return e.text;
    case ElementType::Lyrics:
        return eachLine(e.text, u"~"_s);
    default: {
        // An empty line inside dialogue is written as two spaces (the spec's connector).
        QStringList lines = e.text.split(u'\n');
        for (QString &line : lines) {
            if (line.isEmpty()) {
                line = u"  "_s;
            }
        }
        return lines.join(u'\n');
    }
    }
}

} // namespace

QString FountainWriter::write(const Screenplay &play)
{
    QStringList blocks;
    if (!play.titlePage.isEmpty()) {
        QStringList lines;
        for (const TitlePageEntry &entry : play.titlePage) {
            const QStringList values = entry.value.split(u'\n');
            if (values.size() == 1) {
                lines.append(entry.key + u": "_s + entry.value);
            } else {
                lines.append(entry.key + u':');
                for (const QString &v : values) {
                    lines.append(u"    "_s + v);
                }
            }
        }
        blocks.append(lines.join(u'\n'));
    }

    const qsizetype n = play.elements.size();
    for (qsizetype i = 0; i < n; ++i) {
        const ScreenplayElement &e = play.elements[i];
        switch (e.type) {
        case ElementType::SceneHeading: {
            QString heading = e.text;
            if (!e.sceneNumber.isEmpty()) {
                heading += u" #"_s + e.sceneNumber + u'#';
            }
            blocks.append(readsAs(heading, e) ? heading : u'.' + heading);
            break;
        }
        case ElementType::Action:
            // An action of k line breaks alone is what k + 2 blank lines between two paragraphs
            // parse to (the parser passes extra blank lines through as empty action). Written
            // as a block of its own it would gain the two blank lines the blocks are joined
            // with, so the breaks go onto the end of the previous block instead.
            if (!blocks.isEmpty() && !e.text.isEmpty()
                && std::all_of(e.text.cbegin(), e.text.cend(), [](QChar c) { return c == u'\n'; })) {
                blocks.last() += QString(e.text.size() + 1, u'\n');
                break;
            }
            if (!blocks.isEmpty() && e.text.isEmpty()) {
                blocks.last() += u'\n';
                break;
            }
            blocks.append(writeAction(e));
            break;
        case ElementType::Character: {
            QStringList speech;
            while (i + 1 < n
                   && (play.elements[i + 1].type == ElementType::Parenthetical
                       || play.elements[i + 1].type == ElementType::Dialogue
                       || play.elements[i + 1].type == ElementType::Lyrics)) {
                speech.append(writeSpeechLine(play.elements[++i]));
            }
            speech.prepend(writeCue(e, !speech.isEmpty()));
            blocks.append(speech.join(u'\n'));
            break;
        }
        case ElementType::Parenthetical:
        case ElementType::Dialogue:
            blocks.append(forceLines(e.text, u'!')); // stray speech outside a cue: keep the words
            break;
        case ElementType::Transition:
            blocks.append(readsAs(e.text, e) ? e.text : u"> "_s + e.text);
            break;
        case ElementType::Centered:
            blocks.append(eachLine(e.text, u"> "_s, u" <"_s)); // every centered line has its marks
            break;
        case ElementType::Lyrics:
            blocks.append(eachLine(e.text, u"~"_s));
            break;
        case ElementType::Section:
            blocks.append(QString(qMax(1, e.depth), u'#') + u' ' + e.text);
            break;
        case ElementType::Synopsis:
            blocks.append(u"= "_s + e.text);
            break;
        case ElementType::PageBreak:
            blocks.append(u"==="_s);
            break;
        }
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

} // namespace Spielberg
