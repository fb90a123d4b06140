// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Our pages against Final Draft's own (../shared/corpus/pagination): shared by the test that
// holds the line and the benchmark that reports it.

#include <core/fountainparser.h>
#include <core/paginator.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Spielberg::Test {

using namespace Qt::StringLiterals;

inline QString paginationCorpus()
{
    return QStringLiteral(SPIELBERG_CORPUS) + u"/pagination/"_s;
}

// A line as compared: no spacing, emphasis marks or (CONT'D) (Final Draft adds it to a cue when
// the same character speaks again in the scene, which changes no line count).
inline QString key(QString line)
{
    static const QRegularExpression noise(u"\\(CONT['\u2019]D\\)|\\s|\\*"_s);
    return line.remove(noise);
}

inline bool isFurniture(const QString &line)
{
    static const QRegularExpression pageNumber(u"^\\d+\\.$"_s);
    const QString t = line.simplified();
    return t.isEmpty() || t == u"(MORE)"_s || pageNumber.match(t).hasMatch();
}

// Final Draft's page text, without page numbers and (MORE); its extraction also repeats the
// top NAME (CONT'D) line at the end of the page, which goes.
inline QStringList finalDraftLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!isFurniture(line)) {
            out.append(line.simplified());
        }
    }
    if (out.size() > 1 && out.last().contains(u"(CONT'D)"_s) && out.mid(0, out.size() - 1).contains(out.last())) {
        out.removeLast();
    }
    return out;
}

inline QStringList ourLines(const Page &page)
{
    QList<PageLine> lines = page.lines;
    std::stable_sort(lines.begin(), lines.end(), [](const PageLine &a, const PageLine &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    QStringList out;
    for (const PageLine &line : lines) {
        if (!isFurniture(line.text.text)) {
            out.append(line.text.text.simplified());
        }
    }
    return out;
}

// The paragraph styles Final Draft used for the script (fdx-settings.json), on US Letter: the
// layout its pages are compared with, so that widths and spacing are Final Draft's, not ours.
// `stylesRead` counts the styles found (seven when the file is whole).
inline PageLayout finalDraftLayout(const QString &name, int *stylesRead = nullptr)
{
    PageLayout layout = PageLayout::letter();
    if (stylesRead) {
        *stylesRead = 0;
    }
    QFile file(paginationCorpus() + name + u"/fdx-settings.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return layout;
    }
    const QJsonObject styles =
        QJsonDocument::fromJson(file.readAll()).object().value(u"paragraph_styles"_s).toObject();
    const QList<std::pair<QString, ElementType>> placed{
        {u"Scene Heading"_s, ElementType::SceneHeading}, {u"Action"_s, ElementType::Action},
        {u"Character"_s, ElementType::Character},        {u"Parenthetical"_s, ElementType::Parenthetical},
        {u"Dialogue"_s, ElementType::Dialogue},          {u"Transition"_s, ElementType::Transition},
        {u"Lyric"_s, ElementType::Lyrics},
    };
    for (const auto &[styleName, type] : placed) {
        const QJsonObject style = styles.value(styleName).toObject();
        if (!style.isEmpty()) {
            layout.setParagraph(type, {style.value(u"left_indent"_s).toDouble(), style.value(u"right_indent"_s).toDouble(),
                                       style.value(u"space_before"_s).toDouble()});
            if (stylesRead) {
                ++*stylesRead;
            }
        }
    }
    return layout;
}

struct Comparison {
    int finalDraftPages = 0;
    int ourPages = 0;
    int samePages = 0; ///< pages whose first and last lines are Final Draft's
    int identicalPages = 0; ///< pages whose every line is Final Draft's
    int firstDifferent = 0;
    QStringList differences; ///< "page N: ours first … last | Final Draft's first … last"
};

inline Comparison compare(const QString &name)
{
    Comparison out;
    QFile pdf(paginationCorpus() + name + u"/pdf-pages.json"_s);
    QFile source(paginationCorpus() + name + u"/source.fountain"_s);
    if (!pdf.open(QIODevice::ReadOnly) || !source.open(QIODevice::ReadOnly)) {
        return out;
    }
    const QJsonObject document = QJsonDocument::fromJson(pdf.readAll()).object();
    const QJsonArray printed = document.value(u"pages"_s).toArray();
    const QList<Page> pages =
        Paginator::paginate(FountainParser::parse(QString::fromUtf8(source.readAll())), finalDraftLayout(name));
    out.ourPages = int(pages.size());
    // The first printed page is the title page; the body starts on the second.
    for (qsizetype i = 1; i < printed.size(); ++i) {
        const QStringList theirs = finalDraftLines(printed.at(i).toObject().value(u"text"_s).toString());
        const QStringList ours = i - 1 < pages.size() ? ourLines(pages[i - 1]) : QStringList{};
        ++out.finalDraftPages;
        const bool same = !theirs.isEmpty() && !ours.isEmpty() && key(theirs.first()) == key(ours.first())
            && key(theirs.last()) == key(ours.last());
        out.samePages += same ? 1 : 0;
        const auto keys = [](const QStringList &lines) {
            QStringList keyed;
            for (const QString &line : lines) {
                keyed.append(key(line));
            }
            keyed.sort(); // the PDF's text runs side-by-side columns in its own order
            return keyed;
        };
        const bool identical = keys(theirs) == keys(ours);
        out.identicalPages += identical ? 1 : 0;
        if (same && !identical) {
            out.differences.append(u"body page %1: the same ends, other lines between"_s.arg(i));
        }
        if (!same && out.firstDifferent == 0) {
            out.firstDifferent = int(i);
        }
        if (!same) {
            const auto ends = [](const QStringList &lines) {
                return lines.isEmpty() ? u"(none)"_s : lines.first() + u" … "_s + lines.last();
            };
            out.differences.append(u"body page %1: ours %2 | Final Draft's %3"_s.arg(i).arg(ends(ours), ends(theirs)));
        }
    }
    return out;
}

} // namespace Spielberg::Test
