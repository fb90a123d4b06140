// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementmarkup.h"

#include "fountainparser.h"

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

bool hasLowerCase(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

ElementMarkup::Kind ElementMarkup::kindOf(ElementType type, QStringView line)
{
    switch (type) {
    case ElementType::SceneHeading: return Kind::SceneHeading;
    case ElementType::Character: return Kind::Character;
    case ElementType::Parenthetical: return Kind::Parenthetical;
    case ElementType::Dialogue: return Kind::Dialogue;
    case ElementType::Transition: return Kind::Transition;
    case ElementType::Lyrics: return Kind::Lyrics;
    case ElementType::Centered: return Kind::Centered;
    case ElementType::Action: {
        const QString plain = words(line);
        return hasLetter(plain) && !hasLowerCase(plain) ? Kind::Shot : Kind::Action;
    }
    case ElementType::Section:
    case ElementType::Synopsis:
    case ElementType::PageBreak:
        break;
    }
    return Kind::General;
}

ElementType ElementMarkup::elementOf(Kind kind)
{
    switch (kind) {
    case Kind::SceneHeading: return ElementType::SceneHeading;
    case Kind::Character: return ElementType::Character;
    case Kind::Parenthetical: return ElementType::Parenthetical;
    case Kind::Dialogue: return ElementType::Dialogue;
    case Kind::Transition: return ElementType::Transition;
    case Kind::Lyrics: return ElementType::Lyrics;
    case Kind::Centered: return ElementType::Centered;
    case Kind::General:
    case Kind::Action:
    case Kind::Shot:
        break;
    }
    return ElementType::Action;
}

QString ElementMarkup::words(QStringView line)
{
    QStringView t = line.trimmed();
    if (t.startsWith(u'>') && t.endsWith(u'<')) {
        t = t.sliced(1, t.size() - 2).trimmed();
    } else if (t.startsWith(u'.') && !t.startsWith(u"..")) {
        t = t.sliced(1);
    } else if (t.startsWith(u'!') || t.startsWith(u'@') || t.startsWith(u'>') || t.startsWith(u'~')) {
        t = t.sliced(1);
    }
    t = t.trimmed();
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        t = t.sliced(1, t.size() - 2).trimmed();
    }
    return t.toString();
}

QString ElementMarkup::lineAs(Kind kind, QStringView line)
{
    const QString plain = words(line);
    switch (kind) {
    case Kind::SceneHeading: {
        const QString upper = plain.toUpper();
        return FountainParser::hasHeadingPrefix(upper) ? upper : u"."_s + upper;
    }
    case Kind::Character: {
        const QString upper = plain.toUpper();
        // A name that reads as a heading, or holds no letter, needs the forcing mark.
        return FountainParser::hasHeadingPrefix(upper) || !hasLetter(upper) ? u"@"_s + upper : upper;
    }
    case Kind::Transition: {
        const QString upper = plain.toUpper();
        return upper.endsWith(u"TO:"_s) ? upper : u"> "_s + upper;
    }
    case Kind::Parenthetical: return u"("_s + plain + u")"_s;
    case Kind::Dialogue: return plain;
    case Kind::Lyrics: return u"~"_s + plain;
    case Kind::Centered: return u"> "_s + plain + u" <"_s;
    case Kind::Shot: return u"!"_s + plain.toUpper();
    case Kind::General:
    case Kind::Action:
        // Words that would read as a heading, a cue or a transition are forced to action.
        if (FountainParser::hasHeadingPrefix(plain) || (hasLetter(plain) && !hasLowerCase(plain))) {
            return u"!"_s + plain;
        }
        return plain;
    }
    return plain;
}

bool ElementMarkup::startsParagraph(Kind kind)
{
    return kind != Kind::Parenthetical && kind != Kind::Dialogue && kind != Kind::Lyrics;
}

bool ElementMarkup::typesInCapitals(Kind kind)
{
    return kind == Kind::SceneHeading || kind == Kind::Character || kind == Kind::Transition;
}

} // namespace Spielberg
