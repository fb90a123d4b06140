// SPDX-License-Identifier: GPL-3.0-or-later
// The fake provider's storyteller: casts, outlines and scenes computed from the story engine's
// requests in both wire formats, the faults that spoil a first answer but not a repair, and a
// Story scenario served over loopback and read from JSON.
#include "fakeprovider.h"
#include "fakestoryteller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Spielberg::Test;

namespace {

enum class Protocol { Anthropic, OpenAi };
enum class Ask { Cast, Outline, Scene };

const QStringList kKnown { u"Mara Quinn"_s, u"Jonas Reed"_s, u"Ada Brennan"_s };
const QStringList kPresent { u"Mara Quinn"_s, u"Jonas Reed"_s };
const QString kHeading = u"INT. LIGHTHOUSE - NIGHT"_s;
const int kScenes = 6;
const QStringList kCastFields {
    u"name"_s, u"personality"_s, u"goals"_s, u"voice"_s, u"backstory"_s
};
const QStringList kSceneFields {
    u"heading"_s, u"synopsis"_s, u"goal"_s, u"tension"_s, u"tone"_s, u"characters"_s
};

// The bible entries as PromptBuilder writes them: `## Name`, then a field a line.
QString entries(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names) {
        out.append(u"## "_s + name
            + u"\nPersonality: Careful, then reckless.\nGoals: To get home.\n"
              u"Voice: Low and even.\nBackstory: Grew up by the sea."_s);
    }
    return out.join(u"\n\n"_s);
}

// A section of the prompt's own that is no character.
QString systemPrompt(const QStringList &bible)
{
    QString text = u"You are a professional screenwriter.\n\n## House rules\nKeep scenes short."_s;
    if (!bible.isEmpty()) {
        text += u"\n\nCharacter bible (cue names are the names below in capitals):\n\n"_s
            + entries(bible);
    }
    return text;
}

QJsonObject schemaOf(Ask ask)
{
    const QString key = ask == Ask::Cast ? u"characters"_s : u"scenes"_s;
    return QJsonObject { { u"type"_s, u"object"_s },
        { u"properties"_s,
            QJsonObject { { key,
                QJsonObject { { u"type"_s, u"array"_s },
                    { u"items"_s, QJsonObject { { u"type"_s, u"object"_s } } } } } } },
        { u"required"_s, QJsonArray { key } },
        { u"additionalProperties"_s, false } };
}

/** A request body as the app sends it; with previous, the repair after that answer. */
QByteArray requestBody(Protocol protocol,
    Ask ask,
    const QString &systemText,
    const QString &user,
    const std::optional<QString> &previous = std::nullopt)
{
    const bool anthropic = protocol == Protocol::Anthropic;
    QJsonObject body { { u"model"_s, anthropic ? u"claude-sonnet-4-5"_s : u"gpt-4o-mini"_s },
        { u"max_tokens"_s, 8192 },
        { u"stream"_s, true } };
    QJsonArray messages;
    if (anthropic) {
        body.insert(u"system"_s,
            QJsonArray { QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, systemText } } });
    } else {
        messages.append(QJsonObject { { u"role"_s, u"system"_s }, { u"content"_s, systemText } });
        body.insert(u"stream_options"_s, QJsonObject { { u"include_usage"_s, true } });
    }
    if (ask != Ask::Scene) {
        if (anthropic) {
            body.insert(u"output_config"_s,
                QJsonObject { { u"format"_s,
                    QJsonObject {
                        { u"type"_s, u"json_schema"_s }, { u"schema"_s, schemaOf(ask) } } } });
        } else {
            body.insert(u"response_format"_s,
                QJsonObject { { u"type"_s, u"json_schema"_s },
                    { u"json_schema"_s,
                        QJsonObject { { u"name"_s, ask == Ask::Cast ? u"cast"_s : u"outline"_s },
                            { u"strict"_s, true },
                            { u"schema"_s, schemaOf(ask) } } } });
        }
    }
    messages.append(QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, user } });
    if (previous) {
        messages.append(QJsonObject { { u"role"_s, u"assistant"_s }, { u"content"_s, *previous } });
        messages.append(QJsonObject { { u"role"_s, u"user"_s },
            { u"content"_s,
                u"Your answer has problems:\n- it is not what was asked\n\n"
                u"Answer again, complete."_s } });
    }
    body.insert(u"messages"_s, messages);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray castBody(Protocol protocol, const std::optional<QString> &previous = std::nullopt)
{
    return requestBody(protocol,
        Ask::Cast,
        systemPrompt({}),
        u"Propose the cast this story needs: between 3 and 6 new characters, each with a full "
        u"name (first and last), personality, goals, voice and backstory.\n\n"
        u"The writer's request: a lighthouse mystery\n\n"
        u"Characters already in the story (fixed: keep them as they are and do not propose them "
        u"again):\n\n"_s
            + entries(kKnown) + u"\n\nAnswer with the JSON object only."_s,
        previous);
}

