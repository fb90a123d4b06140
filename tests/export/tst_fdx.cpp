// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/fountainparser.h>
#include <export/fdxreader.h>
#include <export/fdxwriter.h>
#include <export/fountainwriter.h>
#include <export/screenplayfile.h>
#include <core/paginator.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

QString pagination()
{
    return QStringLiteral(SPIELBERG_CORPUS) + u"/pagination/"_s;
}

// The paragraphs of an FDX file as Final Draft holds them, read here on their own (not by
// FdxReader): "Type|text|side|number|new page|alignment", the text with its styled runs as
// <Bold>…</>. A dual-dialogue wrapper is no paragraph; its speeches carry their side (L, R).
// Compared as printed: the end of a paragraph without its trailing spaces, a heading, cue or
// transition in capitals with single spaces (Final Draft capitalises them by format).
// `speechLines`: consecutive dialogue paragraphs of one speech as one paragraph of lines, which
// is how Final Draft itself reads Fountain (a speech's lines are one paragraph).
class FinalDraftParagraphs
{
public:
    static QStringList of(const QByteArray &xml, bool speechLines = false)
    {
        FinalDraftParagraphs reader(xml);
        reader.run();
        if (speechLines) {
            reader.joinSpeechLines();
        }
        return reader.m_out;
    }

private:
    explicit FinalDraftParagraphs(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    void run()
    {
        while (m_xml.readNextStartElement() || !m_xml.atEnd()) {
            if (!m_xml.isStartElement()) {
                continue;
            }
            if (m_xml.name() == u"Content") {
                m_title = m_inTitlePage;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"Paragraph") {
                        paragraph(QString());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
            } else if (m_xml.name() == u"TitlePage") {
                m_inTitlePage = true;
            } else if (m_xml.name() != u"FinalDraft") {
                m_xml.skipCurrentElement();
            }
        }
    }

    void paragraph(const QString &side)
    {
        const QXmlStreamAttributes a = m_xml.attributes();
        QString type = a.value(u"Type"_s).toString();
        const bool newPage = a.value(u"StartsNewPage"_s) == u"Yes";
        const QString alignment = a.value(u"Alignment"_s).toString();
        const QString number = a.value(u"Number"_s).toString();
        QList<std::pair<QString, QString>> runs; // style, text
        bool dual = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Text") {
                QStringList styles;
                for (const QStringView part : m_xml.attributes().value(u"Style"_s).split(u'+')) {
                    if (part == u"Bold" || part == u"Italic" || part == u"Underline") {
                        styles.append(part.toString());
                    }
                }
                const QString text = m_xml.readElementText().replace(QChar(0x2028), u'\n');
                const QString style = styles.join(u'+');
                if (!runs.isEmpty() && runs.last().first == style) {
                    runs.last().second += text;
                } else {
                    runs.append({style, text});
                }
            } else if (m_xml.name() == u"DualDialogue") {
                dual = true;
                int cues = 0;
                bool first = true;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() != u"Paragraph") {
                        m_xml.skipCurrentElement();
                        continue;
                    }
                    cues += m_xml.attributes().value(u"Type"_s) == u"Character" ? 1 : 0;
                    m_pendingNewPage = first && newPage;
                    first = false;
                    paragraph(cues <= 1 ? u"L"_s : u"R"_s);
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (dual) {
            return;
        }
        QString text;
        for (const auto &[style, run] : runs) {
            text += style.isEmpty() || run.trimmed().isEmpty() ? run : u"<"_s + style + u'>' + run + u"</>"_s;
        }
        while (!text.isEmpty() && text.back().isSpace()) {
            text.chop(1);
        }
        if (m_title) {
            if (!text.trimmed().isEmpty()) {
                m_out.append(u"title|"_s + alignment + u'|' + text.trimmed());
            }
            return;
        }
        if (type.isEmpty() || type == u"General") {
            type = u"Action"_s;
        }
        if (type == u"Scene Heading" || type == u"Character" || type == u"Transition") {
            text = text.simplified().toUpper();
        }
        const bool startsPage = newPage || std::exchange(m_pendingNewPage, false);
        m_out.append(QStringList{type, text, side, number, startsPage ? u"new page"_s : QString(),
                                 alignment == u"Center" ? alignment : QString()}
                         .join(u'|'));
    }

    void joinSpeechLines()
    {
        QStringList joined;
        for (const QString &p : std::as_const(m_out)) {
            if (p.startsWith(u"Dialogue|"_s) && !joined.isEmpty() && joined.last().startsWith(u"Dialogue|"_s)
                && p.section(u'|', 2) == joined.last().section(u'|', 2)) {
                QStringList last = joined.last().split(u'|');
                last[1] += u'\n' + p.section(u'|', 1, 1);
                joined.last() = last.join(u'|');
            } else {
                joined.append(p);
            }
        }
        m_out = joined;
    }

