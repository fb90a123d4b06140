// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakestoryteller.h"

#include "recordedrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Spielberg::Test {

namespace {

const QStringList kFaults { u"badJson"_s,
    u"schemaViolation"_s,
    u"fencedJson"_s,
    u"zeroScenes"_s,
    u"nameCollision"_s,
    u"wrongHeading"_s,
    u"noHeading"_s,
    u"unknownCue"_s,
    u"splitNames"_s,
    u"codeFence"_s,
    u"commentary"_s,
    u"empty"_s };
const QString kAlways = u"Always"_s;

// Invented people for a cast. Index i of each list belongs to the first name kFirstNames[i]; a
// last name pairs with it by index first, then in other pairings once those are used up.
const QStringList kFirstNames { u"Ada"_s,
    u"Felix"_s,
    u"Nora"_s,
    u"Tobias"_s,
    u"Iris"_s,
    u"Desmond"_s,
    u"Lena"_s,
    u"Otto"_s,
    u"Priya"_s,
    u"Caleb"_s,
    u"Wren"_s,
    u"Hugo"_s };
const QStringList kLastNames { u"Brennan"_s,
    u"Okafor"_s,
    u"Lindqvist"_s,
    u"Marsh"_s,
    u"Delacroix"_s,
    u"Hale"_s,
    u"Moreau"_s,
    u"Castellanos"_s,
    u"Varga"_s,
    u"Whitlock"_s,
    u"Achebe"_s,
    u"Sato"_s };
const QStringList kPersonalities {
    u"Dry-witted and watchful; trusts slowly and forgives never."_s,
    u"Warm, talkative, and quicker to act than to think."_s,
    u"Meticulous to the point of obsession; hates surprises."_s,
    u"Charming in public, anxious in private."_s,
    u"Blunt, loyal and as stubborn as a locked door."_s,
    u"A restless dreamer who starts far more than gets finished."_s,
    u"Soft-spoken, patient, and more dangerous than anyone suspects."_s,
    u"Cheerfully reckless; treats every rule as a dare."_s,
    u"Guarded and precise, with a buried streak of kindness."_s,
    u"Proud, funny and terrified of being ordinary."_s,
    u"Calm under fire, helpless at small talk."_s,
    u"Idealistic, impatient and allergic to compromise."_s,
};
const QStringList kGoals {
    u"To find out who really started the fire."_s,
    u"To pay off an old debt before it is called in."_s,
    u"To win back a place in the family business."_s,
    u"To get out of town with enough money to start over."_s,
    u"To prove the official story wrong."_s,
    u"To keep a younger brother away from the wrong crowd."_s,
    u"To finish the book everyone says cannot be written."_s,
    u"To be forgiven by the one person who matters."_s,
    u"To keep the shop open for one more year."_s,
    u"To expose the people who ruined a friend."_s,
    u"To be taken seriously, just once."_s,
    u"To find the letter that was never delivered."_s,
};
const QStringList kVoices {
    u"Short sentences, long silences."_s,
    u"Rapid-fire, full of jokes that land a beat too late."_s,
    u"Formal and careful; drops every contraction when upset."_s,
    u"A warm drawl; calls everyone by a nickname."_s,
    u"Answers questions with questions."_s,
    u"Technical jargon that slips into poetry when tired."_s,
    u"Quiet, precise, always has the last word."_s,
    u"Loud, profane and disarmingly honest."_s,
    u"Speaks in half-finished thoughts."_s,
    u"Polite to the point of menace."_s,
    u"Self-deprecating asides, sudden bursts of anger."_s,
    u"Old-fashioned idioms borrowed from a grandmother."_s,
};
const QStringList kBackstories {
    u"Grew up above a bakery that burned down the winter everything changed."_s,
    u"Spent ten years at sea and came back to a town that had moved on."_s,
    u"A former police clerk who quit after filing one report too many."_s,
    u"Raised by an aunt who ran a card game in the back room."_s,
    u"Left medical school one semester short of a degree."_s,
    u"Once famous for a single song that nobody remembers now."_s,
    u"Inherited a failing hotel and a drawer full of unpaid bills."_s,
    u"Testified in a trial that sent the wrong man to prison."_s,
    u"Worked nights at the harbour to put a sister through school."_s,
    u"Came to the city with one suitcase and a borrowed name."_s,
    u"Lost a fortune on a single bet and has been careful ever since."_s,
    u"Was the last person to see the missing girl alive."_s,
};

// Outline scenes: 15 places, taken 7 apart so that consecutive scenes move.
const QStringList kLocations { u"INT. KITCHEN"_s,
    u"INT. ALL-NIGHT DINER"_s,
    u"EXT. HARBOUR"_s,
    u"INT. POLICE STATION"_s,
    u"EXT. ROOFTOP"_s,
    u"INT. HOSPITAL CORRIDOR"_s,
    u"EXT. COUNTRY ROAD"_s,
    u"INT. BOOKSHOP"_s,
    u"INT. MOTEL ROOM"_s,
    u"EXT. TRAIN PLATFORM"_s,
    u"INT. PARKED CAR"_s,
    u"EXT. CEMETERY"_s,
    u"INT. LAUNDROMAT"_s,
    u"EXT. LAKESIDE CABIN"_s,
    u"INT. NEWSPAPER OFFICE"_s };
const QStringList kTimes { u"DAY"_s, u"NIGHT"_s, u"MORNING"_s };
const QStringList kSoloSynopses {
    u"{lead} searches the {place} for the letter and finds only an empty envelope."_s,
    u"{lead} waits alone in the {place}, rehearsing what to say."_s,
    u"{lead} hides the evidence in the {place} moments before someone comes in."_s,
    u"{lead} returns to the {place} for the first time in years."_s,
    u"{lead} makes a phone call from the {place} that changes everything."_s,
};
const QStringList kGroupSynopses {
    u"{lead} confronts {others} in the {place} about the missing money."_s,
    u"{lead} and {others} share a tense meal in the {place}; nobody mentions the fire."_s,
    u"In the {place}, {lead} catches {others} in a lie."_s,
    u"{lead} asks {others} for help in the {place} and is turned down."_s,
    u"{lead} and {others} argue in the {place} until a knock at the door stops them."_s,
    u"{lead} brings {others} news in the {place} that no one wanted to hear."_s,
};
const QStringList kSceneGoals {
    u"{lead} wants the truth about the accident."_s,
    u"{lead} needs to leave before anyone notices."_s,
    u"{lead} must win back the others' trust."_s,
    u"{lead} wants the letter back, unread."_s,
    u"{lead} needs the money by morning."_s,
    u"{lead} wants, for once, to be believed."_s,
};
const QStringList kTensions {
    u"A secret is about to come out."_s,
    u"The clock is running out."_s,
    u"Someone is listening at the door."_s,
    u"The money is already gone."_s,
    u"An old debt comes due."_s,
    u"Nobody in the room is telling the whole truth."_s,
};
const QStringList kTones { u"tense"_s,
    u"wry"_s,
    u"melancholic"_s,
    u"quietly hopeful"_s,
    u"ominous"_s,
    u"warm"_s,
    u"brittle"_s,
    u"urgent"_s };

// Scenes.
const QStringList kOpenings {
    u"The {place} is quiet except for the hum of a refrigerator. {lead} stands in the doorway, "
    u"coat still on."_s,
    u"Rain streaks the windows of the {place}. {lead} sits very still, turning a key over and "
    u"over."_s,
    u"Half the lights in the {place} are out. {lead} picks a way through the clutter, looking "
    u"for something."_s,
    u"The {place}, late. Cigarette smoke and old coffee. {lead} checks the time, then checks it "
    u"again."_s,
    u"Sunlight floods the {place}. {lead} squints against it, holding an envelope that has been "
    u"opened and sealed again."_s,
    u"The {place} has seen better days. {lead} wipes a circle of dust from a photograph."_s,
};
const QStringList kBeats {
    u"A door bangs somewhere below. Nobody moves."_s,
    u"A phone buzzes on the table, face down. It keeps buzzing."_s,
    u"Outside, a car idles, then pulls away."_s,
    u"The radiator knocks twice and goes silent."_s,
    u"Somewhere a dog barks, and keeps barking."_s,
};
const QStringList kSpeeches {
    u"You said you'd be here an hour ago."_s,
    u"I know what you did with the money."_s,
    u"Don't. Not tonight."_s,
    u"Then tell me where it is."_s,
    u"Nobody else has to know."_s,
    u"It was never about the house."_s,
    u"You're still wearing his watch."_s,
    u"I came back because you asked me to."_s,
    u"One more lie and I walk out that door."_s,
    u"We don't have time for this."_s,
    u"Say it. Just say it."_s,
    u"I kept the letter. I couldn't throw it away."_s,
    u"You think I wanted any of this?"_s,
    u"It's late. Go home."_s,
    u"Whatever happens next, it's on you."_s,
    u"I never stopped looking for her."_s,
};
const QStringList kParentheticals { u"(quietly)"_s,
    u"(beat)"_s,
    u"(not looking up)"_s,
    u"(half a smile)"_s,
    u"(too fast)"_s,
    u"(barely audible)"_s };

enum class Ask { Cast, Outline, Scene };

// The same text always gives the same number, on every platform and in every run (qHash is
// seeded per process).
quint32 fnv1a(const QString &text)
{
    quint32 h = 2166136261U;
    for (const char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619U;
    }
    return h;
}

// A deterministic sequence of small numbers (xorshift32) from a seed.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_state(seed == 0 ? 0x9e3779b9U : seed) { }

