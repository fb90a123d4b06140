// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <dtl/dtl.hpp>

#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace Spielberg {

QStringList LineDiff::lines(QStringView text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            qsizetype end = i;
            if (end > start && text[end - 1] == u'\r') {
                --end;
            }
            out.append(text.sliced(start, end - start).toString());
            start = i + 1;
        }
    }
    if (start < text.size()) {
        out.append(text.sliced(start).toString());
    }
    return out;
}

QList<DiffLine> LineDiff::diff(QStringView from, QStringView to)
{
    const QStringList a = lines(from);
    const QStringList b = lines(to);
    const std::vector<QString> seqA(a.cbegin(), a.cend());
    const std::vector<QString> seqB(b.cbegin(), b.cend());
    dtl::Diff<QString, std::vector<QString>> engine(seqA, seqB);
    // Versions of a feature script have a few thousand lines; dtl's O(NP) algorithm is fast
    // there, and onHuge() keeps memory bounded for pathological inputs.
    engine.onHuge();
    engine.compose();
    QList<DiffLine> out;
    const auto sequence = engine.getSes().getSequence();
    out.reserve(qsizetype(sequence.size()));
    for (const auto &[text, info] : sequence) {
        DiffLine::Op op = DiffLine::Op::Equal;
        if (info.type == dtl::SES_ADD) {
            op = DiffLine::Op::Insert;
        } else if (info.type == dtl::SES_DELETE) {
            op = DiffLine::Op::Delete;
        }
        out.append(DiffLine{op, text});
    }
    return out;
}

QString LineDiff::opName(DiffLine::Op op)
{
    switch (op) {
    case DiffLine::Op::Equal:
        return u"equal"_s;
    case DiffLine::Op::Delete:
        return u"delete"_s;
    case DiffLine::Op::Insert:
        return u"insert"_s;
    }
    return {};
}

QString LineDiff::unified(const QList<DiffLine> &lines, const QString &fromLabel,
                          const QString &toLabel, int context)
{
    const qsizetype n = lines.size();
    // Mark the lines that belong to some hunk: every change and `context` lines around it.
    std::vector<bool> shown(size_t(n), false);
    bool changed = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lines[i].op == DiffLine::Op::Equal) {
            continue;
        }
        changed = true;
        for (qsizetype j = qMax<qsizetype>(0, i - context); j <= qMin(n - 1, i + context); ++j) {
            shown[size_t(j)] = true;
        }
    }
    if (!changed) {
        return {};
    }
    QString out = u"--- "_s + fromLabel + u"\n+++ "_s + toLabel + u'\n';
    qsizetype lineA = 1; // next line number in the old text
    qsizetype lineB = 1;
    qsizetype i = 0;
    while (i < n) {
        if (!shown[size_t(i)]) {
            if (lines[i].op != DiffLine::Op::Insert) {
                ++lineA;
            }
            if (lines[i].op != DiffLine::Op::Delete) {
                ++lineB;
            }
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && shown[size_t(end)]) {
            ++end;
        }
        qsizetype countA = 0;
        qsizetype countB = 0;
        QString body;
        for (qsizetype k = i; k < end; ++k) {
            switch (lines[k].op) {
            case DiffLine::Op::Equal:
                body += u' ' + lines[k].text + u'\n';
                ++countA;
                ++countB;
                break;
            case DiffLine::Op::Delete:
                body += u'-' + lines[k].text + u'\n';
                ++countA;
                break;
            case DiffLine::Op::Insert:
                body += u'+' + lines[k].text + u'\n';
                ++countB;
                break;
            }
        }
        // Unified diff convention: an empty range starts one line before its position.
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(countA ? lineA : lineA - 1)
                   .arg(countA)
                   .arg(countB ? lineB : lineB - 1)
                   .arg(countB);
        out += body;
        lineA += countA;
        lineB += countB;
        i = end;
    }
    return out;
}

} // namespace Spielberg
