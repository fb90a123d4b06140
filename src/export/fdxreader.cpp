// SPDX-License-Identifier: GPL-3.0-or-later
#include "fdxreader.h"

#include <core/styledtext.h>

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

constexpr int kMaxDepth = 64;

// One `<Paragraph>` as read: its type, alignment and text with emphasis as Fountain markers.
struct Paragraph {
    QString type;
    QString alignment;
    QString text;          // Fountain text, emphasis as markers
    QString plain;         // the characters as read
    QList<quint8> styles;  // one StyledText style per character of `plain`
    QString number;
    QString summary;
    bool startsNewPage = false;
};

// Fountain text for one line of styled characters: emphasis markers open and close where the
// style changes, nested in a fixed order (underline outside, then bold/italic), so that
// StyledText::fromFountain() reads the same styles back. Literal markers are escaped only when
// they would otherwise be read as emphasis.
QString fountainLine(const QString &plain, const QList<quint8> &styles)
{
    auto markup = [&](bool escape) {
        QString out;
        quint8 open = 0;
        auto closeTo = [&](quint8 keep) {
            const quint8 emphasis = open & (StyledText::Bold | StyledText::Italic);
            if (emphasis && (keep & (StyledText::Bold | StyledText::Italic)) != emphasis) {
                out += emphasis == (StyledText::Bold | StyledText::Italic) ? u"***"_s
                    : emphasis == StyledText::Bold                        ? u"**"_s
                                                                          : u"*"_s;
                open &= quint8(~(StyledText::Bold | StyledText::Italic));
            }
            if ((open & StyledText::Underline) && !(keep & StyledText::Underline)) {
                out += u'_';
                open &= quint8(~StyledText::Underline);
            }
        };
        for (qsizetype i = 0; i <= plain.size(); ++i) {
            const quint8 style = i < plain.size() ? styles.value(i) : 0;
            if (style != open) {
                closeTo(style);
                if ((style & StyledText::Underline) && !(open & StyledText::Underline)) {
                    out += u'_';
                    open |= StyledText::Underline;
                }
                const quint8 emphasis = style & (StyledText::Bold | StyledText::Italic);
                if (emphasis && !(open & emphasis)) {
                    out += emphasis == (StyledText::Bold | StyledText::Italic) ? u"***"_s
                        : emphasis == StyledText::Bold                        ? u"**"_s
                                                                              : u"*"_s;
                    open |= emphasis;
                }
            }
            if (i < plain.size()) {
                const QChar c = plain[i];
                if (escape && (c == u'*' || c == u'_' || c == u'\\')) {
                    out += u'\\';
                }
                out += c;
            }
        }
        return out;
    };
    const QString plainMarkup = markup(false);
    const StyledText check = StyledText::fromFountain(plainMarkup);
    if (check.text == plain && check.styles == styles) {
        return plainMarkup;
    }
    return markup(true);
}

// Styled characters of a paragraph, line by line, as Fountain text.
QString fountainText(const QString &plain, const QList<quint8> &styles)
{
    QStringList lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = plain.indexOf(u'\n', start);
        const qsizetype stop = end < 0 ? plain.size() : end;
        lines.append(fountainLine(plain.mid(start, stop - start), styles.mid(start, stop - start)));
        if (end < 0) {
            break;
        }
        start = end + 1;
    }
    return lines.join(u'\n');
}

quint8 styleBits(QStringView style)
{
    quint8 bits = 0;
    for (const QStringView part : style.split(u'+', Qt::SkipEmptyParts)) {
        if (part.compare(u"Bold", Qt::CaseInsensitive) == 0) {
            bits |= StyledText::Bold;
        } else if (part.compare(u"Italic", Qt::CaseInsensitive) == 0) {
            bits |= StyledText::Italic;
        } else if (part.compare(u"Underline", Qt::CaseInsensitive) == 0) {
            bits |= StyledText::Underline;
        }
    }
    return bits;
}