    int below(qsizetype n)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return n <= 0 ? 0 : static_cast<int>(m_state % static_cast<quint32>(n));
    }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

private:
    quint32 m_state;
};

QString fill(QString pattern, const QList<QPair<QString, QString>> &values)
{
    for (const auto &[key, value] : values) {
        const QString placeholder = u'{' + key + u'}';
        pattern.replace(placeholder, value);
    }
    return pattern;
}

// A message's content: a string, or (either protocol) an array of {type:"text", text} parts.
QString contentText(const QJsonValue &content)
{
    if (content.isString()) {
        return content.toString();
    }
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject block = part.toObject();
        if (block.value(u"type"_s).toString(u"text"_s) == u"text"_s) {
            parts.append(block.value(u"text"_s).toString());
        }
    }
    return parts.join(u'\n');
}

void addUnique(QStringList &names, const QString &name)
{
    if (!names.contains(name, Qt::CaseInsensitive)) {
        names.append(name);
    }
}

// The `## Name` lines of the bible entries. A prompt may use `## ` for a section of its own
// ("## House rules") too: an entry goes on with a bible field (Personality:, Goals:…), another
// `#` line or nothing, a section with other text.
QStringList knownCharacters(const QString &text)
{
    static const QRegularExpression field(
        u"^\\W*(personality|goals?|voice|backstory|role|age|traits?|arc|appearance|description|"
        u"notes?)\\b[^:\\n]{0,20}:"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = text.split(u'\n');
    QStringList names;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString name = line.mid(3).trimmed();
        if (!line.startsWith(u"## "_s) || name.isEmpty()) {
            continue;
        }
        qsizetype next = i + 1;
        while (next < lines.size() && lines.at(next).trimmed().isEmpty()) {
            ++next;
        }
        if (next == lines.size() || lines.at(next).trimmed().startsWith(u'#')
            || field.match(lines.at(next)).hasMatch()) {
            addUnique(names, name);
        }
    }
    return names;
}

