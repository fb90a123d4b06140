// SPDX-License-Identifier: GPL-3.0-or-later
#include "typingcompletion.h"

#include "fountainparser.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {

// Where the location starts: after the INT./EXT. prefix and the spaces after it.
qsizetype locationStart(QStringView heading)
{
    if (heading.startsWith(u'.')) {
        return 1;
    }
    qsizetype i = 0;
    while (i < heading.size() && heading[i] != u' ' && !(heading[i] == u'.' && i + 1 < heading.size() && heading[i + 1] == u' ')) {
        ++i;
    }
    while (i < heading.size() && (heading[i] == u'.' || heading[i] == u' ')) {
        ++i;
    }
    return i;
}

// Candidates from `pool` that start with `typed` (ignoring case) and are longer than it.
QStringList matching(const QStringList &pool, const QString &typed)
{
    QStringList out;
    for (const QString &candidate : pool) {
        if (candidate.size() > typed.size() && candidate.startsWith(typed, Qt::CaseInsensitive)
            && !out.contains(candidate)) {
            out.append(candidate);
        }
    }
    return out;
}

QStringList speakers(const Screenplay &play)
{
    QHash<QString, int> count;
    QStringList order;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type != ElementType::Character) {
            continue;
        }
        const QString name = e.text.trimmed().toUpper();
        if (name.isEmpty()) {
            continue;
        }
        if (!count.contains(name)) {
            order.append(name);
        }
        ++count[name];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return count[a] > count[b]; });
    return order;
}

} // namespace

QString TypingCompletion::location(QStringView heading)
{
    QStringView t = heading.trimmed();
    t = t.sliced(locationStart(t));
    const qsizetype dash = t.lastIndexOf(u" - "_s);
    if (dash >= 0) {
        t = t.first(dash);
    }
    return t.trimmed().toString();
}

QString TypingCompletion::timeOfDay(QStringView heading)
{
    const qsizetype dash = heading.lastIndexOf(u" - "_s);
    return dash < 0 ? QString() : heading.sliced(dash + 3).trimmed().toString();
}

TypingCompletion TypingCompletion::complete(ElementMarkup::Kind kind, QStringView line, const Screenplay &play,
                                            const QStringList &cast)
{
    using Kind = ElementMarkup::Kind;
    TypingCompletion out;
    const bool heading = FountainParser::hasHeadingPrefix(line);
    if (kind == Kind::Character) {
        out.start = line.startsWith(u'@') ? 1 : 0;
        out.typed = line.sliced(out.start).toString();
        if (out.typed.trimmed().isEmpty()) {
            return out;
        }
        const qsizetype bracket = out.typed.indexOf(u'(');
        if (bracket >= 0 || out.typed.endsWith(u' ')) {
            const QString name = out.typed.left(bracket >= 0 ? bracket : out.typed.size()).trimmed().toUpper();
            QStringList withExtension;
            for (const QString &extension : {u"(V.O.)"_s, u"(O.S.)"_s, u"(CONT'D)"_s, u"(O.C.)"_s}) {
                withExtension.append(name + u' ' + extension);
            }
            out.candidates = matching(withExtension, out.typed);
            return out;
        }
        QStringList pool = speakers(play);
        for (const QString &name : cast) {
            pool.append(name.trimmed().toUpper());
        }
        out.candidates = matching(pool, out.typed);
        return out;
    }
    if (kind == Kind::Transition) {
        out.start = line.startsWith(u'>') ? 1 : 0;
        while (out.start < line.size() && line[out.start] == u' ') {
            ++out.start;
        }
        out.typed = line.sliced(out.start).toString();
        QStringList pool;
        for (const ScreenplayElement &e : play.elements) {
            if (e.type == ElementType::Transition) {
                pool.append(e.text.trimmed().toUpper());
            }
        }
        pool << u"CUT TO:"_s << u"DISSOLVE TO:"_s << u"SMASH CUT TO:"_s << u"MATCH CUT TO:"_s << u"JUMP CUT TO:"_s
             << u"FADE OUT."_s << u"FADE TO BLACK."_s << u"FADE IN:"_s;
        out.candidates = matching(pool, out.typed);
        return out;
    }
    if (kind != Kind::SceneHeading && !heading) {
        return out;
    }
    if (!heading) {
        // The prefix itself.
        out.typed = line.toString();
        out.candidates = matching({u"INT. "_s, u"EXT. "_s, u"INT./EXT. "_s, u"EST. "_s, u"I/E. "_s}, out.typed);
        return out;
    }
    const qsizetype dash = line.lastIndexOf(u" - "_s);
    QStringList pool;
    if (dash >= 0) {
        out.start = dash + 3;
        for (const ScreenplayElement &e : play.elements) {
            if (e.type == ElementType::SceneHeading) {
                const QString time = timeOfDay(e.text).toUpper();
                if (!time.isEmpty()) {
                    pool.append(time);
                }
            }
        }
        pool << u"DAY"_s << u"NIGHT"_s << u"MORNING"_s << u"AFTERNOON"_s << u"EVENING"_s << u"DAWN"_s << u"DUSK"_s
             << u"CONTINUOUS"_s << u"LATER"_s << u"MOMENTS LATER"_s << u"SAME"_s;
    } else {
        out.start = locationStart(line);
        for (const ScreenplayElement &e : play.elements) {
            if (e.type == ElementType::SceneHeading) {
                const QString place = location(e.text).toUpper();
                if (!place.isEmpty()) {
                    pool.append(place);
                }
            }
        }
    }
    out.typed = line.sliced(out.start).toString();
    if (out.typed.isEmpty() && dash < 0) {
        return out; // no location typed yet: too many to offer
    }
    out.candidates = matching(pool, out.typed);
    return out;
}

} // namespace Spielberg
