// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenplaystatistics.h"

#include "paginator.h"
#include "screenplay.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Spielberg {

int ScreenplayStatistics::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c == u'\'' || c == u'’';
        if (wordChar && !inWord) {
            ++words;
        }
        inWord = wordChar;
    }
    return words;
}

ScreenplayStatistics ScreenplayStatistics::compute(const Screenplay &play, const PageLayout &layout)
{
    ScreenplayStatistics stats;
    stats.pages = int(Paginator::paginate(play, layout).size());
    if (play.elements.isEmpty()) {
        stats.pages = 0;
    }
    stats.minutes = stats.pages;

    QHash<QString, qsizetype> index;
    qsizetype speaker = -1;
    for (const ScreenplayElement &e : play.elements) {
        if (e.type == ElementType::Section || e.type == ElementType::Synopsis) {
            continue;
        }
        const int words = countWords(e.text);
        stats.words += words;
        switch (e.type) {
        case ElementType::SceneHeading: {
            ++stats.scenes;
            const QString h = e.text.toUpper();
            const bool both = h.startsWith(u"INT./EXT"_s) || h.startsWith(u"INT/EXT"_s)
                || h.startsWith(u"I/E"_s) || h.startsWith(u"I./E"_s) || h.startsWith(u"EXT./INT"_s)
                || h.startsWith(u"EXT/INT"_s) || h.startsWith(u"E/I"_s);
            if (both || h.startsWith(u"INT"_s)) {
                ++stats.interior;
            }
            if (both || h.startsWith(u"EXT"_s) || h.startsWith(u"EST"_s)) {
                ++stats.exterior;
            }
            const qsizetype dash = h.lastIndexOf(u" - "_s);
            const QString time = dash >= 0 ? h.mid(dash + 3).trimmed() : QString();
            if (time.contains(u"NIGHT"_s) || time.contains(u"EVENING"_s) || time.contains(u"DUSK"_s)) {
                ++stats.night;
            } else if (time.contains(u"DAY"_s) || time.contains(u"MORNING"_s)
                       || time.contains(u"DAWN"_s) || time.contains(u"AFTERNOON"_s)) {
                ++stats.day;
            } else {
                ++stats.otherTime;
            }
            speaker = -1;
            break;
        }
        case ElementType::Character: {
            const QString name = e.text.trimmed().toUpper();
            auto it = index.constFind(name);
            if (it == index.cend()) {
                it = index.insert(name, stats.characters.size());
                stats.characters.append(Character{name, 0, 0});
            }
            speaker = *it;
            ++stats.characters[speaker].dialogueBlocks;
            break;
        }
        case ElementType::Dialogue:
        case ElementType::Lyrics:
            if (speaker >= 0) {
                stats.characters[speaker].words += words;
            }
            break;
        case ElementType::Parenthetical:
            break;
        default:
            speaker = -1;
            break;
        }
    }
    std::stable_sort(stats.characters.begin(), stats.characters.end(),
                     [](const Character &a, const Character &b) { return a.words > b.words; });
    return stats;
}

} // namespace Spielberg
