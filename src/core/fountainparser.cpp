// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountainparser.h"

#include <QStringDecoder>

#include <algorithm>
#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// One physical line after boneyard and notes were taken out of it.
struct Line {
    QStringView text;
    int number = 0;         // 1-based line in the source
    bool separator = false; // the line lay wholly inside a boneyard: it separates, adds nothing
};

// Blank as QString::trimmed() sees it: spaces, tabs, and the rarer white space a pasted or
// converted file brings (no-break spaces, vertical tabs, form feeds). One notion of white space
// throughout, so a line that trims to nothing is always a blank line.
bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isBlankText(QStringView s)
{
    for (QChar c : s) {
        if (!isSpace(c)) {
            return false;
        }
    }
    return true;
}

// A line of two or more spaces and nothing else: the spec's way to keep an empty line inside
// dialogue.
bool isConnector(QStringView s)
{
    return s.size() >= 2 && std::all_of(s.begin(), s.end(), [](QChar c) { return c == u' '; });
}

QString expandTabs(QStringView s)
{
    if (!s.contains(u'\t')) {
        return s.toString();
    }
    QString out;
    out.reserve(s.size() + 8);
    for (QChar c : s) {
        if (c == u'\t') {
            out += u"    "_s;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits normalised text into lines, dropping boneyard (/* */) and notes ([[ ]]) as it goes.
// A `/*` with no `*/` after it, or a `[[` whose `]]` lies beyond a blank line, is plain text.
// Lines are views into `text`; the few that lose a boneyard or note are rebuilt into `storage`
// (a deque, so the views into it stay valid).
std::vector<Line> splitLines(QStringView text, std::deque<QString> &storage)
{
    std::vector<Line> lines;
    lines.reserve(size_t(text.size() / 32 + 1));
    const qsizetype n = text.size();
    const qsizetype lastBoneyardClose = text.lastIndexOf(u"*/");

    // The next "]]" and the next true blank line (a line of fewer than two spaces), each
    // recomputed only when passed, so that many "[[" cost one scan of the text in all.
    qsizetype nextNoteClose = -2;
    qsizetype nextBlank = -2;
    auto findBlank = [&](qsizetype from) -> qsizetype {
        for (qsizetype k = text.indexOf(u'\n', from); k >= 0; k = text.indexOf(u'\n', k + 1)) {
            qsizetype e = k + 1;
            while (e < n && text[e] == u' ') {
                ++e;
            }
            if ((e == n || text[e] == u'\n') && (e - k - 1) < 2) {
                return k;
            }
        }
        return -1;
    };
    auto noteCloses = [&](qsizetype from) -> qsizetype {
        if (nextNoteClose != -1 && nextNoteClose < from) {
            nextNoteClose = text.indexOf(u"]]", from);
        }
        if (nextBlank != -1 && nextBlank < from) {
            nextBlank = findBlank(from);
        }
        if (nextNoteClose < 0 || (nextBlank >= 0 && nextBlank < nextNoteClose)) {
            return -1; // no close, or the note would cross a blank line
        }
        return nextNoteClose;
    };

    qsizetype lineStart = 0;  // where the current line began in `text`
    bool rebuilt = false;     // the line lost something: its text is in `current`
    QString current;
    bool inBoneyard = false;
    bool lineTouchedBoneyard = false;
    bool lineHadNote = false;
    int lineNumber = 1;

    // Before the first change to a line, `current` takes what came before it.
    auto startRebuild = [&](qsizetype upTo) {
        if (!rebuilt) {
            current = text.sliced(lineStart, upTo - lineStart).toString();
            rebuilt = true;
        }
    };
    auto pushLine = [&](qsizetype end) {
        QStringView view = rebuilt ? QStringView(current) : text.sliced(lineStart, end - lineStart);
        const bool hidden = (lineTouchedBoneyard || lineHadNote) && isBlankText(view);
        if (hidden && lineHadNote && !lineTouchedBoneyard) {
            // A line that held only a note vanishes entirely, so dialogue around it continues.
        } else {
            if (rebuilt) {
                storage.push_back(std::move(current));
                view = storage.back();
            }
            lines.push_back(Line{view, lineNumber, hidden});
        }
        current.clear();
        rebuilt = false;
        lineStart = end + 1;
        lineTouchedBoneyard = inBoneyard;
        lineHadNote = false;
        ++lineNumber;
    };

    qsizetype i = 0;
    while (i < n) {
        if (inBoneyard) {
            // Skip to the closing "*/" (one exists: a "/*" after the last "*/" is plain text),
            // ending each line the boneyard spans.
            const qsizetype close = text.indexOf(u"*/", i);
            // Search for line ends only inside the boneyard: a search to the end of the text
            // for every boneyard would make many short ones quadratic.
            const QStringView inside = text.sliced(i, close - i);
            for (qsizetype k = inside.indexOf(u'\n'); k >= 0; k = inside.indexOf(u'\n', k + 1)) {
                pushLine(i + k);
                rebuilt = true; // what follows the boneyard on its last line is collected anew
            }
            inBoneyard = false;
            i = close + 2;
            if (!rebuilt) {
                startRebuild(lineStart);
            }
            continue;
        }
        // Scan the plain run up to the next character that may matter.
        qsizetype j = i;
        while (j < n) {
            const char16_t u = text[j].unicode();
            if (u == u'\n' || u == u'/' || u == u'[') {
                break;
            }
            ++j;
        }
        if (rebuilt && j > i) {
            current.append(text.sliced(i, j - i));
        }
        i = j;
        if (i == n) {
            break;
        }
        const QChar c = text[i];
        if (c == u'\n') {
            pushLine(i);
            ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && text[i + 1] == u'*' && i + 1 < lastBoneyardClose) {
            startRebuild(i);
            inBoneyard = true;
            lineTouchedBoneyard = true;
            i += 2;
            continue;
        }
        if (c == u'[' && i + 1 < n && text[i + 1] == u'[') {
            const qsizetype close = noteCloses(i + 2);
            if (close >= 0) {
                startRebuild(i);
                // Count the line breaks inside the note so line numbers stay true.
                for (qsizetype k = i; k < close; ++k) {
                    if (text[k] == u'\n') {
                        ++lineNumber;
                    }
                }
                lineHadNote = true;
                i = close + 2;
                continue;
            }
        }
        if (rebuilt) {
            current += c;
        }
        ++i;
    }
    if (lineStart < n || rebuilt || lineTouchedBoneyard || lineHadNote) {
        pushLine(n);
    }
    return lines;
}

QString normalise(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    if (!text.isEmpty() && text[0] == QChar(0xFEFF)) {
        i = 1;
    }
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
        } else if (c == QChar(0x2028) || c == QChar(0x2029)) {
            out += u'\n';
        } else {
            out += c;
        }
    }
    return out;
}

// Writers of CJK text type the full-width forms of the forcing marks (Beat accepts them):
// ．＠！～＃＝＞ act as . @ ! ~ # = >.
QChar asciiForcing(QChar c)
{
    switch (c.unicode()) {
    case 0xFF0E:
        return u'.';
    case 0xFF20:
        return u'@';
    case 0xFF01:
        return u'!';
    case 0xFF5E:
        return u'~';
    case 0xFF03:
        return u'#';
    case 0xFF1D:
        return u'=';
    case 0xFF1E:
        return u'>';
    default:
        return c;
    }
}

bool hasLetter(QStringView s)
{
    for (QChar c : s) {
        if (c.isLetter()) {
            return true;
        }
    }
    return false;
}

bool hasLower(QStringView s)
{
    for (QChar c : s) {
        if (c.isLower()) {
            return true;
        }
    }
    return false;
}

// "INT. HOUSE", "EXT ROAD", "I/E CAR", "EST. CITY": a heading prefix followed by '.' or ' '.
bool hasHeadingPrefix(QStringView t)
{
    static constexpr const char16_t *kPrefixes[] = {u"INT./EXT", u"INT/EXT", u"EXT./INT", u"EXT/INT",
                                                    u"I./E", u"I/E", u"E./I", u"E/I", u"INT", u"EXT",
                                                    u"EST"};
    for (const char16_t *p : kPrefixes) {
        const QStringView prefix(p);
        if (t.size() > prefix.size() && t.startsWith(prefix, Qt::CaseInsensitive)) {
            const QChar next = t[prefix.size()];
            if (next == u'.' || next == u' ') {
                return true;
            }
        }
    }
    return false;
}

bool isSceneNumberChar(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-';
}

// Splits "EXT. HOUSE - DAY #1A#" into the heading text and its number.
void takeSceneNumber(QString &heading, QString &number)
{
    QStringView t = QStringView(heading).trimmed();
    if (t.size() < 3 || !t.endsWith(u'#')) {
        return;
    }
    const qsizetype open = t.lastIndexOf(u'#', t.size() - 2);
    if (open < 0) {
        return;
    }
    const QStringView inner = t.sliced(open + 1, t.size() - open - 2);
    if (inner.isEmpty()) {
        return;
    }
    for (QChar c : inner) {
        if (!isSceneNumberChar(c)) {
            return;
        }
    }
    number = inner.toString();
    heading = t.first(open).trimmed().toString();
}

// The part of a cue before its first extension: "JOE (V.O.)" -> "JOE".
QStringView cueName(QStringView t)
{
    const qsizetype paren = t.indexOf(u'(');
    return paren < 0 ? t : t.first(paren);
}

bool isCharacterCue(QStringView t)
{
    const QStringView name = cueName(t).trimmed();
    return !name.isEmpty() && hasLetter(name) && !hasLower(name);
}

bool isTransitionText(QStringView raw)
{
    // The raw line, not a right-trimmed one: "CUT TO: " with a trailing space is Action.
    qsizetype k = 0;
    while (k < raw.size() && isSpace(raw[k])) {
        ++k;
    }
    const QStringView s = raw.sliced(k);
    return s.endsWith(u"TO:") && hasLetter(s) && !hasLower(s);
}

bool isPageBreak(QStringView t)
{
    if (t.size() < 3) {
        return false;
    }
    for (QChar c : t) {
        if (c != u'=') {
            return false;
        }
    }
    return true;
}

// A title-page key line: "Title:", "Draft date: 1 May", "Author: X". The key holds letters,
// digits, spaces and a few marks; a heading such as "int. house - day - 3:00 pm" is no key.
bool titleKey(QStringView line, QString &key, QString &value)
{
    if (line.isEmpty() || isSpace(line.front())) {
        return false;
    }
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0) {
        return false;
    }
    const QStringView k = line.first(colon);
    for (QChar c : k) {
        if (!(c.isLetterOrNumber() || c == u' ' || c == u'_' || c == u'-' || c == u'\'')) {
            return false;
        }
    }
    if (hasHeadingPrefix(line)) {
        return false;
    }
    key = k.trimmed().toString();
    value = line.sliced(colon + 1).trimmed().toString();
    return !key.isEmpty();
}