QByteArray outlineBody(
    Protocol protocol, int scenes, const std::optional<QString> &previous = std::nullopt)
{
    const QString count = scenes > 0 ? u" as exactly %1 scenes"_s.arg(scenes) : QString();
    return requestBody(protocol,
        Ask::Outline,
        systemPrompt(kKnown),
        u"Outline the screenplay"_s + count
            + u", in story order.\n\nAnswer with the JSON object only."_s,
        previous);
}

QByteArray sceneBody(Protocol protocol,
    const QString &heading,
    const QStringList &present,
    const QStringList &bible,
    const std::optional<QString> &previous = std::nullopt)
{
    return requestBody(protocol,
        Ask::Scene,
        systemPrompt(bible),
        u"Write scene 3 of 8.\nHeading: "_s + heading
            + u"\nSynopsis: Someone finds the keeper's logbook.\nCharacters present: "_s
            + present.join(u", "_s)
            + u"\n\nWrite only this scene, in Fountain, starting with its heading exactly as "
              u"given."_s,
        previous);
}

QByteArray bodyFor(
    Protocol protocol, Ask ask, const std::optional<QString> &previous = std::nullopt)
{
    switch (ask) {
    case Ask::Cast:
        return castBody(protocol, previous);
    case Ask::Outline:
        return outlineBody(protocol, kScenes, previous);
    case Ask::Scene:
        break;
    }
    return sceneBody(protocol, kHeading, kPresent, kPresent, previous);
}

RecordedRequest recorded(Protocol protocol, const QByteArray &bytes)
{
    RecordedRequest r;
    r.index = 0;
    r.connection = 0;
    r.method = u"POST"_s;
    r.path = protocol == Protocol::Anthropic ? u"/v1/messages"_s : u"/v1/chat/completions"_s;
    r.body = bytes;
    return r;
}

QString answerText(const FakeScenario &story, Protocol protocol, const QByteArray &bytes)
{
    return FakeStoryteller::answer(story, recorded(protocol, bytes)).text;
}

QJsonObject parsed(const QString &text, bool *valid = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (valid) {
        *valid = error.error == QJsonParseError::NoError && doc.isObject();
    }
    return doc.object();
}

// The dialogue cues of a Fountain scene: a line in capitals after a blank line, with text after.
QStringList cues(const QString &scene)
{
    const QStringList lines = scene.split(u'\n');
    QStringList out;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (lines.at(i - 1).isEmpty() && !line.isEmpty() && line == line.toUpper()
            && line.at(0).isLetter() && !lines.at(i + 1).isEmpty() && !line.startsWith(u"INT."_s)
            && !line.startsWith(u"EXT."_s)) {
            out.append(line);
        }
    }
    return out;
}

QStringList castProblems(const QString &text, const QStringList &known)
{
    bool valid = false;
    const QJsonObject json = parsed(text, &valid);
    if (!valid) {
        return { u"not a JSON object"_s };
    }
    QStringList problems;
    const QJsonArray characters = json.value(u"characters"_s).toArray();
    if (characters.size() != 4) {
        problems.append(u"%1 characters"_s.arg(characters.size()));
    }
    QStringList names;
    for (const QJsonValue &value : characters) {
        const QJsonObject c = value.toObject();
        QStringList keys = c.keys();
        keys.sort();
        QStringList expected = kCastFields;
        expected.sort();
        if (keys != expected) {
            problems.append(
                u"fields "_s + keys.join(u',') + u" of "_s + c.value(u"name"_s).toString());
        }
        for (const QString &field : kCastFields) {
            if (c.value(field).toString().trimmed().isEmpty()) {
                problems.append(u"empty "_s + field);
            }
        }
        const QString name = c.value(u"name"_s).toString();
        if (known.contains(name, Qt::CaseInsensitive)) {
            problems.append(u"known name "_s + name);
        }
        if (names.contains(name, Qt::CaseInsensitive)) {
            problems.append(u"twice: "_s + name);
        }
        if (name.split(u' ', Qt::SkipEmptyParts).size() < 2) {
            problems.append(u"not a full name: "_s + name);
        }
        names.append(name);
    }
    return problems;
}

