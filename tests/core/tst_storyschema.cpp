// SPDX-License-Identifier: GPL-3.0-or-later
// The cast and outline answers: the schemas both providers' strict modes take, and the reading
// of answers good and bad (what the one repair request is told, what can still be used).
#include <core/jsonschemacheck.h>
#include <core/storyschema.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

class tst_StorySchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemasAreStrict();
    void goodCast();
    void castNameCollision();
    void castProblems_data();
    void castProblems();
    void goodOutline();
    void outlineProblems_data();
    void outlineProblems();
    void schemaCheckNamesThePlace();
};

namespace {
QString character(const QString &name, const QString &goals = u"To win"_s)
{
    return u"{\"name\":\"%1\",\"personality\":\"Dry\",\"goals\":\"%2\",\"voice\":\"Short\",\"backstory\":\"A past\"}"_s.arg(name, goals);
}

QString scene(const QString &heading, const QString &names)
{
    return u"{\"heading\":\"%1\",\"synopsis\":\"Things happen.\",\"goal\":\"Turn\",\"tension\":\"High\","
           "\"tone\":\"dark\",\"characters\":[%2]}"_s.arg(heading, names);
}

void checkStrict(const QJsonObject &schema)
{
    if (schema.value(u"type"_s) == u"object"_s) {
        QCOMPARE(schema.value(u"additionalProperties"_s), QJsonValue(false));
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        QCOMPARE(schema.value(u"required"_s).toArray().size(), properties.size());
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            checkStrict(it.value().toObject());
        }
    } else if (schema.value(u"type"_s) == u"array"_s) {
        checkStrict(schema.value(u"items"_s).toObject());
    }
}
} // namespace

void tst_StorySchema::schemasAreStrict()
{
    // Strict modes want every property required and no others, at every level.
    checkStrict(StorySchema::cast());
    checkStrict(StorySchema::outline());
    QVERIFY(StorySchema::cast().value(u"properties"_s).toObject().contains(u"characters"_s));
    QVERIFY(StorySchema::outline().value(u"properties"_s).toObject().contains(u"scenes"_s));
}

void tst_StorySchema::goodCast()
{
    const QString answer = u"{\"characters\":[%1,%2,%3]}"_s.arg(character(u"Ada Brennan"_s), character(u"Tom Vale"_s),
                                                                character(u"Ines Roth"_s));
    const StorySchema::CastAnswer cast = StorySchema::readCast(answer, {});
    QVERIFY2(cast.problems.isEmpty(), qPrintable(cast.problems.join(u'\n')));
    QVERIFY(cast.usable);
    QCOMPARE(cast.characters.size(), 3);
    QCOMPARE(cast.characters[1].name, u"Tom Vale"_s);
    QCOMPARE(cast.characters[1].voice, u"Short"_s);
}

void tst_StorySchema::castNameCollision()
{
    const QString answer = u"{\"characters\":[%1,%2]}"_s.arg(character(u"MARA QUINN"_s), character(u"Tom Vale"_s));
    const StorySchema::CastAnswer cast = StorySchema::readCast(answer, {u"Mara Quinn"_s});
    QVERIFY(cast.problems.isEmpty());
    QCOMPARE(cast.existing, QStringList{u"Mara Quinn"_s});
    QCOMPARE(cast.characters.size(), 1);
}

void tst_StorySchema::castProblems_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<bool>("usable");
    QTest::newRow("cut off") << u"{\"characters\":[{\"name\":\"Ada"_s << u"not valid JSON"_s << false;
    QTest::newRow("empty") << QString() << u"empty"_s << false;
    QTest::newRow("array") << u"[1,2]"_s << u"not an object"_s << false;
    QTest::newRow("no one") << u"{\"characters\":[]}"_s << u"No characters"_s << false;
    QTest::newRow("missing field") << u"{\"characters\":[{\"name\":\"Ada Brennan\",\"personality\":\"x\",\"voice\":\"y\",\"backstory\":\"z\"}]}"_s
                                   << u"\"goals\" is missing"_s << true;
    QTest::newRow("blank field") << u"{\"characters\":[%1]}"_s.arg(character(u"Ada Brennan"_s, u" "_s)) << u"\"goals\" is empty"_s << true;
    QTest::newRow("extra field") << u"{\"characters\":[%1],\"notes\":\"hi\"}"_s.arg(character(u"Ada Brennan"_s))
                                 << u"\"notes\" is not in the schema"_s << true;
    QTest::newRow("twice") << u"{\"characters\":[%1,%2]}"_s.arg(character(u"Ada Brennan"_s), character(u"ada brennan"_s))
                           << u"proposed twice"_s << true;
}