class Reader
{
public:
    explicit Reader(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    Result<Screenplay> run();
    FdxReader::ParagraphStyles paragraphStyles() const { return m_styles; }

private:
    bool next();
    Paragraph readParagraph();
    void readDual(QList<ScreenplayElement> &out);
    void readTitlePage();
    void readElementSettings();
    void skipElement();
    void add(QList<ScreenplayElement> &out, const Paragraph &p, DualSide dual = DualSide::None);
    std::optional<ElementType> typeFor(const QString &type) const;

    QXmlStreamReader m_xml;
    int m_depth = 0;
    QString m_error;
    Screenplay m_play;
    QHash<QString, QString> m_paginateAs; // from ElementSettings, lower-cased type → PaginateAs
    FdxReader::ParagraphStyles m_styles;  // from ElementSettings, the elements the paginator places
};

bool Reader::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        m_error = u"the file declares a DTD, which an FDX file never has; refused so that no external entity is read"_s;
        return false;
    }
    if (token == QXmlStreamReader::EntityReference) {
        m_error = u"the file refers to an undeclared entity '%1'"_s.arg(m_xml.name());
        return false;
    }
    if (token == QXmlStreamReader::StartElement && ++m_depth > kMaxDepth) {
        m_error = u"the XML is nested more than %1 levels deep"_s.arg(kMaxDepth);
        return false;
    }
    if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    return !m_xml.atEnd() && !m_xml.hasError();
}

void Reader::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth) {
            return;
        }
    }
}

Paragraph Reader::readParagraph()
{
    Paragraph p;
    p.type = m_xml.attributes().value(u"Type"_s).toString();
    p.alignment = m_xml.attributes().value(u"Alignment"_s).toString();
    p.number = m_xml.attributes().value(u"Number"_s).toString();
    p.startsNewPage = m_xml.attributes().value(u"StartsNewPage"_s) == u"Yes";
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth) {
            break;
        }
        if (!m_xml.isStartElement()) {
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"Text") {
            const quint8 bits = styleBits(m_xml.attributes().value(u"Style"_s));
            QString run = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            --m_depth; // readElementText consumed the end element
            run.replace(QChar(0x2028), u'\n').replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            p.plain += run;
            p.styles.append(QList<quint8>(run.size(), bits));
        } else if (name == u"SceneProperties") {
            const int inner = m_depth;
            while (next() && !(m_xml.isEndElement() && m_depth < inner)) {
                if (m_xml.isStartElement() && m_xml.name() == u"Text") {
                    const QString t = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    --m_depth;
                    p.summary += t;
                }
            }
        } else if (name == u"DualDialogue") {
            p.type = u"__dual"_s;
            return p; // the caller reads the pair
        } else {
            skipElement(); // ScriptNote and anything else a paragraph may hold
        }
    }
    p.text = fountainText(p.plain, p.styles);
    return p;
}

std::optional<ElementType> Reader::typeFor(const QString &raw) const
{
    const QString type = raw.toLower();
    static const QHash<QString, ElementType> kTypes{
        {u"scene heading"_s, ElementType::SceneHeading}, {u"shot"_s, ElementType::SceneHeading},
        {u"action"_s, ElementType::Action},              {u"general"_s, ElementType::Action},
        {u"cast list"_s, ElementType::Action},           {u"character"_s, ElementType::Character},
        {u"parenthetical"_s, ElementType::Parenthetical}, {u"dialogue"_s, ElementType::Dialogue},
        {u"transition"_s, ElementType::Transition},      {u"lyric"_s, ElementType::Lyrics},
        {u"lyrics"_s, ElementType::Lyrics},              {u"outline body"_s, ElementType::Synopsis},
    };
    if (type.isEmpty()) {
        return ElementType::Action;
    }
    if (const auto it = kTypes.constFind(type); it != kTypes.cend()) {
        return *it;
    }
    if (type.startsWith(u"outline "_s)) {
        return ElementType::Section;
    }
    if (const auto it = m_paginateAs.constFind(type); it != m_paginateAs.cend() && it->toLower() != type) {
        if (const auto mapped = kTypes.constFind(it->toLower()); mapped != kTypes.cend()) {
            return *mapped;
        }
    }
    return ElementType::Action;
}

