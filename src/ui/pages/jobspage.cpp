// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspage.h"
#include "../errortext.h"

#include "../labels.h"
#include "../models/joblistmodel.h"
#include "../noticebar.h"
#include "../statusbadge.h"

#include <studio/studio.h>
#include <core/catalog.h>

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

JobsPage::JobsPage(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_model(new JobListModel(studio, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_notice(new NoticeBar(this))
{
    setObjectName(u"jobsPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true); // a run shows when one of its steps matches
    m_proxy->setFilterRole(JobListModel::StatusRole);
    m_proxy->setFilterKeyColumn(JobListModel::Status);
    m_proxy->setSortRole(JobListModel::SortRole);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"jobStatusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show jobs with status"));
    m_statusFilter->addItem(tr("All jobs"), QString());
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Running, JobStatus::Completed,
                                   JobStatus::Failed, JobStatus::Cancelled, JobStatus::Interrupted}) {
        m_statusFilter->addItem(StatusBadge::icon(status), Labels::jobStatus(status), toId(status));
    }
    filterLabel->setBuddy(m_statusFilter);
    bar->addWidget(filterLabel);
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    m_cancel = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel job"), this);
    m_cancel->setObjectName(u"cancelJobButton"_s);
    m_cancel->setToolTip(tr("Stop this job; the text written so far is kept"));
    m_retry = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Retry"), this);
    m_retry->setObjectName(u"retryJobButton"_s);
    m_retry->setToolTip(tr("Queue this job again from the start (the provider may bill it again)"));
    m_continue = new QPushButton(tr("C&ontinue"), this);
    m_continue->setObjectName(u"continueJobButton"_s);
    m_continue->setToolTip(tr("The model stopped at its length limit: ask it to go on"));
    m_open = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("&Open result"), this);
    m_open->setObjectName(u"openJobResultButton"_s);
    m_open->setToolTip(tr("Show the version this job made (Enter)"));
    for (QPushButton *b : {m_cancel, m_retry, m_continue, m_open}) {
        bar->addWidget(b);
    }

    m_table = new QTreeView(this);
    m_table->setObjectName(u"jobTable"_s);
    m_table->setAccessibleName(tr("Generation jobs"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(JobListModel::Target, QHeaderView::Stretch);
    m_table->setColumnWidth(JobListModel::Status, 160); // room for a step's status under its run
    m_table->setColumnWidth(JobListModel::Kind, 100);
    for (int c : {JobListModel::Created, JobListModel::Started, JobListModel::Completed}) {
        m_table->setColumnWidth(c, 112);
    }
    m_table->setColumnWidth(JobListModel::Duration, 80);
    m_table->setColumnWidth(JobListModel::Attempts, 75);
    m_table->setColumnWidth(JobListModel::Tokens, 140);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(detail);
    m_header->setObjectName(u"jobHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(detail);
    m_error->setObjectName(u"jobError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    {
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, StatusBadge::color(JobStatus::Failed));
        m_error->setPalette(p);
    }
    m_text = new QPlainTextEdit(detail);
    m_text->setObjectName(u"jobText"_s);
    m_text->setAccessibleName(tr("Text of the selected job"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Select a job to see what the model wrote. The text of a "
                                  "running job appears here as it is written."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_error);
    detailLayout->addWidget(m_text, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_statusFilter->currentData().toString();
        m_proxy->setFilterRegularExpression(
            status.isEmpty() ? QString() : u"^"_s + QRegularExpression::escape(status) + u"$"_s);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPage::onRowsChanged);
    connect(m_table, &QTreeView::activated, this, &JobsPage::openCurrentResult);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelCurrent);
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retryCurrent);
    connect(m_continue, &QPushButton::clicked, this, &JobsPage::continueCurrent);
    connect(m_open, &QPushButton::clicked, this, &JobsPage::openCurrentResult);
    connect(&studio.jobs(), &JobDesk::textStreamed, this, &JobsPage::onTextStreamed);
    connect(&studio.jobs(), &JobDesk::attemptStarted, this, &JobsPage::onAttemptStarted);
    connect(&studio.jobs(), &JobDesk::jobFinished, this, &JobsPage::onJobFinished);

    if (Result<void> ok = m_model->refresh(); !ok) {
        m_notice->showError(tr("The jobs could not be read: %1").arg(ErrorText::of(ok.error())));
    }
    showJob({});
}

void JobsPage::select(const QString &id)
{
    QModelIndex source = m_model->indexOf(id);
    if (!source.isValid()) {
        (void)m_model->refresh();
        source = m_model->indexOf(id);
    }
    if (!source.isValid()) {
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->indexOf(id));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void JobsPage::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    showJob(current.isValid() ? m_model->jobAt(current) : Job{});
}

void JobsPage::onRowsChanged()
{
    // The selected job changed (status, tokens…): refresh the pane, but keep streamed text.
    if (m_currentId.isEmpty()) {
        return;
    }
    const QModelIndex at = m_model->indexOf(m_currentId);
    if (!at.isValid()) {
        return;
    }
    const Job job = m_model->jobAt(at);
    if (job.status != m_shownStatus) {
        showJob(job);
    } else {
        updateButtons(job);
    }
}

