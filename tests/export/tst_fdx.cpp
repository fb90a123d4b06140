// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <export/fdxreader.h>
#include <export/fdxwriter.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString screenplays()
{
    return QStringLiteral(SPIELBERG_CORPUS) + u"/screenplays/"_s;
}

// Elements compared on what FDX carries: type, text, extension, dual side, scene number.
QStringList shape(const Screenplay &play)
{
    QStringList out;
    for (const ScreenplayElement &e : play.elements) {
        QString s = elementTypeName(e.type) + u':' + e.text;
        if (!e.extension.isEmpty()) {
            s += u" ext=" + e.extension;
        }
        if (e.dual != DualSide::None) {
            s += e.dual == DualSide::Left ? u" dual=left"_s : u" dual=right"_s;
        }
        if (!e.sceneNumber.isEmpty()) {
            s += u" #"_s + e.sceneNumber;
        }
        out.append(s);
    }
    return out;
}

int count(const Screenplay &play, ElementType type)
{
    return int(std::count_if(play.elements.cbegin(), play.elements.cend(),
                             [type](const ScreenplayElement &e) { return e.type == type; }));
}
} // namespace

class tst_Fdx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void importsCorpusAndRoundTrips();
    void corpus();
    void fountainToFdxAndBack_data();
    void fountainToFdxAndBack();
    void runsStylesAndLineBreaks();
    void dualDialogueBothWays();
    void titlePage();
    void refusesBadInput_data();
    void refusesBadInput();
    void externalEntityIsNeverRead();
};

void tst_Fdx::corpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("headings");
    QTest::addColumn<int>("characters");
    QTest::addColumn<bool>("dual");
    if (!QDir(screenplays()).exists()) {
        QSKIP("../shared/corpus is absent");
    }
    QTest::newRow("Big Fish") << screenplays() + u"Big-Fish.fdx"_s << 190 << 768 << false;
    QTest::newRow("Brick & Steel") << screenplays() + u"Brick-and-Steel.fdx"_s << 8 << 20 << true;
    QTest::newRow("The Last Birthday Card") << screenplays() + u"The-Last-Birthday-Card.fdx"_s << 48 << 134 << false;
}

void tst_Fdx::corpus()
{
    QFETCH(QString, path);
    QFETCH(int, headings);
    QFETCH(int, characters);
    QFETCH(bool, dual);
    const Result<Screenplay> play = FdxReader::read(readAll(path));
    QVERIFY2(play, qPrintable(play ? QString() : play.error().message));
    QCOMPARE(count(*play, ElementType::SceneHeading), headings);
    QCOMPARE(count(*play, ElementType::Character), characters);
    const bool hasDual = std::any_of(play->elements.cbegin(), play->elements.cend(),
                                     [](const ScreenplayElement &e) { return e.dual == DualSide::Right; });
    QCOMPARE(hasDual, dual);
}

void tst_Fdx::importsCorpusAndRoundTrips()
{
    if (!QDir(screenplays()).exists()) {
        QSKIP("../shared/corpus is absent");
    }
    for (const QString &name : {u"Big-Fish.fdx"_s, u"Brick-and-Steel.fdx"_s, u"The-Last-Birthday-Card.fdx"_s}) {
        const Result<Screenplay> first = FdxReader::read(readAll(screenplays() + name));
        QVERIFY(first);
        const Result<Screenplay> second = FdxReader::read(FdxWriter::write(*first));
        QVERIFY2(second, qPrintable(name));
        QCOMPARE(shape(*second), shape(*first));
        QCOMPARE(second->titlePage, first->titlePage);
    }
}

void tst_Fdx::fountainToFdxAndBack_data()
{
    QTest::addColumn<QString>("path");
    if (!QDir(screenplays()).exists()) {
        QSKIP("../shared/corpus is absent");
    }
    for (const QString &name : QDir(screenplays()).entryList({u"*.fountain"_s}, QDir::Files, QDir::Name)) {
        QTest::newRow(qPrintable(name)) << screenplays() + name;
    }
}

void tst_Fdx::fountainToFdxAndBack()
{
    QFETCH(QString, path);
    const Result<QString> text = FountainParser::decode(readAll(path));
    QVERIFY(text);
    const Screenplay play = FountainParser::parse(*text);
    const Result<Screenplay> back = FdxReader::read(FdxWriter::write(play));
    QVERIFY(back);
    QCOMPARE(shape(*back), shape(play));
    QCOMPARE(back->titlePage.isEmpty(), play.titlePage.isEmpty());
}

