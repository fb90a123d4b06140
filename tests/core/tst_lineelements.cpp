// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/lineelements.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
const QString kScene = u"INT. KITCHEN - DAY\n\nA RIVER.\n\n**FADE IN:**\n\nANNA\n(quietly)\nHello.\nStill me.\n\n"
                       "Anna waits.\nAnd waits.\n\nCUT TO:\n\n.FLASHBACK\n\nBOB\nNo.\n"_s;

QList<std::optional<ElementType>> allLines(const LineElements &lines, const QString &text)
{
    QList<std::optional<ElementType>> out;
    const qsizetype count = text.count(u'\n') + 1;
    for (int line = 0; line < count; ++line) {
        out.append(lines.at(line));
    }
    return out;
}
} // namespace

class tst_LineElements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachLineIsWhatTheParserReads();
    void typingDialogueUnderANameMakesItACue();
    void randomEditsAgreeWithAWholeRead();
};

void tst_LineElements::eachLineIsWhatTheParserReads()
{
    LineElements lines;
    lines.reset(kScene);
    using T = ElementType;
    const QList<std::optional<ElementType>> expected{
        T::SceneHeading, {}, T::Action, {}, T::Action, {}, T::Character, T::Parenthetical, T::Dialogue,
        T::Dialogue, {}, T::Action, T::Action, {}, T::Transition, {}, T::SceneHeading, {}, T::Character,
        T::Dialogue, {}};
    QCOMPARE(allLines(lines, kScene), expected);
    QCOMPARE(lines.elementStart(12), 11); // the second line of an action paragraph
    QCOMPARE(lines.elementStart(9), 8);   // dialogue lines of one block
    QCOMPARE(lines.elementStart(1), -1);
}

void tst_LineElements::typingDialogueUnderANameMakesItACue()
{
    QString text = u"INT. KITCHEN - DAY\n\nAnna waits.\n\nANNA\n"_s;
    LineElements lines;
    lines.reset(text);
    QCOMPARE(lines.at(4), ElementType::Action); // a name alone is action until a line follows
    const int at = int(text.size());
    text += u"H"_s;
    const QList<int> changed = lines.update(text, at, 0, 1);
    QCOMPARE(changed, QList<int>{4});
    QCOMPARE(lines.at(4), ElementType::Character);
    QCOMPARE(lines.at(5), ElementType::Dialogue);

    // Emptying the dialogue line makes the cue action again.
    text.chop(1);
    QCOMPARE(lines.update(text, at, 1, 0), QList<int>{4});
    QCOMPARE(lines.at(4), ElementType::Action);
}

void tst_LineElements::randomEditsAgreeWithAWholeRead()
{
    QRandomGenerator random(20261205);
    const QStringList pieces{u"\n"_s, u"\n\n"_s, u"JOE\n"_s, u"Hi."_s, u"(beat)\n"_s, u"EXT. ROAD - NIGHT"_s,
                             u"CUT TO:"_s, u"x"_s, u"#Act\n"_s, u"= a synopsis\n"_s, u"[[note]]"_s};
    QString text;
    for (int i = 0; i < 8; ++i) {
        text += kScene;
    }
    LineElements lines;
    lines.reset(text);
    for (int round = 0; round < 400; ++round) {
        const int position = int(random.bounded(int(text.size()) + 1));
        const int removed = int(random.bounded(std::min<int>(12, int(text.size()) - position) + 1));
        const QString insert = pieces[random.bounded(int(pieces.size()))];
        const QList<std::optional<ElementType>> before = allLines(lines, text);
        const int firstLine = int(QStringView(text).first(position).count(u'\n'));
        text.replace(position, removed, insert);
        const QList<int> changed = lines.update(text, position, removed, int(insert.size()));

        LineElements whole;
        whole.reset(text);
        const QList<std::optional<ElementType>> now = allLines(lines, text);
        QCOMPARE(now, allLines(whole, text));

        // Every line outside the edit whose element changed is reported.
        const int lastLine = int(QStringView(text).first(position + insert.size()).count(u'\n'));
        for (int line = 0; line < firstLine; ++line) {
            if (before[line] != now[line]) {
                QVERIFY2(changed.contains(line), qPrintable(u"line %1 not reported"_s.arg(line)));
            }
        }
        const qsizetype shift = now.size() - before.size();
        for (qsizetype line = lastLine + 1; line < now.size(); ++line) {
            const qsizetype old = line - shift;
            if (old >= 0 && old < before.size() && before[old] != now[line]) {
                QVERIFY2(changed.contains(int(line)), qPrintable(u"line %1 not reported"_s.arg(line)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_LineElements)
#include "tst_lineelements.moc"
