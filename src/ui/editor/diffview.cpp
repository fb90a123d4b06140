// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Spielberg {

SideBySide SideBySide::fromDiff(const QList<DiffLine> &diff)
{
    SideBySide out;
    qsizetype i = 0;
    while (i < diff.size()) {
        if (diff.at(i).op == DiffLine::Op::Equal) {
            out.left << diff.at(i).text;
            out.right << diff.at(i).text;
            out.leftMarks << Mark::Same;
            out.rightMarks << Mark::Same;
            ++i;
            continue;
        }
        QStringList removed;
        QStringList added;
        while (i < diff.size() && diff.at(i).op == DiffLine::Op::Delete) {
            removed << diff.at(i++).text;
        }
        while (i < diff.size() && diff.at(i).op == DiffLine::Op::Insert) {
            added << diff.at(i++).text;
        }
        // dtl may also emit insertions before deletions; take those in the same block.
        while (i < diff.size() && diff.at(i).op == DiffLine::Op::Delete) {
            removed << diff.at(i++).text;
        }
        ++out.changes;
        out.removed += int(removed.size());
        out.added += int(added.size());
        const qsizetype rows = qMax(removed.size(), added.size());
        for (qsizetype r = 0; r < rows; ++r) {
            const bool hasLeft = r < removed.size();
            const bool hasRight = r < added.size();
            out.left << (hasLeft ? removed.at(r) : QString());
            out.leftMarks << (hasLeft ? Mark::Removed : Mark::Filler);
            out.right << (hasRight ? added.at(r) : QString());
            out.rightMarks << (hasRight ? Mark::Added : Mark::Filler);
        }
    }
    return out;
}

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_leftLabel(new QLabel(this))
    , m_rightLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
{
    setObjectName(u"diffView"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *view : {m_left, m_right}) {
        view->setReadOnly(true);
        view->setFont(mono);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_left->setObjectName(u"diffLeft"_s);
    m_right->setObjectName(u"diffRight"_s);
    m_left->setAccessibleName(tr("Older text"));
    m_right->setAccessibleName(tr("Newer text"));
    QFont bold = font();
    bold.setBold(true);
    m_leftLabel->setFont(bold);
    m_rightLabel->setFont(bold);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setText(tr("Comparing…"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_leftLabel, 1, 0);
    layout->addWidget(m_rightLabel, 1, 1);
    layout->addWidget(m_left, 2, 0);
    layout->addWidget(m_right, 2, 1);
    layout->setRowStretch(2, 1);
    // Scroll together.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_right->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_left->horizontalScrollBar(), &QScrollBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DiffView::onDiffed);
}

void DiffView::setTexts(const QString &fromLabel, const QString &from, const QString &toLabel,
                        const QString &to)
{
    m_ready = false;
    m_leftLabel->setText(fromLabel);
    m_rightLabel->setText(toLabel);
    m_summary->setText(tr("Comparing…"));
    m_watcher.setFuture(QtConcurrent::run([from, to] {
        return SideBySide::fromDiff(LineDiff::diff(from, to));
    }));
}

void DiffView::onDiffed()
{
    m_result = m_watcher.result();
    paint(m_left, m_result.left, m_result.leftMarks);
    paint(m_right, m_result.right, m_result.rightMarks);
    if (m_result.changes == 0) {
        m_summary->setText(tr("The two texts are the same."));
    } else {
        m_summary->setText(tr("%n change(s):", nullptr, m_result.changes) + u' '
                           + tr("%n line(s) removed", nullptr, m_result.removed) + u", "_s
                           + tr("%n line(s) added", nullptr, m_result.added) + u'.');
    }
    m_ready = true;
    Q_EMIT ready();
}

void DiffView::paint(QPlainTextEdit *view, const QStringList &lines,
                     const QList<SideBySide::Mark> &marks)
{
    view->setPlainText(lines.join(u'\n'));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor removed = dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xdc, 0xdc);
    const QColor added = dark ? QColor(0x1f, 0x4a, 0x2a) : QColor(0xd8, 0xf5, 0xdd);
    const QColor filler = palette().color(QPalette::AlternateBase);
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = view->document()->firstBlock();
    for (qsizetype i = 0; i < marks.size() && block.isValid(); ++i, block = block.next()) {
        if (marks.at(i) == SideBySide::Mark::Same) {
            continue;
        }
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.format.setBackground(marks.at(i) == SideBySide::Mark::Removed ? removed
                               : marks.at(i) == SideBySide::Mark::Added ? added
                                                                       : filler);
        selections << s;
    }
    view->setExtraSelections(selections);
}

} // namespace Spielberg
