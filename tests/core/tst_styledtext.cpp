// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/styledtext.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Spielberg;

namespace {
// The text with each styled run bracketed by its style letters: "<b>bold</b>".
QString render(const StyledText &t)
{
    QString out;
    quint8 current = 0;
    auto tags = [](quint8 s) {
        QString r;
        if (s & StyledText::Bold) {
            r += u'b';
        }
        if (s & StyledText::Italic) {
            r += u'i';
        }
        if (s & StyledText::Underline) {
            r += u'u';
        }
        return r;
    };
    for (qsizetype i = 0; i <= t.text.size(); ++i) {
        const quint8 s = i < t.text.size() ? t.styles[i] : 0;
        if (s != current) {
            if (current) {
                out += u"</"_s + tags(current) + u'>';
            }
            if (s) {
                out += u'<' + tags(s) + u'>';
            }
            current = s;
        }
        if (i < t.text.size()) {
            out += t.text[i];
        }
    }
    return out;
}
} // namespace

class tst_StyledText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emphasis_data();
    void emphasis();
};

void tst_StyledText::emphasis_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("italic") << u"*italics*"_s << u"<i>italics</i>"_s;
    QTest::newRow("bold") << u"**bold** text"_s << u"<b>bold</b> text"_s;
    QTest::newRow("bold italic") << u"***both***"_s << u"<bi>both</bi>"_s;
    QTest::newRow("underline") << u"_under_"_s << u"<u>under</u>"_s;
    QTest::newRow("escaped stars inside bold") << u"**\\*9765\\***"_s << u"<b>*9765*</b>"_s;
    QTest::newRow("nested underline and italic")
        << u"_Steel's face FILLS the *Leupold Mark 4* scope_."_s
        << u"<u>Steel's face FILLS the </u><iu>Leupold Mark 4</iu><u> scope</u>."_s;
    QTest::newRow("space after opener") << u"_ kilos_"_s << u"_ kilos_"_s;
    QTest::newRow("space before closer") << u"** word**"_s << u"** word**"_s;
    QTest::newRow("underscores inside a word") << u"some_variable_name"_s << u"some_variable_name"_s;
    QTest::newRow("spaced stars") << u"*69 and then *23"_s << u"*69 and then *23"_s;
    QTest::newRow("escaped underscore") << u"\\_not\\_"_s << u"_not_"_s;
}

void tst_StyledText::emphasis()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(render(StyledText::fromFountain(input)), expected);
}

QTEST_GUILESS_MAIN(tst_StyledText)
#include "tst_styledtext.moc"
