// SPDX-License-Identifier: GPL-3.0-or-later
// The Fountain syntax definition, line by line: which named format each part of a line gets
// (the title page, emphasis, notes, boneyard; elements come from the parser), and that no
// context is left stacked between scenes (a missing #pop would make every later
// line wrong). Runs on the raw KSyntaxHighlighting engine, with warnings failing the test, since
// the definition linter is not installed here.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records, per line, the format name of every run: "Scene Heading" or "Action|Italic|Action".
class Recorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QStringList highlight(const QString &text)
    {
        QStringList lines;
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(u'\n')) {
            m_runs.clear();
            state = highlightLine(line, state);
            m_states.append(state);
            lines.append(m_runs.join(u'|'));
        }
        return lines;
    }
    const QList<KSyntaxHighlighting::State> &states() const { return m_states; }

protected:
    void applyFormat(int, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0) {
            return;
        }
        const QString name = format.name();
        if (m_runs.isEmpty() || m_runs.last() != name) {
            m_runs.append(name);
        }
    }

private:
    QStringList m_runs;
    QList<KSyntaxHighlighting::State> m_states;
};

} // namespace

class tst_FountainDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void elements_data();
    void elements();
    void noContextLeftStacked();

private:
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Definition m_definition;
};

void tst_FountainDefinition::initTestCase()
{
    QTest::failOnWarning();
    m_definition = m_repository.definitionForName(u"Fountain"_s);
    QVERIFY(m_definition.isValid());
    QVERIFY(m_definition.formats().size() >= 20);
}

void tst_FountainDefinition::elements_data()
{
    // Each row: a document, and the expected format runs of each of its lines.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title page")
        << u"Title: Big Fish\nCredit: written by\nContact:\n    1 Road\n\nINT. HOUSE - DAY"_s
        << QStringList{u"Title Key|Title Value"_s, u"Title Key|Title Value"_s, u"Title Key"_s,
                       u"Title Value"_s, QString(), u"Action"_s};
    // What a line is comes from the app's parser: the definition sees every line as plain text.
    QTest::newRow("elements are plain to the definition")
        << u"int. house - day\n\nMARA (V.O.)\n(softly)\nYou came back.\n\nCUT TO:\n\n# Act\n\n= They meet."_s
        << QStringList{u"Action"_s, QString(), u"Action"_s, u"Action"_s, u"Action"_s, QString(), u"Action"_s,
                       QString(), u"Action"_s, QString(), u"Action"_s};
    QTest::newRow("notes and boneyard")
        << u"\nHe waits. [[check this]]\n[[a note\nover lines]]\n/* cut\nall this */ kept"_s
        << QStringList{QString(), u"Action|Note"_s, u"Note"_s, u"Note"_s, u"Boneyard"_s,
                       u"Boneyard|Action"_s};
    QTest::newRow("emphasis")
        << u"\n*italic* **bold** ***both*** _under_ \\*not\\*"_s
        << QStringList{QString(), u"Italic|Action|Bold|Action|Bold Italic|Action|Underline|Action|Escape|Action|Escape"_s};
}

void tst_FountainDefinition::elements()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    Recorder recorder;
    recorder.setDefinition(m_definition);
    QCOMPARE(recorder.highlight(text), expected);
}

void tst_FountainDefinition::noContextLeftStacked()
{
    // After each blank line between scenes the engine is where it was after the first one.
    const QString text = u"INT. A - DAY\n\nJOHN\n(beat)\nHi.\n\nCUT TO:\n\nEXT. B - DAY\n\n"
                         "[[note]] /* bone */\n\nMARY ^\nYes.\n\nINT. C - DAY\n"_s;
    Recorder recorder;
    recorder.setDefinition(m_definition);
    const QStringList lines = text.split(u'\n');
    recorder.highlight(text);
    const QList<KSyntaxHighlighting::State> &states = recorder.states();
    const qsizetype firstBlank = lines.indexOf(QString());
    for (qsizetype i = firstBlank + 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty() && i + 1 < lines.size() && !lines[i + 1].isEmpty()) {
            QVERIFY2(states[i] == states[firstBlank], qPrintable(u"line %1 leaves a context stacked"_s.arg(i + 1)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_FountainDefinition)
#include "tst_fountaindefinition.moc"