QStringList outlineProblems(const QString &text, int scenes, const QStringList &known)
{
    static const QRegularExpression headingShape(
        u"^(INT|EXT)\\. [A-Z' -]+ - (DAY|NIGHT|MORNING|CONTINUOUS)$"_s);
    bool valid = false;
    const QJsonObject json = parsed(text, &valid);
    if (!valid) {
        return { u"not a JSON object"_s };
    }
    QStringList problems;
    const QJsonArray list = json.value(u"scenes"_s).toArray();
    if (list.size() != scenes) {
        problems.append(u"%1 scenes, not %2"_s.arg(list.size()).arg(scenes));
    }
    QSet<QString> headings;
    for (const QJsonValue &value : list) {
        const QJsonObject s = value.toObject();
        if (s.size() != kSceneFields.size()) {
            problems.append(u"fields: "_s + s.keys().join(u','));
        }
        for (const QString &field : kSceneFields.mid(0, 5)) {
            if (s.value(field).toString().trimmed().isEmpty()) {
                problems.append(u"empty "_s + field);
            }
        }
        const QString heading = s.value(u"heading"_s).toString();
        if (!headingShape.match(heading).hasMatch()) {
            problems.append(u"heading "_s + heading);
        }
        headings.insert(heading);
        const QJsonArray characters = s.value(u"characters"_s).toArray();
        if (characters.isEmpty() || characters.size() > 3) {
            problems.append(u"%1 characters in %2"_s.arg(characters.size()).arg(heading));
        }
        QStringList names;
        for (const QJsonValue &c : characters) {
            if (!known.contains(c.toString()) || names.contains(c.toString())) {
                problems.append(u"character "_s + c.toString());
            }
            names.append(c.toString());
        }
    }
    if (headings.size() < qMin(scenes, 15)) {
        problems.append(u"only %1 different headings"_s.arg(headings.size()));
    }
    return problems;
}

QStringList sceneProblems(const QString &text, const QString &heading, const QStringList &cast)
{
    QStringList problems;
    if (!text.startsWith(QString(heading + u"\n\n"_s))) {
        problems.append(u"does not start with the heading"_s);
    }
    if (!text.endsWith(u'\n') || text.endsWith(u"\n\n"_s)) {
        problems.append(u"does not end with one newline"_s);
    }
    const QStringList lines = text.split(u'\n');
    if (lines.value(2).isEmpty() || lines.value(2) == lines.value(2).toUpper()) {
        problems.append(u"no action after the heading"_s);
    }
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(u'(')
            && (!lines.at(i).endsWith(u')') || lines.at(i + 1).isEmpty()
                || lines.at(i - 1) != lines.at(i - 1).toUpper())) {
            problems.append(u"parenthetical out of place: "_s + lines.at(i));
        }
    }
    const QStringList said = cues(text);
    if (said.size() < 3 || said.size() > 6) {
        problems.append(u"%1 dialogue blocks"_s.arg(said.size()));
    }
    QStringList expected;
    for (const QString &name : cast) {
        expected.append(name.toUpper());
    }
    for (const QString &cue : said) {
        if (!expected.contains(cue)) {
            problems.append(u"unknown cue "_s + cue);
        }
    }
    for (const QString &name : std::as_const(expected)) {
        if (!said.contains(name)) {
            problems.append(name + u" never speaks"_s);
        }
    }
    if (text.contains(u"```"_s)) {
        problems.append(u"fenced"_s);
    }
    return problems;
}

/** What is wrong with an answer to bodyFor(ask). */
QStringList problemsOf(Ask ask, const QString &text)
{
    switch (ask) {
    case Ask::Cast:
        return castProblems(text, kKnown);
    case Ask::Outline:
        return outlineProblems(text, kScenes, kKnown);
    case Ask::Scene:
        break;
    }
    return sceneProblems(text, kHeading, kPresent);
}

