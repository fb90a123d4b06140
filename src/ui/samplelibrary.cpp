// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelibrary.h"

#include <studio/studio.h>


#include <QFile>

using namespace Qt::StringLiterals;

namespace Spielberg {

QString SampleLibrary::screenplay()
{
    QFile file(u":/samples/lighthouse.fountain"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Result<qint64> SampleLibrary::create(Studio &studio)
{
    const QList<Character> cast{
        {0, {}, u"MARGARET"_s,
         u"Stubborn, practical, tender only in private. Keeps her grief folded like a map."_s,
         u"Keep the light burning; never lose anyone to the sea again."_s,
         u"Short sentences. Scots turns of phrase. Never says goodbye."_s,
         u"Lost her son Danny to a winter storm twelve years ago."_s, {}, {}},
        {0, {}, u"EDWIN"_s, u"Gentle, wry, the one who remembers birthdays. Afraid of the water."_s,
         u"Keep Margaret safe, even from herself."_s, u"Soft, teasing, circles a point."_s,
         u"A schoolteacher who followed Margaret to the island."_s, {}, {}},
        {0, {}, u"TOMAS"_s, u"Reckless, proud, kinder than he lets on."_s,
         u"Pay off the boat before the bank takes it."_s, u"Loud, fast, Portuguese oaths."_s,
         u"Danny's best friend; has not spoken to Margaret since."_s, {}, {}},
    };
    QList<qint64> ids;
    for (const Character &c : cast) {
        const Result<Character> made = studio.library().createCharacter(c);
        if (!made) {
            return made.error();
        }
        ids << made->id;
    }
    Script script;
    script.title = u"The Lighthouse Keeper"_s;
    script.logline = u"On the night she swore she'd never go to sea again, a keeper rows into a storm "
                     "to save the man who blames her for her son's death."_s;
    script.genre = u"drama"_s;
    script.tone = u"melancholic"_s;
    ScriptVersion first;
    first.content = screenplay();
    first.origin = VersionOrigin::Imported;
    first.note = u"Sample"_s;
    const Result<Script> made = studio.library().createScript(script, ids, first);
    if (!made) {
        return made.error();
    }
    return made->id;
}

} // namespace Spielberg