// What one request asks for, read from its body in either protocol.
struct Reading {
    Ask ask = Ask::Scene;
    bool repair = false;
    QString users; ///< the user messages, one after the other
    QString all; ///< the system text, then the user messages
    QString opening; ///< what came before any assistant turn: the same in a repair
    QStringList known;

    /** The first capture of re in from, else in the user messages, else in the system text;
        trimmed. */
    QString find(const QRegularExpression &re, const QString &from = {}) const
    {
        for (const QString &where : { from, users, all }) {
            const QRegularExpressionMatch match = re.match(where);
            if (match.hasMatch()) {
                return match.captured(1).trimmed();
            }
        }
        return {};
    }
    int number(const QRegularExpression &re, int fallback) const
    {
        bool ok = false;
        const int n = find(re).toInt(&ok);
        return ok ? n : fallback;
    }
};

Reading read(const RecordedRequest &request)
{
    const QJsonObject body = request.json();
    Reading r;
    QStringList all { contentText(body.value(u"system"_s)) };
    QStringList users;
    QStringList opening = all;
    bool answered = false;
    QString lastRole;
    for (const QJsonValue &value : body.value(u"messages"_s).toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(u"role"_s).toString();
        const QString content = contentText(message.value(u"content"_s));
        if (role == u"assistant"_s) {
            answered = true;
        } else if (role == u"system"_s || role == u"developer"_s || role == u"user"_s) {
            all.append(content);
            if (role == u"user"_s) {
                users.append(content);
            }
            if (!answered) {
                opening.append(content);
            }
        }
        lastRole = role;
    }
    r.repair = answered && lastRole == u"user"_s;
    r.users = users.join(u'\n');
    r.all = all.join(u'\n');
    r.opening = opening.join(u'\n');
    r.known = knownCharacters(r.all);

    // Anthropic: output_config.format; OpenAI: response_format.json_schema.
    const QJsonObject format
        = body.value(u"output_config"_s).toObject().value(u"format"_s).toObject();
    const QJsonObject jsonSchema
        = body.value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject();
    const QJsonObject schema = format.contains(u"schema"_s)
        ? format.value(u"schema"_s).toObject()
        : jsonSchema.value(u"schema"_s).toObject();
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QString name = jsonSchema.value(u"name"_s).toString();
    if (properties.contains(u"characters"_s) || (properties.isEmpty() && name == u"cast"_s)) {
        r.ask = Ask::Cast;
    } else if (properties.contains(u"scenes"_s) || (properties.isEmpty() && name == u"outline"_s)) {
        r.ask = Ask::Outline;
    }
    return r;
}