/** Whether text shows the effect of fault (on an answer to bodyFor()). */
bool shows(const QString &fault, const QString &text)
{
    const QString base = fault.endsWith(u"Always"_s) ? fault.chopped(6) : fault;
    bool valid = false;
    const QJsonObject json = parsed(text, &valid);
    if (base == u"badJson"_s) {
        return !text.isEmpty() && !valid;
    }
    if (base == u"schemaViolation"_s) {
        const bool cast = json.contains(u"characters"_s);
        const QStringList required = cast ? kCastFields : kSceneFields;
        for (const QJsonValue &value : json.value(cast ? u"characters"_s : u"scenes"_s).toArray()) {
            const QStringList keys = value.toObject().keys();
            const bool missing = std::any_of(required.begin(),
                required.end(),
                [&keys](const QString &key) { return !keys.contains(key); });
            const bool extra = std::any_of(keys.begin(),
                keys.end(),
                [&required](const QString &key) { return !required.contains(key); });
            if (missing && extra) {
                return valid;
            }
        }
        return false;
    }
    if (base == u"fencedJson"_s) {
        if (!text.startsWith(u"```json\n"_s) || !text.endsWith(u"\n```"_s)) {
            return false;
        }
        bool inner = false;
        parsed(text.mid(8, text.size() - 12), &inner);
        return inner;
    }
    if (base == u"zeroScenes"_s) {
        return valid && json.value(u"scenes"_s).isArray()
            && json.value(u"scenes"_s).toArray().isEmpty();
    }
    if (base == u"nameCollision"_s) {
        for (const QJsonValue &value : json.value(u"characters"_s).toArray()) {
            const QString name = value.toObject().value(u"name"_s).toString();
            for (const QString &known : kKnown) {
                if (name.compare(known, Qt::CaseInsensitive) == 0 && name != known) {
                    return true;
                }
            }
        }
        return false;
    }
    if (base == u"wrongHeading"_s) {
        const QString first = text.section(u'\n', 0, 0);
        return first != kHeading && (first.startsWith(u"INT. "_s) || first.startsWith(u"EXT. "_s));
    }
    if (base == u"noHeading"_s) {
        return !text.isEmpty() && !text.startsWith(u"INT."_s) && !text.startsWith(u"EXT."_s)
            && !text.contains(kHeading);
    }
    if (base == u"unknownCue"_s) {
        return cues(text).contains(u"GHOST"_s);
    }
    if (base == u"splitNames"_s) {
        const QStringList said = cues(text);
        return said.contains(u"MARA QUINN"_s) && said.contains(u"MARA"_s);
    }
    if (base == u"codeFence"_s) {
        return text.startsWith(QString(u"```fountain\n"_s + kHeading + u'\n'))
            && text.endsWith(u"\n```\n"_s);
    }
    if (base == u"commentary"_s) {
        return text.startsWith(QString(u"Here is the scene you asked for:\n\n"_s + kHeading))
            && text.endsWith(u"\n\nLet me know if you want changes.\n"_s);
    }
    if (base == u"empty"_s) {
        return text.isEmpty();
    }
    return false;
}

struct SseEvent {
    QByteArray name;
    QByteArray data;
};

QList<SseEvent> parseSse(QByteArray bytes)
{
    bytes.replace("\r\n", "\n");
    QList<SseEvent> events;
    SseEvent current;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty()) {
            if (!current.data.isEmpty()) {
                events.append(current);
            }
            current = {};
        } else if (line.startsWith("event:")) {
            current.name = line.mid(6).trimmed();
        } else if (line.startsWith("data:")) {
            current.data += line.mid(5).trimmed();
        }
    }
    return events;
}

QStringList textDeltas(Protocol protocol, const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events) {
        const QJsonObject data = QJsonDocument::fromJson(e.data).object();
        if (protocol == Protocol::Anthropic) {
            if (e.name == "content_block_delta") {
                out.append(data.value(u"delta"_s).toObject().value(u"text"_s).toString());
            }
            continue;
        }
        const QJsonArray choices = data.value(u"choices"_s).toArray();
        const QString content = choices.isEmpty()
            ? QString()
            : choices.at(0).toObject().value(u"delta"_s).toObject().value(u"content"_s).toString();
        if (!content.isEmpty()) {
            out.append(content);
        }
    }
    return out;
}

/** The input and output tokens the stream reports. */
QPair<int, int> usage(Protocol protocol, const QList<SseEvent> &events)
{
    for (const SseEvent &e : events) {
        const QJsonObject data = QJsonDocument::fromJson(e.data).object();
        if (protocol == Protocol::Anthropic && e.name == "message_delta") {
            const QJsonObject u = data.value(u"usage"_s).toObject();
            return { u.value(u"input_tokens"_s).toInt(), u.value(u"output_tokens"_s).toInt() };
        }
        if (protocol == Protocol::OpenAi && data.value(u"usage"_s).isObject()) {
            const QJsonObject u = data.value(u"usage"_s).toObject();
            return { u.value(u"prompt_tokens"_s).toInt(), u.value(u"completion_tokens"_s).toInt() };
        }
    }
    return { -1, -1 };
}

} // namespace