void Reader::add(QList<ScreenplayElement> &out, const Paragraph &p, DualSide dual)
{
    const std::optional<ElementType> type = typeFor(p.type);
    if (!type) {
        return;
    }
    if (p.startsNewPage && !out.isEmpty()) {
        ScreenplayElement pageBreak;
        pageBreak.type = ElementType::PageBreak;
        out.append(pageBreak);
    }
    ScreenplayElement e;
    e.type = *type;
    e.text = p.text;
    if (p.alignment.startsWith(u"Center"_s, Qt::CaseInsensitive) && e.type == ElementType::Action) {
        e.type = ElementType::Centered;
    }
    if (e.type == ElementType::Action && p.text.trimmed().isEmpty()) {
        e.text.clear(); // an empty paragraph: Final Draft's way of adding a blank line, kept
    }
    // Final Draft upper-cases headings, cues and transitions by formatting (AllCaps), not in
    // the text; Fountain needs the capitals in the text.
    switch (e.type) {
    case ElementType::SceneHeading:
        e.text = e.text.trimmed().toUpper();
        e.sceneNumber = p.number;
        break;
    case ElementType::Character: {
        QString cue = e.text.trimmed();
        const qsizetype paren = cue.indexOf(u'(');
        if (paren > 0) {
            e.extension = cue.mid(paren).trimmed();
            cue = cue.left(paren).trimmed();
        }
        e.text = cue.toUpper();
        e.dual = dual;
        break;
    }
    case ElementType::Section: {
        bool ok = false;
        const int depth = p.type.section(u' ', 1, 1).toInt(&ok);
        e.depth = ok && depth > 0 ? depth : 1;
        break;
    }
    case ElementType::Transition:
        e.text = e.text.trimmed().toUpper();
        break;
    case ElementType::Parenthetical:
    case ElementType::Centered:
        e.text = e.text.trimmed();
        break;
    default:
        break;
    }
    out.append(e);
    if (e.type == ElementType::SceneHeading && !p.summary.trimmed().isEmpty()) {
        ScreenplayElement synopsis;
        synopsis.type = ElementType::Synopsis;
        synopsis.text = p.summary.simplified();
        out.append(synopsis);
    }
}

void Reader::readDual(QList<ScreenplayElement> &out)
{
    const int depth = m_depth;
    int cues = 0;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth) {
            break;
        }
        if (m_xml.isStartElement() && m_xml.name() == u"Paragraph") {
            const Paragraph p = readParagraph();
            const bool cue = p.type.compare(u"Character"_s, Qt::CaseInsensitive) == 0;
            if (cue) {
                ++cues;
            }
            add(out, p, cue ? (cues == 1 ? DualSide::Left : DualSide::Right) : DualSide::None);
        }
    }
}

void Reader::readElementSettings()
{
    static const QHash<QString, ElementType> kPlaced{
        {u"scene heading"_s, ElementType::SceneHeading}, {u"action"_s, ElementType::Action},
        {u"character"_s, ElementType::Character},        {u"parenthetical"_s, ElementType::Parenthetical},
        {u"dialogue"_s, ElementType::Dialogue},          {u"transition"_s, ElementType::Transition},
        {u"lyric"_s, ElementType::Lyrics},
    };
    const QString type = m_xml.attributes().value(u"Type"_s).toString().toLower();
    const int depth = m_depth;
    while (next() && !(m_xml.isEndElement() && m_depth < depth)) {
        if (m_xml.isStartElement() && m_xml.name() == u"ParagraphSpec" && kPlaced.contains(type)) {
            const QXmlStreamAttributes a = m_xml.attributes();
            bool leftOk = false;
            bool rightOk = false;
            bool spaceOk = false;
            PageLayout::Paragraph style;
            style.leftInches = a.value(u"LeftIndent"_s).toDouble(&leftOk);
            style.rightInches = a.value(u"RightIndent"_s).toDouble(&rightOk);
            style.spaceBeforePoints = a.value(u"SpaceBefore"_s).toDouble(&spaceOk);
            // Only a style that makes sense on paper: at least half an inch from either edge of
            // the narrower of Letter and A4 (8.27 in), half an inch wide or more.
            if (leftOk && rightOk && spaceOk && style.leftInches >= 0.5 && style.rightInches <= 7.77
                && style.rightInches >= style.leftInches + 0.5 && style.spaceBeforePoints >= 0
                && style.spaceBeforePoints <= 144) {
                m_styles.append({kPlaced.value(type), style});
            }
        }
        if (m_xml.isStartElement() && m_xml.name() == u"Behavior") {
            const QString as = m_xml.attributes().value(u"PaginateAs"_s).toString();
            if (!as.isEmpty()) {
                m_paginateAs.insert(type, as);
            }
        }
    }
}