QString firstName(const QString &name)
{
    return name.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

QJsonObject castAnswer(const Reading &r, const QStringList &faults)
{
    static const QRegularExpression count(
        u"exactly (\\d+) (?:new )?characters"_s, QRegularExpression::CaseInsensitiveOption);
    const int wanted = qBound(1, r.number(count, 4), 12);
    const qsizetype pool = kFirstNames.size();
    const int start = static_cast<int>(fnv1a(r.opening) % pool);

    QStringList taken = r.known;
    QStringList firstNames;
    for (const QString &known : r.known) {
        firstNames.append(firstName(known));
    }
    QJsonArray characters;
    // First pass: no first name shared with anyone; second pass: only no full name shared.
    for (int pass = 0; pass < 2 && characters.size() < wanted; ++pass) {
        for (qsizetype i = 0; i < pool * pool && characters.size() < wanted; ++i) {
            const qsizetype a = (start + i) % pool;
            const qsizetype b = (start + i + i / pool) % pool;
            const QString name = kFirstNames.at(a) + u' ' + kLastNames.at(b);
            if (taken.contains(name, Qt::CaseInsensitive)
                || (pass == 0 && firstNames.contains(kFirstNames.at(a), Qt::CaseInsensitive))) {
                continue;
            }
            taken.append(name);
            firstNames.append(kFirstNames.at(a));
            characters.append(QJsonObject { { u"name"_s, name },
                { u"personality"_s, kPersonalities.at(a) },
                { u"goals"_s, kGoals.at((a + 5) % pool) },
                { u"voice"_s, kVoices.at((a + 2) % pool) },
                { u"backstory"_s, kBackstories.at((a + 7) % pool) } });
        }
    }

    if (faults.contains(u"nameCollision"_s) && !r.known.isEmpty() && !characters.isEmpty()) {
        // A known character proposed again, in other letters' case.
        const QString known = r.known.first();
        QString other = known.toUpper();
        if (other == known) {
            other = known.toLower();
        }
        QJsonObject first = characters.at(0).toObject();
        first.insert(u"name"_s, other);
        characters.replace(0, first);
    }
    if (faults.contains(u"schemaViolation"_s) && !characters.isEmpty()) {
        QJsonObject first = characters.at(0).toObject();
        first.remove(u"goals"_s);
        first.insert(u"mood"_s, u"restless"_s);
        characters.replace(0, first);
    }
    return QJsonObject { { u"characters"_s, characters } };
}

QJsonObject outlineAnswer(const Reading &r, const QStringList &faults)
{
    static const QRegularExpression count(
        u"exactly (\\d+) scenes"_s, QRegularExpression::CaseInsensitiveOption);
    const int wanted = faults.contains(u"zeroScenes"_s) ? 0 : qBound(1, r.number(count, 8), 200);
    const QString lead0 = u"Someone"_s;
    Dice dice(fnv1a(r.opening));
    const int start = dice.below(kLocations.size());

    QJsonArray scenes;
    for (int i = 0; i < wanted; ++i) {
        const QString location = kLocations.at((start + i * 7) % kLocations.size());
        const QString time = i > 0 && dice.below(6) == 0 ? u"CONTINUOUS"_s : dice.pick(kTimes);
        const QString place = location.mid(5).toLower();

        QStringList cast;
        if (!r.known.isEmpty()) {
            const int size = 1 + dice.below(qMin<qsizetype>(3, r.known.size()));
            const int from = static_cast<int>((i + dice.below(r.known.size())) % r.known.size());
            for (int c = 0; c < size; ++c) {
                cast.append(r.known.at((from + c) % r.known.size()));
            }
        }
        const QString lead = cast.isEmpty() ? lead0 : cast.first();
        const QString synopsis = cast.size() > 1
            ? fill(dice.pick(kGroupSynopses),
                { { u"lead"_s, lead },
                    { u"others"_s, cast.mid(1).join(u" and "_s) },
                    { u"place"_s, place } })
            : fill(dice.pick(kSoloSynopses), { { u"lead"_s, lead }, { u"place"_s, place } });
        scenes.append(QJsonObject { { u"heading"_s, QString(location + u" - "_s + time) },
            { u"synopsis"_s, synopsis },
            { u"goal"_s, fill(dice.pick(kSceneGoals), { { u"lead"_s, lead } }) },
            { u"tension"_s, dice.pick(kTensions) },
            { u"tone"_s, dice.pick(kTones) },
            { u"characters"_s, QJsonArray::fromStringList(cast) } });
    }

    QJsonObject outline { { u"scenes"_s, scenes } };
    if (faults.contains(u"schemaViolation"_s)) {
        if (scenes.isEmpty()) {
            outline.remove(u"scenes"_s);
            outline.insert(u"music"_s, u"a lone cello"_s);
        } else {
            QJsonObject first = scenes.at(0).toObject();
            first.remove(u"tension"_s);
            first.insert(u"music"_s, u"a lone cello"_s);
            scenes.replace(0, first);
            outline.insert(u"scenes"_s, scenes);
        }
    }
    return outline;
}

// "INT. KITCHEN - NIGHT" -> "kitchen".
QString placeOf(const QString &heading)
{
    static const QRegularExpression prefix(
        u"^(INT\\.?/EXT\\.?|EXT\\.?/INT\\.?|I/E\\.?|INT\\.?|EXT\\.?|EST\\.?)\\s+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString place = heading;
    place.remove(prefix);
    const qsizetype dash = place.indexOf(u" - "_s);
    if (dash > 0) {
        place.truncate(dash);
    }
    place = place.trimmed().toLower();
    return place.isEmpty() ? u"room"_s : place;
}

QString sceneAnswer(const Reading &r, const QStringList &faults)
{
    static const QRegularExpression headingLine(u"^[ \\t]*(?:scene )?heading:[ \\t]*(.*)$"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression presentLine(u"^[ \\t]*characters present:[ \\t]*(.*)$"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sceneNumber(
        u"Write scene (\\d+) of \\d+"_s, QRegularExpression::CaseInsensitiveOption);

    // When the request lists other scenes too, the lines after "Write scene K of N" are its own.
    const QRegularExpressionMatch ask = sceneNumber.match(r.users);
    const QString own = ask.hasMatch() ? r.users.mid(ask.capturedStart()) : QString();
    QString heading = r.find(headingLine, own);
    if (heading.isEmpty()) {
        heading = kLocations.at(fnv1a(r.opening) % kLocations.size()) + u" - DAY"_s;
    }
    QStringList cast;
    for (const QString &part : r.find(presentLine, own).split(u',')) {
        const QString name = part.trimmed();
        if (!name.isEmpty()) {
            addUnique(cast, name);
        }
    }
    if (cast.isEmpty()) {
        cast.append(r.known.isEmpty() ? u"Stranger"_s : r.known.first());
    }

    const QString number = ask.hasMatch() ? ask.captured(1) : u"1"_s;
    Dice dice(fnv1a(heading + u'\n' + number));
    struct Block {
        QString cue;
        QString parenthetical;
        QString speech;
    };
    QList<Block> blocks;
    const int count = 3 + dice.below(4);
    const int first = dice.below(kSpeeches.size());
    for (int b = 0; b < count; ++b) {
        const QString parenthetical = dice.below(3) == 0 ? dice.pick(kParentheticals) : QString();
        // 5 is prime to the 16 speeches: no line is said twice.
        blocks.append(Block { cast.at(b % cast.size()).toUpper(),
            parenthetical,
            kSpeeches.at((first + b * 5) % kSpeeches.size()) });
    }
    if (faults.contains(u"splitNames"_s)) {
        // The lead's second block, added when the lead has only one, cued by first name only.
        qsizetype second = cast.size();
        if (second >= blocks.size()) {
            second = blocks.size();
            blocks.append(Block { cast.first().toUpper(),
                QString(),
                kSpeeches.at((first + count * 5) % kSpeeches.size()) });
        }
        blocks[second].cue = firstName(cast.first()).toUpper();
    }
    if (faults.contains(u"unknownCue"_s)) {
        blocks.insert(qMin<qsizetype>(2, blocks.size()),
            Block { u"GHOST"_s, QString(), u"You shouldn't be here. None of you should."_s });
    }
    if (faults.contains(u"wrongHeading"_s)) {
        heading = heading.compare(u"INT. SOMEWHERE ELSE - DAY"_s, Qt::CaseInsensitive) == 0
            ? u"EXT. SOMEWHERE ELSE - NIGHT"_s
            : u"INT. SOMEWHERE ELSE - DAY"_s;
    }

    const QString place = placeOf(heading);
    QString scene;
    if (!faults.contains(u"noHeading"_s)) {
        scene += heading + u"\n\n"_s;
    }
    scene += fill(dice.pick(kOpenings), { { u"lead"_s, cast.first() }, { u"place"_s, place } })
        + u'\n';
    if (dice.below(2) == 0) {
        scene += u'\n' + dice.pick(kBeats) + u'\n';
    }
    for (const Block &block : std::as_const(blocks)) {
        scene += u'\n' + block.cue + u'\n';
        if (!block.parenthetical.isEmpty()) {
            scene += block.parenthetical + u'\n';
        }
        scene += block.speech + u'\n';
    }

    if (faults.contains(u"codeFence"_s)) {
        scene = u"```fountain\n"_s + scene + u"```\n"_s;
    }
    if (faults.contains(u"commentary"_s)) {
        scene = u"Here is the scene you asked for:\n\n"_s + scene
            + u"\nLet me know if you want changes.\n"_s;
    }
    return scene;
}

QString structuredText(const QJsonObject &answer, bool pretty, const QStringList &faults)
{
    const QByteArray json
        = QJsonDocument(answer).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    QString text = QString::fromUtf8(json).trimmed();
    if (faults.contains(u"badJson"_s)) {
        // Cut off as by a length limit: a prefix of an object is never valid JSON.
        text.truncate(text.size() * 6 / 10);
    }
    if (faults.contains(u"fencedJson"_s)) {
        text = u"```json\n"_s + text + u"\n```"_s;
    }
    return text;
}

// One token is about four characters; a surrogate pair is one character.
QStringList tokens(const QString &text)
{
    QStringList pieces;
    QString current;
    int points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        current += text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            current += text.at(++i);
        }
        if (++points == 4) {
            pieces.append(current);
            current.clear();
            points = 0;
        }
    }
    if (!current.isEmpty()) {
        pieces.append(current);
    }
    return pieces;
}

} // namespace

QStringList FakeStoryteller::faultNames()
{
    return kFaults;
}

bool FakeStoryteller::isFault(const QString &name)
{
    return kFaults.contains(name.endsWith(kAlways) ? name.chopped(kAlways.size()) : name);
}

FakeScenario FakeStoryteller::answer(const FakeScenario &story, const RecordedRequest &request)
{
    const Reading r = read(request);
    // A repair gets a correct answer, unless the fault is one of the `Always` ones.
    QStringList faults;
    for (const QString &fault : story.faults) {
        if (fault.endsWith(kAlways)) {
            faults.append(fault.chopped(kAlways.size()));
        } else if (!r.repair) {
            faults.append(fault);
        }
    }

    QString text;
    const bool pretty = (fnv1a(r.opening) & 1) != 0;
    switch (r.ask) {
    case Ask::Cast:
        text = structuredText(castAnswer(r, faults), pretty, faults);
        break;
    case Ask::Outline:
        text = structuredText(outlineAnswer(r, faults), pretty, faults);
        break;
    case Ask::Scene:
        text = sceneAnswer(r, faults);
        break;
    }
    if (faults.contains(u"empty"_s)) {
        text.clear();
    }

    FakeScenario s = story;
    s.kind = FakeScenario::Kind::Answer;
    s.faults.clear();
    s.text = text;
    s.deltas.clear();
    s.inputTokens = qMax(1, static_cast<int>(request.body.size() / 4));
    s.outputTokens = qMax(1, static_cast<int>(text.size() / 4));
    if (story.tokensPerSecond > 0) {
        s.deltas = tokens(text);
        s.trickleMs = qMax(1, 1000 / story.tokensPerSecond);
    }
    return s;
}

} // namespace Spielberg::Test