class tst_FakeStoryteller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void castProposesNewCharacters_data();
    void castProposesNewCharacters();
    void outlineHasTheScenesAskedFor_data();
    void outlineHasTheScenesAskedFor();
    void sceneFollowsTheBrief_data();
    void sceneFollowsTheBrief();
    void scenesDifferByHeadingAndNumber();
    void faultsSpoilFirstAnswersOnly_data();
    void faultsSpoilFirstAnswersOnly();
    void faultsOfOtherAnswersDoNothing_data();
    void faultsOfOtherAnswersDoNothing();
    void answerIsAnOrdinaryAnswer();
    void storyIsServedOverLoopback_data();
    void storyIsServedOverLoopback();
    void readsFromJson();
    void refusesBadJson_data();
    void refusesBadJson();
};

void tst_FakeStoryteller::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_FakeStoryteller::castProposesNewCharacters_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("anthropic") << Protocol::Anthropic;
    QTest::newRow("openai") << Protocol::OpenAi;
}

void tst_FakeStoryteller::castProposesNewCharacters()
{
    QFETCH(Protocol, protocol);
    const QByteArray request = castBody(protocol);
    const FakeScenario answer
        = FakeStoryteller::answer(FakeScenario::story(), recorded(protocol, request));
    QCOMPARE(static_cast<int>(answer.kind), static_cast<int>(FakeScenario::Kind::Answer));
    const QStringList problems = castProblems(answer.text, kKnown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + answer.text));
    QVERIFY(!answer.text.startsWith(u"```"_s));
    QCOMPARE(answer.inputTokens, static_cast<int>(request.size() / 4));
    QCOMPARE(answer.outputTokens, static_cast<int>(answer.text.size() / 4));
    // The same request, the same cast.
    QCOMPARE(answerText(FakeScenario::story(), protocol, request), answer.text);
}

void tst_FakeStoryteller::outlineHasTheScenesAskedFor_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("scenes");
    QTest::newRow("anthropic, 6") << Protocol::Anthropic << 6 << 6;
    QTest::newRow("openai, 6") << Protocol::OpenAi << 6 << 6;
    QTest::newRow("one scene") << Protocol::Anthropic << 1 << 1;
    QTest::newRow("more scenes than places") << Protocol::OpenAi << 40 << 40;
    QTest::newRow("no count: 8") << Protocol::Anthropic << 0 << 8;
}

void tst_FakeStoryteller::outlineHasTheScenesAskedFor()
{
    QFETCH(Protocol, protocol);
    QFETCH(int, asked);
    QFETCH(int, scenes);
    const QString text = answerText(FakeScenario::story(), protocol, outlineBody(protocol, asked));
    // Only the bible's characters: not "House rules", a section of the prompt.
    const QStringList problems = outlineProblems(text, scenes, kKnown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + text));
}

void tst_FakeStoryteller::sceneFollowsTheBrief_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("bible");
    QTest::addColumn<QStringList>("speakers");
    QTest::newRow("anthropic, two present")
        << Protocol::Anthropic << kHeading << kPresent << kKnown << kPresent;
    QTest::newRow("openai, three present")
        << Protocol::OpenAi << u"EXT. HARBOUR WALL - DAWN"_s << kKnown << kKnown << kKnown;
    QTest::newRow("one present") << Protocol::Anthropic << u"INT. ADA'S FLAT - DAY"_s
                                 << QStringList { u"Ada Brennan"_s } << kKnown
                                 << QStringList { u"Ada Brennan"_s };
    QTest::newRow("nobody present: the first of the bible")
        << Protocol::OpenAi << u"INT. CHAPEL - NIGHT"_s << QStringList()
        << QStringList { u"Jonas Reed"_s, u"Mara Quinn"_s } << QStringList { u"Jonas Reed"_s };
    QTest::newRow("nobody known: a stranger")
        << Protocol::Anthropic << u"EXT. MOOR - DAY"_s << QStringList() << QStringList()
        << QStringList { u"Stranger"_s };
}