void Reader::readTitlePage()
{
    // No semantic keys in FDX: centred paragraphs in order are the title, the credit and the
    // authors (then a source); left or right aligned ones are contact details.
    QStringList centred;
    QStringList other;
    const int depth = m_depth;
    while (next() && !(m_xml.isEndElement() && m_depth < depth)) {
        if (m_xml.isStartElement() && m_xml.name() == u"Paragraph") {
            const Paragraph p = readParagraph();
            const QString text = p.text.trimmed();
            if (text.isEmpty()) {
                continue;
            }
            (p.alignment.startsWith(u"Center"_s, Qt::CaseInsensitive) ? centred : other).append(text);
        }
    }
    static const QStringList kKeys{u"Title"_s, u"Credit"_s, u"Author"_s, u"Source"_s};
    for (qsizetype i = 0; i < centred.size(); ++i) {
        if (i < kKeys.size()) {
            m_play.titlePage.append(TitlePageEntry{kKeys[i], centred[i]});
        } else {
            m_play.titlePage.last().value += u'\n' + centred[i];
        }
    }
    if (!other.isEmpty()) {
        m_play.titlePage.append(TitlePageEntry{u"Contact"_s, other.join(u'\n')});
    }
}

Result<Screenplay> Reader::run()
{
    bool sawRoot = false;
    while (next()) {
        if (!m_xml.isStartElement()) {
            continue;
        }
        const QStringView name = m_xml.name();
        if (!sawRoot) {
            if (name != u"FinalDraft") {
                return makeError(ErrorCode::InvalidInput,
                                 u"not a Final Draft file (the root element is <%1>, not <FinalDraft>)"_s.arg(name));
            }
            sawRoot = true;
            continue;
        }
        if (name == u"Content" && m_depth == 2) {
            const int depth = m_depth;
            while (next() && !(m_xml.isEndElement() && m_depth < depth)) {
                if (m_xml.isStartElement() && m_xml.name() == u"Paragraph") {
                    const Paragraph p = readParagraph();
                    if (p.type == u"__dual"_s) {
                        if (p.startsNewPage && !m_play.elements.isEmpty()) {
                            ScreenplayElement pageBreak;
                            pageBreak.type = ElementType::PageBreak;
                            m_play.elements.append(pageBreak);
                        }
                        readDual(m_play.elements);
                        // Finish the wrapper paragraph (FD adds an empty <Text> after it).
                        const int wrapper = m_depth - 1;
                        while (m_depth > wrapper && next()) {
                        }
                    } else {
                        add(m_play.elements, p);
                    }
                }
            }
        } else if (name == u"TitlePage") {
            readTitlePage();
        } else if (name == u"ElementSettings") {
            readElementSettings();
        }
    }
    if (!m_error.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, m_error);
    }
    if (m_xml.hasError()) {
        if (!sawRoot) {
            return makeError(ErrorCode::InvalidInput, u"not a Final Draft file (not XML: %1)"_s.arg(m_xml.errorString()));
        }
        return makeError(ErrorCode::InvalidInput, u"the FDX file is damaged at line %1: %2"_s
                                                      .arg(m_xml.lineNumber())
                                                      .arg(m_xml.errorString()));
    }
    if (!sawRoot) {
        return makeError(ErrorCode::InvalidInput, u"not a Final Draft file (no <FinalDraft> element)"_s);
    }
    return m_play;
}

} // namespace

Result<Screenplay> FdxReader::read(const QByteArray &xml, ParagraphStyles *styles)
{
    Reader reader(xml);
    Result<Screenplay> play = reader.run();
    if (play && styles) {
        *styles = reader.paragraphStyles();
    }
    return play;
}

} // namespace Spielberg