void tst_StorySchema::castProblems()
{
    QFETCH(QString, answer);
    QFETCH(QString, mention);
    QFETCH(bool, usable);
    const StorySchema::CastAnswer cast = StorySchema::readCast(answer, {});
    QVERIFY(!cast.problems.isEmpty());
    QVERIFY2(cast.problems.join(u'\n').contains(mention), qPrintable(cast.problems.join(u'\n')));
    QCOMPARE(cast.usable, usable);
}

void tst_StorySchema::goodOutline()
{
    const QString answer = u"```json\n{\"scenes\":[%1,%2]}\n```"_s.arg(scene(u"INT. KITCHEN - NIGHT"_s, u"\"MARA\""_s),
                                                                       scene(u"EXT. ROAD - DAY"_s, u"\"Mara Quinn\",\"Jonas Reed\""_s));
    const StorySchema::OutlineAnswer outline = StorySchema::readOutline(answer, 2, {u"Mara Quinn"_s, u"Jonas Reed"_s});
    QVERIFY2(outline.problems.isEmpty(), qPrintable(outline.problems.join(u'\n')));
    // A sentence around the object does not hide it.
    const QString talk = u"Here is the outline:\n"_s + StorySchema::jsonText(answer) + u"\nEnjoy!"_s;
    QCOMPARE(StorySchema::readOutline(talk, 2, {u"Mara Quinn"_s, u"Jonas Reed"_s}).scenes, outline.scenes);
    QCOMPARE(outline.scenes.size(), 2);
    // Names come back as the bible spells them.
    QCOMPARE(outline.scenes[0].characters, QStringList{u"Mara Quinn"_s});
    QCOMPARE(outline.scenes[1].tension, u"High"_s);
}

void tst_StorySchema::outlineProblems_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<bool>("usable");
    QTest::newRow("zero scenes") << u"{\"scenes\":[]}"_s << u"no scenes"_s << false;
    QTest::newRow("wrong count") << u"{\"scenes\":[%1]}"_s.arg(scene(u"INT. A - DAY"_s, {})) << u"exactly 2"_s << true;
    QTest::newRow("not a heading") << u"{\"scenes\":[%1,%1]}"_s.arg(scene(u"The kitchen"_s, {})) << u"not a scene heading"_s << true;
    QTest::newRow("stranger") << u"{\"scenes\":[%1,%1]}"_s.arg(scene(u"INT. A - DAY"_s, u"\"Ghost\""_s)) << u"\"Ghost\" is not a character"_s << true;
    QTest::newRow("scenes is text") << u"{\"scenes\":\"many\"}"_s << u"expected array"_s << false;
}

void tst_StorySchema::outlineProblems()
{
    QFETCH(QString, answer);
    QFETCH(QString, mention);
    QFETCH(bool, usable);
    const StorySchema::OutlineAnswer outline = StorySchema::readOutline(answer, 2, {u"Mara Quinn"_s});
    QVERIFY2(outline.problems.join(u'\n').contains(mention), qPrintable(outline.problems.join(u'\n')));
    QCOMPARE(outline.usable, usable);
}

void tst_StorySchema::schemaCheckNamesThePlace()
{
    const QJsonObject value = QJsonDocument::fromJson(
        u"{\"scenes\":[{\"heading\":1,\"synopsis\":\"s\",\"goal\":\"g\",\"tension\":\"t\",\"tone\":\"o\",\"characters\":[]}]}"_s.toUtf8()).object();
    const QStringList problems = JsonSchemaCheck::problems(value, StorySchema::outline());
    QCOMPARE(problems, QStringList{u"scenes[0].heading: expected string, found a number"_s});
}

QTEST_GUILESS_MAIN(tst_StorySchema)
#include "tst_storyschema.moc"