void tst_FakeStoryteller::sceneFollowsTheBrief()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, heading);
    QFETCH(QStringList, present);
    QFETCH(QStringList, bible);
    QFETCH(QStringList, speakers);
    const QString text
        = answerText(FakeScenario::story(), protocol, sceneBody(protocol, heading, present, bible));
    const QStringList problems = sceneProblems(text, heading, speakers);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + text));
}

void tst_FakeStoryteller::scenesDifferByHeadingAndNumber()
{
    const FakeScenario story = FakeScenario::story();
    const QString a = answerText(story,
        Protocol::Anthropic,
        sceneBody(Protocol::Anthropic, u"INT. KITCHEN - DAY"_s, kPresent, kKnown));
    const QString b = answerText(story,
        Protocol::Anthropic,
        sceneBody(Protocol::Anthropic, u"EXT. HARBOUR - NIGHT"_s, kPresent, kKnown));
    QVERIFY(a.section(u"\n\n"_s, 1) != b.section(u"\n\n"_s, 1));
    // Another scene number, the same heading: another scene.
    QByteArray later = sceneBody(Protocol::Anthropic, u"INT. KITCHEN - DAY"_s, kPresent, kKnown);
    later.replace("Write scene 3 of 8", "Write scene 7 of 8");
    QVERIFY(answerText(story, Protocol::Anthropic, later) != a);
    // Deterministic, and the same whichever protocol asks.
    QCOMPARE(answerText(story,
                 Protocol::OpenAi,
                 sceneBody(Protocol::OpenAi, u"INT. KITCHEN - DAY"_s, kPresent, kKnown)),
        a);
}

void tst_FakeStoryteller::faultsSpoilFirstAnswersOnly_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<Ask>("ask");
    QTest::addColumn<Protocol>("protocol");
    const QList<QPair<QString, Ask>> faults {
        { u"badJson"_s, Ask::Cast },
        { u"badJson"_s, Ask::Outline },
        { u"badJsonAlways"_s, Ask::Outline },
        { u"schemaViolation"_s, Ask::Cast },
        { u"schemaViolation"_s, Ask::Outline },
        { u"fencedJson"_s, Ask::Cast },
        { u"fencedJson"_s, Ask::Outline },
        { u"zeroScenes"_s, Ask::Outline },
        { u"zeroScenesAlways"_s, Ask::Outline },
        { u"nameCollision"_s, Ask::Cast },
        { u"wrongHeading"_s, Ask::Scene },
        { u"noHeading"_s, Ask::Scene },
        { u"unknownCue"_s, Ask::Scene },
        { u"unknownCueAlways"_s, Ask::Scene },
        { u"splitNames"_s, Ask::Scene },
        { u"splitNamesAlways"_s, Ask::Scene },
        { u"codeFence"_s, Ask::Scene },
        { u"commentary"_s, Ask::Scene },
        { u"empty"_s, Ask::Scene },
        { u"emptyAlways"_s, Ask::Scene },
        { u"empty"_s, Ask::Cast },
    };
    const char *asks[] = { "cast", "outline", "scene" };
    for (const auto &[fault, ask] : faults) {
        QTest::addRow("%s, %s, anthropic", qPrintable(fault), asks[static_cast<int>(ask)])
            << fault << ask << Protocol::Anthropic;
        QTest::addRow("%s, %s, openai", qPrintable(fault), asks[static_cast<int>(ask)])
            << fault << ask << Protocol::OpenAi;
    }
}

void tst_FakeStoryteller::faultsSpoilFirstAnswersOnly()
{
    QFETCH(QString, fault);
    QFETCH(Ask, ask);
    QFETCH(Protocol, protocol);
    const FakeScenario story = FakeScenario::story({ fault });
    const QString first = answerText(story, protocol, bodyFor(protocol, ask));
    QVERIFY2(shows(fault, first), qPrintable(first));
    QVERIFY2(!problemsOf(ask, first).isEmpty(), qPrintable(first));

    const QString repaired = answerText(story, protocol, bodyFor(protocol, ask, first));
    if (fault.endsWith(u"Always"_s)) {
        QVERIFY2(shows(fault, repaired), qPrintable(repaired));
    } else {
        const QStringList problems = problemsOf(ask, repaired);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + repaired));
        // The repair is the answer a clean first request gets.
        QCOMPARE(repaired, answerText(FakeScenario::story(), protocol, bodyFor(protocol, ask)));
    }
}