class BodyParser
{
public:
    BodyParser(const std::vector<Line> &lines, size_t begin)
        : m_lines(lines)
        , m_begin(begin)
    {
    }

    QList<ScreenplayElement> run();

private:
    bool blankAt(qsizetype i) const
    {
        if (i < qsizetype(m_begin) || i >= qsizetype(m_lines.size())) {
            return true; // the edges of the body count as blank lines
        }
        return m_lines[size_t(i)].separator || isBlankText(m_lines[size_t(i)].text);
    }

    ScreenplayElement &add(ElementType type, QString text, int line);
    void addAction(const QString &text, int line);
    void addCharacter(QStringView cue, int line);
    void addHeading(QStringView text, int line);
    bool classifyInDialogue(QStringView t, int line);

    const std::vector<Line> &m_lines;
    size_t m_begin;
    QList<ScreenplayElement> m_out;
    int m_blanks = 0;           // blank lines since the last text line
    bool m_inDialogue = false;  // the last paragraph is a dialogue block still open
    bool m_actionOpen = false;  // the last element is Action and takes further paragraphs
};

// Starts a new paragraph. Blank lines beyond the one that separates two paragraphs are "passed
// faithfully through as empty Action lines" (fountain.io): they go to the open action, or
// become an action of their own.
ScreenplayElement &BodyParser::add(ElementType type, QString text, int line)
{
    const int extra = m_out.isEmpty() ? 0 : m_blanks - 1;
    if (extra > 0) {
        if (m_actionOpen) {
            m_out.last().text += QString(extra, u'\n');
        } else {
            m_out.append(ScreenplayElement{ElementType::Action, QString(extra - 1, u'\n'), {}, {},
                                           DualSide::None, 0, line - extra});
        }
    }
    m_blanks = 0;
    m_actionOpen = false;
    m_inDialogue = false;
    m_out.append(ScreenplayElement{type, std::move(text), {}, {}, DualSide::None, 0, line});
    return m_out.last();
}