    QXmlStreamReader m_xml;
    QStringList m_out;
    bool m_inTitlePage = false;
    bool m_title = false;
    bool m_pendingNewPage = false;
};

// The paragraphs that differ, for the test's log.
QStringList differences(const QStringList &theirs, const QStringList &ours)
{
    QStringList out;
    for (qsizetype i = 0; i < std::max(theirs.size(), ours.size()) && out.size() < 10; ++i) {
        if (theirs.value(i) != ours.value(i)) {
            out.append(u"paragraph %1: Final Draft's \"%2\", ours \"%3\""_s.arg(i + 1).arg(theirs.value(i), ours.value(i)));
        }
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
    void finalDraftFilesParagraphForParagraph_data();
    void finalDraftFilesParagraphForParagraph();
    void importsCorpusAndRoundTrips();
    void paragraphStylesPlaceTheElements();
    void emptyParagraphsAndPageBreaksComeBack();
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

void tst_Fdx::finalDraftFilesParagraphForParagraph_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("byFinalDraft");
    if (!QDir(screenplays()).exists() || !QDir(pagination()).exists()) {
        QSKIP("../shared/corpus is absent");
    }
    // Written by Final Draft itself, and by screenplain (one paragraph per dialogue line).
    QTest::newRow("Big Fish (Final Draft)") << pagination() + u"big-fish/source.fdx"_s << true;
    QTest::newRow("Little Women (Final Draft)") << pagination() + u"little-women/source.fdx"_s << true;
    for (const QString &name : QDir(screenplays()).entryList({u"*.fdx"_s}, QDir::Files, QDir::Name)) {
        QTest::newRow(qPrintable(name)) << screenplays() + name << false;
    }
}

// Every paragraph of a Final Draft file survives import and export: straight through (FDX in,
// FDX out) and the way the library keeps a script (FDX in, Fountain stored, FDX out).
void tst_Fdx::finalDraftFilesParagraphForParagraph()
{
    QFETCH(QString, path);
    QFETCH(bool, byFinalDraft);
    const QByteArray original = readAll(path);
    const QStringList theirs = FinalDraftParagraphs::of(original);
    QVERIFY(theirs.size() > 50);
    const Result<Screenplay> read = FdxReader::read(original);
    QVERIFY(read);

    const QStringList straight = FinalDraftParagraphs::of(FdxWriter::write(*read));
    for (const QString &difference : differences(theirs, straight)) {
        qInfo("straight through: %s", qPrintable(difference));
    }
    QCOMPARE(straight, theirs);

    const Screenplay stored = FountainParser::parse(FountainWriter::write(*read));
    const QByteArray exported = FdxWriter::write(stored);
    const QStringList kept = FinalDraftParagraphs::of(exported, true);
    const QStringList expected = FinalDraftParagraphs::of(original, true);
    for (const QString &difference : differences(expected, kept)) {
        qInfo("through the library: %s", qPrintable(difference));
    }
    QCOMPARE(kept, expected);
    if (byFinalDraft) {
        // Final Draft keeps a speech's lines in one paragraph: nothing joined, nothing lost.
        QCOMPARE(FinalDraftParagraphs::of(exported), theirs);
    }
    QCOMPARE(FdxReader::read(exported)->titlePage, read->titlePage);
}

// A Final Draft file's own paragraph styles: Final Draft's template in its files gives our
// defaults; a file with wider dialogue prints its dialogue wider.
void tst_Fdx::paragraphStylesPlaceTheElements()
{
    if (QDir(pagination()).exists()) {
        FdxReader::ParagraphStyles styles;
        QVERIFY(FdxReader::read(readAll(pagination() + u"big-fish/source.fdx"_s), &styles));
        QCOMPARE(styles.size(), 7);
        const PageLayout theirs = ScreenplayFile::withStyles(PageLayout::letter(), styles);
        for (const ElementType type : {ElementType::SceneHeading, ElementType::Action, ElementType::Character,
                                       ElementType::Parenthetical, ElementType::Dialogue, ElementType::Transition,
                                       ElementType::Lyrics}) {
            QVERIFY2(theirs.element(type) == PageLayout::letter().element(type), qPrintable(elementTypeName(type)));
        }
    }
    const QByteArray fdx = R"(<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Template="No" Version="4">
  <Content>
    <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Every word of this speech stands on a line that is wider than the template's.</Text></Paragraph>
  </Content>
  <ElementSettings Type="Dialogue">
    <ParagraphSpec Alignment="Left" FirstIndent="0.00" LeftIndent="2.00" RightIndent="6.50" SpaceBefore="0" Spacing="1"/>
  </ElementSettings>
  <ElementSettings Type="Character">
    <ParagraphSpec LeftIndent="nonsense" RightIndent="7.25" SpaceBefore="12"/>
  </ElementSettings>
  <ElementSettings Type="Action">
    <ParagraphSpec LeftIndent="7.00" RightIndent="1.00" SpaceBefore="12"/>
  </ElementSettings>
</FinalDraft>)";
    FdxReader::ParagraphStyles styles;
    const Result<Screenplay> play = FdxReader::read(fdx, &styles);
    QVERIFY(play);
    // The unreadable cue style and the action style whose right edge stands left of its left
    // one are not taken.
    QCOMPARE(styles.size(), 1);
    const PageLayout layout = ScreenplayFile::withStyles(PageLayout::letter(), styles);
    QCOMPARE(layout.element(ElementType::Dialogue).indent, 5);
    QCOMPARE(layout.element(ElementType::Dialogue).width, 45);
    QCOMPARE(layout.element(ElementType::Character).indent, 20);
    QCOMPARE(layout.actionWidth, 60);
    const QList<Page> pages = Paginator::paginate(*play, layout);
    QCOMPARE(pages.size(), 1);
    QStringList dialogue;
    for (const PageLine &line : pages.first().lines) {
        if (line.type == ElementType::Dialogue) {
            QCOMPARE(line.column, 5);
            QVERIFY(line.text.text.size() <= 45);
            dialogue.append(line.text.text);
        }
    }
    QCOMPARE(dialogue, (QStringList{u"Every word of this speech stands on a line"_s, u"that is wider than the template's."_s}));
}

