// SPDX-License-Identifier: GPL-3.0-or-later
#include "takesdialog.h"

#include "../errortext.h"
#include "../fountaineditor.h"

#include <core/linediff.h>
#include <core/scenesplitter.h>
#include <studio/studio.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
/** Marks the lines of `view` that `from` does not have; returns how many lines differ each way. */
std::pair<int, int> markChanges(FountainEditor *view, const QString &from, const QString &to)
{
    const QList<DiffLine> diff = LineDiff::diff(from, to);
    QList<QTextEdit::ExtraSelection> marks;
    QColor added = view->palette().color(QPalette::Highlight);
    added.setAlpha(48);
    int line = 0;
    int inserted = 0;
    int deleted = 0;
    for (const DiffLine &d : diff) {
        if (d.op == DiffLine::Op::Delete) {
            ++deleted;
            continue;
        }
        if (d.op == DiffLine::Op::Insert) {
            ++inserted;
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(view->document()->findBlockByNumber(line));
            mark.format.setBackground(added);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(mark);
        }
        ++line;
    }
    view->setExtraSelections(marks);
    return {inserted, deleted};
}

QWidget *column(const QString &title, const QString &facts, FountainEditor *view, QPushButton *button, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *detail = new QLabel(facts, box);
    detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    layout->addWidget(detail);
    layout->addWidget(view, 1);
    if (button) {
        layout->addWidget(button);
    }
    return box;
}
} // namespace

TakesDialog::TakesDialog(Studio &studio, qint64 sceneId, QWidget *parent)
    : QDialog(parent)
    , m_studio(studio)
    , m_sceneId(sceneId)
    , m_message(new QLabel(this))
{
    setObjectName(u"takesDialog"_s);
    const Result<Scene> scene = studio.history().scene(sceneId);
    const Result<std::optional<Job>> job = studio.jobs().takesOf(sceneId);
    const QString current = scene ? scene->content : QString();
    if (job && *job) {
        m_takes = (*job)->takes;
    }
    const QString heading = SceneSplitter::headingOf(current);
    setWindowTitle(tr("Takes of scene %1 — %2").arg(scene ? scene->number : 0).arg(heading));
    auto *intro = new QLabel(tr("Each take beside the scene as it stands; marked lines are new. Choose one: it "
                                "becomes a new version, and the others stay with the job."),
                             this);
    intro->setWordWrap(true);
    m_message->setObjectName(u"takesMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *now = new FountainEditor(this);
    now->setObjectName(u"takesCurrent"_s);
    now->setReadOnly(true);
    now->setText(current);
    splitter->addWidget(column(tr("The scene now"), tr("%1 lines").arg(LineDiff::lines(current).size()), now,
                               nullptr, this));
    for (qsizetype i = 0; i < m_takes.size(); ++i) {
        const int take = int(i + 1);
        auto *view = new FountainEditor(this);
        view->setObjectName(u"take%1"_s.arg(take));
        view->setAccessibleName(tr("Take %1").arg(take));
        view->setReadOnly(true);
        view->setText(m_takes[i]);
        const auto [inserted, deleted] = markChanges(view, current, m_takes[i]);
        auto *button = new QPushButton(tr("Choose take &%1").arg(take), this);
        button->setObjectName(u"chooseTake%1"_s.arg(take));
        connect(button, &QPushButton::clicked, this, [this, take] { choose(take); });
        m_views.append(view);
        m_buttons.append(button);
        splitter->addWidget(column(tr("Take %1").arg(take), tr("%1 lines new, %2 gone").arg(inserted).arg(deleted), view,
                                   button, this));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    if (m_takes.isEmpty()) {
        m_message->setText(tr("This scene has no takes to choose from."));
        m_message->show();
    }
    resize(1180, 640);
}

bool TakesDialog::choose(int take)
{
    const Result<JobDesk::Chosen> made = m_studio.jobs().chooseTake(m_sceneId, take);
    if (!made) {
        m_message->setText(tr("The take could not be used: %1").arg(ErrorText::of(made.error())));
        m_message->show();
        return false;
    }
    if (!made->version) {
        m_message->setText(tr("No version was made: the scene changed after the takes were written (%1). Your "
                              "text is as it was; regenerate the scene to have takes of it as it is now.")
                               .arg(made->job.conflict));
        m_message->show();
        return false;
    }
    Q_EMIT chosen(made->version->scriptId, made->version->number);
    accept();
    return true;
}

} // namespace Spielberg