void BodyParser::addAction(const QString &text, int line)
{
    if (m_actionOpen) {
        // Paragraphs of action stay one element, the blank lines between them kept.
        m_out.last().text += QString(m_blanks + 1, u'\n') + text;
        m_blanks = 0;
        return;
    }
    add(ElementType::Action, text, line);
    m_actionOpen = true;
}

void BodyParser::addCharacter(QStringView cue, int line)
{
    bool dual = false;
    if (cue.endsWith(u'^')) {
        dual = true;
        cue = cue.chopped(1).trimmed();
    }
    const qsizetype paren = cue.indexOf(u'(');
    ScreenplayElement &e = add(ElementType::Character,
                               (paren < 0 ? cue : cue.first(paren)).trimmed().toString(), line);
    if (paren >= 0) {
        e.extension = cue.sliced(paren).trimmed().toString();
    }
    if (dual) {
        e.dual = DualSide::Right;
        // The caret pairs this cue with the nearest character before it in the same scene,
        // unless that one already closes a pair: a third caret in a row has no partner and
        // stays plain dialogue (taking the partner would leave the first of the pair alone, a
        // "left" side with no right one; found by fuzzing).
        for (qsizetype k = m_out.size() - 2; k >= 0; --k) {
            if (m_out[k].type == ElementType::Character) {
                if (m_out[k].dual == DualSide::Right) {
                    e.dual = DualSide::None;
                } else {
                    m_out[k].dual = DualSide::Left;
                }
                break;
            }
            if (m_out[k].type == ElementType::SceneHeading) {
                break;
            }
        }
    }
    m_inDialogue = true;
}