void tst_FakeStoryteller::faultsOfOtherAnswersDoNothing_data()
{
    QTest::addColumn<Ask>("ask");
    QTest::addColumn<QStringList>("faults");
    const QStringList sceneFaults { u"wrongHeading"_s,
        u"noHeading"_s,
        u"unknownCue"_s,
        u"splitNames"_s,
        u"codeFence"_s,
        u"commentary"_s };
    const QStringList jsonFaults {
        u"badJson"_s, u"schemaViolation"_s, u"fencedJson"_s, u"zeroScenes"_s, u"nameCollision"_s
    };
    QTest::newRow("scene faults on a cast") << Ask::Cast << sceneFaults;
    QTest::newRow("scene faults and a name collision on an outline")
        << Ask::Outline << (sceneFaults + QStringList { u"nameCollision"_s });
    QTest::newRow("JSON faults on a scene") << Ask::Scene << jsonFaults;
}

void tst_FakeStoryteller::faultsOfOtherAnswersDoNothing()
{
    QFETCH(Ask, ask);
    QFETCH(QStringList, faults);
    const QString text = answerText(
        FakeScenario::story(faults), Protocol::Anthropic, bodyFor(Protocol::Anthropic, ask));
    const QStringList problems = problemsOf(ask, text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + text));
}

void tst_FakeStoryteller::answerIsAnOrdinaryAnswer()
{
    FakeScenario story = FakeScenario::story({ u"commentary"_s });
    story.splitEvery(7).withComments().crlf().withHeader("x-fake", "1");
    story.stopReason = u"max_tokens"_s;
    story.tokensPerSecond = 50;
    const QByteArray request = bodyFor(Protocol::Anthropic, Ask::Scene);
    const FakeScenario answer
        = FakeStoryteller::answer(story, recorded(Protocol::Anthropic, request));
    QCOMPARE(static_cast<int>(answer.kind), static_cast<int>(FakeScenario::Kind::Answer));
    QVERIFY(answer.faults.isEmpty());
    QVERIFY(shows(u"commentary"_s, answer.text));
    QCOMPARE(answer.inputTokens, static_cast<int>(request.size() / 4));
    QCOMPARE(answer.outputTokens, static_cast<int>(answer.text.size() / 4));
    QCOMPARE(answer.splitBytes, 7);
    QVERIFY(answer.comments && answer.crlfLineEnds);
    QVERIFY(answer.headers.contains(qMakePair(QByteArray("x-fake"), QByteArray("1"))));
    QCOMPARE(answer.stopReason, u"max_tokens"_s);
    // One token (four characters) a delta, 1000 / 50 ms apart.
    QCOMPARE(answer.trickleMs, 20);
    QCOMPARE(answer.deltas.join(QString()), answer.text);
    for (qsizetype i = 0; i < answer.deltas.size(); ++i) {
        QVERIFY(i + 1 == answer.deltas.size() ? answer.deltas.at(i).size() <= 4
                                              : answer.deltas.at(i).size() == 4);
    }

    // Unpaced: the usual split, and the scenario's own trickle.
    story.tokensPerSecond = 0;
    story.trickleMs = 3;
    const FakeScenario unpaced
        = FakeStoryteller::answer(story, recorded(Protocol::Anthropic, request));
    QVERIFY(unpaced.deltas.isEmpty());
    QCOMPARE(unpaced.trickleMs, 3);
    QCOMPARE(unpaced.text, answer.text);
}

void tst_FakeStoryteller::storyIsServedOverLoopback_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("anthropic") << Protocol::Anthropic;
    QTest::newRow("openai") << Protocol::OpenAi;
}