// Empty paragraphs (after a speech, between and after action, at a page break) and page breaks
// before a dual pair come back through the library as they were.
void tst_Fdx::emptyParagraphsAndPageBreaksComeBack()
{
    const QByteArray fdx = R"(<?xml version="1.0" encoding="UTF-8"?>
<FinalDraft DocumentType="Script" Template="No" Version="4">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. HALL - NIGHT</Text></Paragraph>
    <Paragraph Type="Character"><Text>BOB</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Hi.</Text></Paragraph>
    <Paragraph Type="Action"><Text></Text></Paragraph>
    <Paragraph Type="Action"><Text></Text></Paragraph>
    <Paragraph Type="Scene Heading"><Text>INT. ROOM - DAY</Text></Paragraph>
    <Paragraph Type="Action"><Text>A.</Text></Paragraph>
    <Paragraph Type="Action"><Text></Text></Paragraph>
    <Paragraph Type="Action"><Text></Text></Paragraph>
    <Paragraph Type="Action"><Text>B.</Text></Paragraph>
    <Paragraph Type="Action"><Text></Text></Paragraph>
    <Paragraph Type="Action" StartsNewPage="Yes"><Text>C on a new page.</Text></Paragraph>
    <Paragraph StartsNewPage="Yes" Type="General"><DualDialogue>
      <Paragraph Type="Character"><Text>BOB</Text></Paragraph>
      <Paragraph Type="Dialogue"><Text>Left.</Text></Paragraph>
      <Paragraph Type="Character"><Text>ANNA</Text></Paragraph>
      <Paragraph Type="Dialogue"><Text>Right.</Text></Paragraph>
    </DualDialogue><Text></Text></Paragraph>
    <Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
  </Content>
</FinalDraft>)";
    const QStringList theirs = FinalDraftParagraphs::of(fdx);
    QCOMPARE(theirs.size(), 17);
    const Result<Screenplay> read = FdxReader::read(fdx);
    QVERIFY(read);
    QCOMPARE(FinalDraftParagraphs::of(FdxWriter::write(*read)), theirs);
    const QString stored = FountainWriter::write(*read);
    const QStringList kept = FinalDraftParagraphs::of(FdxWriter::write(FountainParser::parse(stored)));
    for (const QString &difference : differences(theirs, kept)) {
        qInfo("through the library: %s", qPrintable(difference));
    }
    QCOMPARE(kept, theirs);
}

void tst_Fdx::importsCorpusAndRoundTrips()
{
    if (!QDir(screenplays()).exists()) {
        QSKIP("../shared/corpus is absent");
    }
    QStringList files;
    for (const QString &name : {u"Big-Fish.fdx"_s, u"Brick-and-Steel.fdx"_s, u"The-Last-Birthday-Card.fdx"_s}) {
        files.append(screenplays() + name);
    }
    for (const QString &name : {u"big-fish"_s, u"little-women"_s}) {
        if (QFile::exists(pagination() + name + u"/source.fdx"_s)) {
            files.append(pagination() + name + u"/source.fdx"_s); // written by Final Draft
        }
    }
    for (const QString &name : std::as_const(files)) {
        const Result<Screenplay> first = FdxReader::read(readAll(name));
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
    // FDX holds each action paragraph on its own; stored as Fountain again, it is the same script.
    const Screenplay stored = FountainParser::parse(FountainWriter::write(*back));
    QCOMPARE(shape(stored), shape(play));
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