void JobsPage::showJob(const Job &job)
{
    m_currentId = job.id;
    m_shownStatus = job.status;
    updateButtons(job);
    if (job.id.isEmpty()) {
        m_header->setText(tr("No job selected."));
        m_error->hide();
        m_text->clear();
        return;
    }
    // A run writes nothing itself: its steps, listed under it, hold the text.
    m_text->setPlaceholderText(job.kind == JobKind::Develop
                                   ? tr("A story run writes through its steps: open the run's row and select the "
                                        "cast, the outline or a scene to read what the model wrote.")
                                   : tr("Select a job to see what the model wrote. The text of a "
                                        "running job appears here as it is written."));
    QStringList facts;
    facts << u"<b>%1</b>"_s.arg(Labels::jobStatus(job.status).toHtmlEscaped());
    facts << Labels::jobKind(job.kind).toHtmlEscaped();
    if (!job.model.isEmpty()) {
        facts << tr("model %1").arg(job.model.toHtmlEscaped());
    }
    if (job.inputTokens || job.outputTokens) {
        facts << tr("%1 tokens in, %2 out")
                     .arg(QLocale().toString(job.inputTokens), QLocale().toString(job.outputTokens));
    }
    if (job.attempts > 1) {
        facts << tr("%n attempt(s)", nullptr, job.attempts);
    }
    if (job.status == JobStatus::Completed && job.stopReason == u"max_tokens"_s) {
        facts << tr("stopped at the length limit: Continue asks for the rest");
    }
    QString prompt;
    if (const QJsonDocument doc = QJsonDocument::fromJson(job.request.toUtf8()); doc.isObject()) {
        prompt = doc.object().value(u"prompt"_s).toString();
    }
    QString html = facts.join(u" · "_s);
    if (!prompt.isEmpty()) {
        html += u"<br>"_s + tr("Prompt: %1").arg(prompt.left(300).toHtmlEscaped());
    }
    m_header->setText(html);
    if (!job.error.isEmpty()) {
        QString error = job.error;
        if (!job.requestIds.isEmpty() && !error.contains(job.requestIds.constLast())) {
            error += u" "_s + tr("(request id %1)").arg(job.requestIds.constLast());
        }
        m_error->setText(error);
        m_error->show();
    } else {
        m_error->hide();
    }
    QString text;
    if (m_streams.contains(job.id)) {
        text = m_streams.value(job.id);
    } else if (!job.result.isEmpty()) {
        text = job.result;
    } else {
        text = job.partial;
    }
    if (m_text->toPlainText() != text) {
        m_text->setPlainText(text);
        m_text->moveCursor(QTextCursor::End);
    }
}

void JobsPage::updateButtons(const Job &job)
{
    const JobStatus s = job.status;
    // (No job selected is a Job with no id: nothing to act on.)
    const bool active = !job.id.isEmpty() && (s == JobStatus::Pending || s == JobStatus::Running);
    m_cancel->setEnabled(active);
    m_retry->setEnabled(s == JobStatus::Failed || s == JobStatus::Cancelled || s == JobStatus::Interrupted);
    m_continue->setEnabled(s == JobStatus::Completed && job.stopReason == u"max_tokens"_s);
    m_continue->setVisible(m_continue->isEnabled());
    m_open->setEnabled(s == JobStatus::Completed);
    m_open->setText(job.kind == JobKind::Quick ? tr("&Open draft") : tr("&Open result"));
}

void JobsPage::onTextStreamed(const QString &jobId, const QString &delta)
{
    m_streams[jobId] += delta;
    if (jobId != m_currentId) {
        return;
    }
    // Append without moving the writer's view when they scrolled up to read.
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(delta);
    if (atEnd) {
        bar->setValue(bar->maximum());
    }
}

void JobsPage::onAttemptStarted(const QString &jobId, int attempt)
{
    m_streams.insert(jobId, QString());
    if (jobId == m_currentId) {
        m_text->clear();
        if (attempt > 1) {
            m_notice->showInformation(tr("The job is being tried again (attempt %1).").arg(attempt));
        }
    }
}

void JobsPage::onJobFinished(const Job &job)
{
    m_streams.remove(job.id);
    if (job.id == m_currentId) {
        showJob(job);
    }
}

void JobsPage::cancelCurrent()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    if (const Result<Job> done = m_studio.jobs().cancel(m_currentId); !done) {
        m_notice->showError(tr("The job could not be cancelled: %1").arg(ErrorText::of(done.error())));
    }
}

void JobsPage::retryCurrent()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    m_streams.remove(m_currentId);
    if (const Result<Job> queued = m_studio.jobs().retry(m_currentId); !queued) {
        m_notice->showError(tr("The job could not be retried: %1").arg(ErrorText::of(queued.error())));
    } else {
        m_notice->showInformation(tr("The job is queued again."));
    }
}

void JobsPage::continueCurrent()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    const Result<Job> next = m_studio.jobs().continueJob(m_currentId);
    if (!next) {
        m_notice->showError(tr("The job could not be continued: %1").arg(ErrorText::of(next.error())));
        return;
    }
    select(next->id);
}

void JobsPage::openCurrentResult()
{
    const QModelIndex at = m_model->indexOf(m_currentId);
    if (!at.isValid()) {
        return;
    }
    const Job job = m_model->jobAt(at);
    if (job.status != JobStatus::Completed) {
        return;
    }
    if (job.kind == JobKind::Quick) {
        Q_EMIT openQuickResultRequested(job.id);
        return;
    }
    const Result<std::optional<ScriptVersion>> version = m_studio.history().versionOfJob(job.id);
    if (!version || !version->has_value()) {
        m_notice->showError(tr("This job made no version (it stopped before the end). Continue "
                               "it, or open its text above."));
        return;
    }
    Q_EMIT openVersionRequested(job.scriptId, (*version)->number);
}

} // namespace Spielberg