void BodyParser::addHeading(QStringView text, int line)
{
    QString heading = text.trimmed().toString();
    QString sceneNumber;
    takeSceneNumber(heading, sceneNumber);
    add(ElementType::SceneHeading, heading, line).sceneNumber = sceneNumber;
}

// Inside a dialogue block: parentheticals, lyrics, and dialogue lines that join one element.
bool BodyParser::classifyInDialogue(QStringView t, int line)
{
    if (!m_inDialogue) {
        return false;
    }
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        m_out.append(ScreenplayElement{ElementType::Parenthetical, t.toString(), {}, {},
                                       DualSide::None, 0, line});
    } else if (t.startsWith(u'~')) {
        m_out.append(ScreenplayElement{ElementType::Lyrics, t.sliced(1).trimmed().toString(), {},
                                       {}, DualSide::None, 0, line});
    } else if (m_out.last().type == ElementType::Dialogue) {
        m_out.last().text += u'\n' + t.toString();
    } else {
        m_out.append(ScreenplayElement{ElementType::Dialogue, t.toString(), {}, {},
                                       DualSide::None, 0, line});
    }
    return true;
}

QList<ScreenplayElement> BodyParser::run()
{
    const qsizetype n = qsizetype(m_lines.size());
    for (qsizetype i = qsizetype(m_begin); i < n; ++i) {
        const Line &line = m_lines[size_t(i)];
        const QStringView raw = line.text;

        if (line.separator) {
            // A run of boneyard lines ends a dialogue block and counts as a blank line for the
            // elements around it, but adds nothing: action on both sides stays one paragraph.
            m_inDialogue = false;
            continue;
        }
        if (isBlankText(raw)) {
            if (m_inDialogue && isConnector(raw) && !blankAt(i + 1)) {
                m_out.last().text += u'\n'; // an intentionally empty line inside dialogue
                continue;
            }
            m_inDialogue = false;
            if (!m_out.isEmpty()) {
                ++m_blanks;
            }
            continue;
        }

        const QStringView t = raw.trimmed();
        const int number = line.number;
        if (m_blanks == 0 && classifyInDialogue(t, number)) {
            continue;
        }
        const bool before = blankAt(i - 1);
        const bool after = blankAt(i + 1);
        const QChar first = asciiForcing(t.front());

        // Forced elements first, in the order of docs/screenplay-format.md §1.3.
        if (first == u'!') {
            addAction(expandTabs(raw.sliced(raw.indexOf(t.front()) + 1)), number);
        } else if (first == u'~') {
            add(ElementType::Lyrics, t.sliced(1).trimmed().toString(), number);
        } else if (first == u'@' && t.size() > 1) {
            addCharacter(t.sliced(1).trimmed(), number);
        } else if (first == u'.' && t.size() > 1 && t[1].isLetterOrNumber() && before) {
            addHeading(t.sliced(1), number);
        } else if (first == u'>' && t.size() >= 2 && t.endsWith(u'<')) {
            add(ElementType::Centered, t.sliced(1, t.size() - 2).trimmed().toString(), number);
        } else if (first == u'>') {
            add(ElementType::Transition, t.sliced(1).trimmed().toString(), number);
        } else if (isPageBreak(t)) {
            add(ElementType::PageBreak, QString(), number);
        } else if (first == u'#') {
            qsizetype depth = 0;
            while (depth < t.size() && asciiForcing(t[depth]) == u'#') {
                ++depth;
            }
            add(ElementType::Section, t.sliced(depth).trimmed().toString(), number).depth = int(depth);
        } else if (first == u'=') {
            add(ElementType::Synopsis, t.sliced(1).trimmed().toString(), number);
        } else if (before && after && hasHeadingPrefix(t)) {
            addHeading(t, number);
        } else if (before && after && isTransitionText(raw)) {
            add(ElementType::Transition, t.toString(), number);
        } else if (before && !after && !hasHeadingPrefix(t)
                   && isCharacterCue(t.endsWith(u'^') ? t.chopped(1) : t)) {
            addCharacter(t, number);
        } else {
            addAction(expandTabs(raw), number); // indentation kept, tabs as four spaces
        }
    }
    return m_out;
}

} // namespace