void tst_FakeStoryteller::storyIsServedOverLoopback()
{
    QFETCH(Protocol, protocol);
    const bool anthropic = protocol == Protocol::Anthropic;
    FakeProvider provider;
    QVERIFY(provider.listen());
    provider.setDefaultScenario(FakeScenario::story());
    FakeScenario paced = FakeScenario::story({ u"wrongHeading"_s });
    paced.tokensPerSecond = 500;
    provider.enqueue(paced);

    QNetworkAccessManager nam;
    const auto post = [&](const QByteArray &bytes, QNetworkReply::NetworkError *error) {
        QNetworkRequest request(
            QUrl(anthropic ? provider.anthropicBaseUrl() + u"/v1/messages"_s
                           : provider.openAiBaseUrl() + u"/chat/completions"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (anthropic) {
            request.setRawHeader("x-api-key", "sk-test");
            request.setRawHeader("anthropic-version", "2023-06-01");
        } else {
            request.setRawHeader("Authorization", "Bearer sk-test");
        }
        QNetworkReply *reply = nam.post(request, bytes);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(20000);
        }
        *error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        const QList<SseEvent> events = parseSse(reply->readAll());
        reply->abort();
        reply->deleteLater();
        return events;
    };

    // The queued story, with its fault, one token a delta.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    const QByteArray scene = bodyFor(protocol, Ask::Scene);
    const QList<SseEvent> first = post(scene, &error);
    QCOMPARE(error, QNetworkReply::NoError);
    QCOMPARE(provider.requests().size(), 1);
    const QString expected = FakeStoryteller::answer(paced, provider.requests().at(0)).text;
    QVERIFY2(shows(u"wrongHeading"_s, expected), qPrintable(expected));
    const QStringList deltas = textDeltas(protocol, first);
    QCOMPARE(deltas.join(QString()), expected);
    QCOMPARE(deltas.size(), (expected.size() + 3) / 4);
    QCOMPARE(usage(protocol, first),
        qMakePair(static_cast<int>(scene.size() / 4), static_cast<int>(expected.size() / 4)));

    // Then the default story: each request gets what it asks for.
    for (const Ask ask : { Ask::Outline, Ask::Cast, Ask::Scene }) {
        const QByteArray request = bodyFor(protocol, ask);
        const QList<SseEvent> events = post(request, &error);
        QCOMPARE(error, QNetworkReply::NoError);
        const QString text = textDeltas(protocol, events).join(QString());
        QCOMPARE(text, answerText(FakeScenario::story(), protocol, request));
        const QStringList problems = problemsOf(ask, text);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + text));
        QCOMPARE(usage(protocol, events).first, static_cast<int>(request.size() / 4));
    }
    QCOMPARE(provider.pendingScenarios(), 0);
}

void tst_FakeStoryteller::readsFromJson()
{
    QString error;
    const auto story = FakeScenario::fromJson(
        QJsonDocument::fromJson(R"({"kind":"story","faults":["wrongHeading","badJsonAlways"],)"
                                R"("tokensPerSecond":60,"trickleMs":5,"crlf":true})")
            .object(),
        &error);
    QVERIFY2(story, qPrintable(error));
    QCOMPARE(static_cast<int>(story->kind), static_cast<int>(FakeScenario::Kind::Story));
    QCOMPARE(story->faults, (QStringList { u"wrongHeading"_s, u"badJsonAlways"_s }));
    QCOMPARE(story->tokensPerSecond, 60);
    QCOMPARE(story->trickleMs, 5);
    QVERIFY(story->crlfLineEnds);

    const FakeScenario answer = FakeStoryteller::answer(
        *story, recorded(Protocol::OpenAi, bodyFor(Protocol::OpenAi, Ask::Scene)));
    QVERIFY(shows(u"wrongHeading"_s, answer.text));
    QCOMPARE(answer.trickleMs, 1000 / 60);
    QVERIFY(answer.crlfLineEnds);

    const auto plain
        = FakeScenario::fromJson(QJsonDocument::fromJson(R"({"kind":"story"})").object(), &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(plain->faults.isEmpty());
    QCOMPARE(plain->tokensPerSecond, 0);

    // Every fault, and its Always variant, reads.
    for (const QString &fault : FakeStoryteller::faultNames()) {
        for (const QString &name : QStringList { fault, fault + u"Always"_s }) {
            const QJsonObject json { { u"kind"_s, u"story"_s },
                { u"faults"_s, QJsonArray { name } } };
            QVERIFY2(FakeScenario::fromJson(json, &error), qPrintable(name + u": "_s + error));
        }
    }
}

void tst_FakeStoryteller::refusesBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown fault")
        << QByteArray(R"({"kind":"story","faults":["badJson","teleport"]})") << u"\"teleport\""_s;
    QTest::newRow("Always alone") << QByteArray(R"({"kind":"story","faults":["Always"]})")
                                  << u"\"Always\""_s;
    QTest::newRow("faults not a list")
        << QByteArray(R"({"kind":"story","faults":"badJson"})") << u"faults"_s;
    QTest::newRow("negative pace")
        << QByteArray(R"({"kind":"story","tokensPerSecond":-5})") << u"tokensPerSecond"_s;
}

void tst_FakeStoryteller::refusesBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    QString error;
    QVERIFY(!FakeScenario::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_FakeStoryteller)
#include "tst_fakestoryteller.moc"