void tst_Fdx::runsStylesAndLineBreaks()
{
    const QByteArray fdx = R"(<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="4">
  <Content>
    <Paragraph Type="Scene Heading" Number="12"><Text>int. kitchen - night</Text></Paragraph>
    <Paragraph Type="Action"><Text>A kettle </Text><Text Style="Bold">SCREAMS</Text><Text>.)"
                           "\xE2\x80\xA8" R"(Steam</Text><Text Style="Italic+Underline">ev</Text><Text>erywhere.</Text></Paragraph>
    <Paragraph Type="Character"><Text>anna (V.O.)</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Not *now*.</Text></Paragraph>
    <Paragraph Type="Shiny New Type"><Text>Unknown types read as action.</Text></Paragraph>
    <Paragraph Type="Action" Alignment="Center"><Text>THE END</Text></Paragraph>
  </Content>
</FinalDraft>)";
    const Result<Screenplay> play = FdxReader::read(fdx);
    QVERIFY2(play, qPrintable(play ? QString() : play.error().message));
    QCOMPARE(shape(*play), (QStringList{
                               u"scene_heading:INT. KITCHEN - NIGHT #12"_s,
                               u"action:A kettle **SCREAMS**.\nSteam_*ev*_erywhere."_s,
                               u"character:ANNA ext=(V.O.)"_s,
                               u"dialogue:Not \\*now\\*."_s,
                               u"action:Unknown types read as action."_s,
                               u"centered:THE END"_s,
                           }));
}

void tst_Fdx::dualDialogueBothWays()
{
    const Screenplay play = FountainParser::parse(u"BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n"_s);
    const QByteArray fdx = FdxWriter::write(play);
    QVERIFY(fdx.contains("<DualDialogue>"));
    const Result<Screenplay> back = FdxReader::read(fdx);
    QVERIFY(back);
    QCOMPARE(shape(*back), (QStringList{u"character:BRICK dual=left"_s, u"dialogue:Screw retirement."_s,
                                        u"character:STEEL dual=right"_s, u"dialogue:Screw retirement."_s}));
}

void tst_Fdx::titlePage()
{
    const Screenplay play = FountainParser::parse(
        u"Title: BIG FISH\nCredit: written by\nAuthor: John August\nContact:\n    1 Road\n    Town\n\nINT. A - DAY\n"_s);
    const Result<Screenplay> back = FdxReader::read(FdxWriter::write(play));
    QVERIFY(back);
    QCOMPARE(back->titlePage.size(), 4);
    QCOMPARE(back->titlePage[0], (TitlePageEntry{u"Title"_s, u"BIG FISH"_s}));
    QCOMPARE(back->titlePage[2], (TitlePageEntry{u"Author"_s, u"John August"_s}));
    QCOMPARE(back->titlePage[3], (TitlePageEntry{u"Contact"_s, u"1 Road\nTown"_s}));
}

void tst_Fdx::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("html") << QByteArray("<html><body>hi</body></html>") << u"not a Final Draft file"_s;
    QTest::newRow("not xml") << QByteArray("INT. HOUSE - DAY\n\nText.") << u"not a Final Draft file"_s;
    QTest::newRow("empty") << QByteArray() << u"not a Final Draft file"_s;
    QTest::newRow("truncated") << QByteArray("<FinalDraft><Content><Paragraph Type=\"Action\"><Text>a")
                               << u"damaged"_s;
    QByteArray deep = "<FinalDraft><Content>";
    for (int i = 0; i < 5000; ++i) {
        deep += "<a>";
    }
    QTest::newRow("deeply nested") << deep << u"nested"_s;
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
        "<FinalDraft><Content><Paragraph><Text>&lol2;</Text></Paragraph></Content></FinalDraft>")
                                    << u"DTD"_s;
}

void tst_Fdx::refusesBadInput()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mentions);
    const Result<Screenplay> play = FdxReader::read(xml);
    QVERIFY(!play);
    QVERIFY2(play.error().message.contains(mentions), qPrintable(play.error().message));
    QVERIFY(!play.error().message.contains(u'\n'));
}

void tst_Fdx::externalEntityIsNeverRead()
{
    QTemporaryDir dir;
    const QString secret = dir.filePath(u"secret.txt"_s);
    QFile f(secret);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("TOP-SECRET-CONTENT");
    f.close();
    const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE FinalDraft [<!ENTITY x SYSTEM \"file://"
        + secret.toUtf8()
        + "\">]><FinalDraft><Content><Paragraph Type=\"Action\"><Text>&x;</Text></Paragraph></Content></FinalDraft>";
    const Result<Screenplay> play = FdxReader::read(xml);
    QVERIFY(!play);
    QVERIFY(!play.error().message.contains(u"TOP-SECRET"_s));
    // Without the DTD the reference is an undeclared entity: refused as well.
    const Result<Screenplay> bare = FdxReader::read(
        "<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&x;</Text></Paragraph></Content></FinalDraft>");
    QVERIFY(!bare);
}

QTEST_GUILESS_MAIN(tst_Fdx)
#include "tst_fdx.moc"