Screenplay FountainParser::parse(QStringView text)
{
    // Most files need no normalising: then the text is split where it lies, without a copy.
    bool clean = text.isEmpty() || text.front() != QChar(0xFEFF);
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        clean = u != u'\r' && u != 0x2028 && u != 0x2029;
    }
    QString normalised;
    if (!clean) {
        normalised = normalise(text);
    }
    std::deque<QString> storage;
    const std::vector<Line> lines = splitLines(clean ? text : QStringView(normalised), storage);

    Screenplay play;
    size_t body = 0;

    // Title page: only at the very top, a block of `Key: value` lines ending at a blank line.
    // A block of one key without a value ("FADE IN:", "CUT TO:") is not a title page.
    QString key;
    QString value;
    if (!lines.empty() && !lines[0].separator && titleKey(lines[0].text, key, value)) {
        size_t end = 0;
        while (end < lines.size() && !lines[end].separator && !isBlankText(lines[end].text)) {
            ++end;
        }
        const bool lone = end == 1 && value.isEmpty();
        if (!lone) {
            for (size_t k = 0; k < end; ++k) {
                const QStringView l = lines[k].text;
                QString entryKey;
                QString entryValue;
                const bool indented = !l.isEmpty() && isSpace(l.front());
                if (!indented && titleKey(l, entryKey, entryValue)) {
                    play.titlePage.append(TitlePageEntry{entryKey, entryValue});
                } else if (!play.titlePage.isEmpty()) {
                    TitlePageEntry &entry = play.titlePage.last();
                    const QString v = l.trimmed().toString(); // never empty: the block has no blank line
                    entry.value = entry.value.isEmpty() ? v : entry.value + u'\n' + v;
                }
            }
            body = end;
        }
    }

    play.elements = BodyParser(lines, body).run();
    return play;
}

Result<QString> FountainParser::decode(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return makeError(ErrorCode::InvalidInput,
                         u"the file is binary, not text (a NUL byte at offset %1)"_s.arg(nul));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first invalid sequence to name it.
        qsizetype offset = 0;
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        for (qsizetype step = 4096; offset < bytes.size(); offset += step) {
            probe.decode(bytes.mid(0, std::min(bytes.size(), offset + step)));
            if (probe.hasError()) {
                break;
            }
            probe.resetState();
        }
        return makeError(ErrorCode::InvalidInput,
                         u"the file is not valid UTF-8 text (near byte %1)"_s.arg(offset));
    }
    if (!text.isEmpty() && text.front() == QChar(0xFEFF)) {
        text.remove(0, 1);
    }
    return text;
}

bool FountainParser::hasHeadingPrefix(QStringView line)
{
    return Spielberg::hasHeadingPrefix(line.trimmed());
}

} // namespace Spielberg
