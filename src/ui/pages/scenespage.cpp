// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenespage.h"
#include "../errortext.h"

#include "../dialogs/comparedialog.h"
#include "../dialogs/generatedialog.h"
#include "../fountaineditor.h"
#include "../labels.h"
#include "../models/scenetablemodel.h"
#include "../noticebar.h"

#include <studio/studio.h>
#include <storage/librarynotifier.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Spielberg {

ScenesPage::ScenesPage(Studio &studio, QWidget *parent)
    : QWidget(parent)
    , m_studio(studio)
    , m_model(new SceneTableModel(studio, this))
    , m_notice(new NoticeBar(this))
    , m_script(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_regenerate(new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Regenerate scene…"), this))
    , m_table(new QTableView(this))
    , m_preview(new FountainEditor(this))
{
    setObjectName(u"scenesPage"_s);
    m_script->setObjectName(u"sceneScriptBox"_s);
    m_script->setAccessibleName(tr("Script"));
    m_script->setMinimumContentsLength(24);
    m_version->setObjectName(u"sceneVersionBox"_s);
    m_version->setAccessibleName(tr("Version"));
    m_version->setMinimumContentsLength(18);
    m_regenerate->setObjectName(u"regenerateSceneButton"_s);
    m_regenerate->setToolTip(tr("Have the model rewrite the selected scene; the rest stays as it is "
                                "(Ctrl+R)"));
    m_regenerate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *bar = new QHBoxLayout;
    auto *scriptLabel = new QLabel(tr("&Script:"), this);
    scriptLabel->setBuddy(m_script);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    bar->addWidget(scriptLabel);
    bar->addWidget(m_script, 2);
    bar->addWidget(versionLabel);
    bar->addWidget(m_version, 1);
    bar->addStretch(1);
    bar->addWidget(m_regenerate);

    m_table->setObjectName(u"sceneTable"_s);
    m_table->setAccessibleName(tr("Scenes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(SceneTableModel::Heading, QHeaderView::Stretch);
    m_table->setColumnWidth(SceneTableModel::Number, 44);
    for (int c : {SceneTableModel::Setting, SceneTableModel::Goal, SceneTableModel::Tension}) {
        m_table->setColumnWidth(c, 150);
    }
    m_table->setColumnWidth(SceneTableModel::Tone, 100);
    m_table->setColumnWidth(SceneTableModel::Pages, 56);
    m_table->setColumnWidth(SceneTableModel::Characters, 170);
    m_preview->setObjectName(u"scenePreview"_s);
    m_preview->setAccessibleName(tr("Text of the selected scene"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Select a scene to read it here."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_notice);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_script, &QComboBox::currentIndexChanged, this, &ScenesPage::onScriptChosen);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ScenesPage::onVersionChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenesPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScenesPage::onCurrentChanged);
    connect(m_regenerate, &QPushButton::clicked, this, &ScenesPage::regenerateSelected);
    connect(m_model, &SceneTableModel::saveFailed, this, [this](const QString &message) {
        m_notice->showError(tr("The scene could not be saved: %1").arg(message));
    });
    connect(studio.notifier(), &LibraryNotifier::scriptChanged, this, &ScenesPage::reloadScripts);
    connect(studio.notifier(), &LibraryNotifier::scriptRemoved, this, &ScenesPage::reloadScripts);
    connect(studio.notifier(), &LibraryNotifier::versionAdded, this, [this](qint64 scriptId) {
        if (scriptId == this->scriptId()) {
            reloadVersions();
        }
    });
    connect(&studio.jobs(), &JobDesk::jobFinished, this, &ScenesPage::onJobFinished);
    reloadScripts();
}

qint64 ScenesPage::scriptId() const
{
    return m_script->currentData().toLongLong();
}

int ScenesPage::versionNumber() const
{
    return m_version->currentData().toInt();
}

void ScenesPage::reloadScripts()
{
    const qint64 keep = scriptId();
    const Result<QList<Script>> scripts = m_studio.library().scripts();
    if (!scripts) {
        m_notice->showError(tr("The scripts could not be read: %1").arg(ErrorText::of(scripts.error())));
        return;
    }
    QList<Script> sorted = *scripts;
    std::sort(sorted.begin(), sorted.end(), [](const Script &a, const Script &b) {
        return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0;
    });
    m_filling = true;
    m_script->clear();
    for (const Script &s : std::as_const(sorted)) {
        m_script->addItem(s.title, s.id);
    }
    const int index = m_script->findData(keep);
    m_script->setCurrentIndex(index >= 0 ? index : (m_script->count() > 0 ? 0 : -1));
    m_filling = false;
    if (scriptId() != keep || m_version->count() == 0) {
        onScriptChosen();
    }
}

void ScenesPage::reloadVersions()
{
    const int keep = versionNumber();
    const bool wasNewest = m_version->currentIndex() == 0;
    m_filling = true;
    m_version->clear();
    if (const Result<QList<ScriptVersion>> versions = m_studio.history().versions(scriptId())) {
        for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
            m_version->addItem(tr("v%1 — %2").arg(it->number).arg(Labels::origin(it->origin)),
                               it->number);
        }
    }
    const int index = wasNewest ? 0 : m_version->findData(keep);
    m_version->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    if (versionNumber() != keep) {
        onVersionChosen();
    }
}

void ScenesPage::onScriptChosen()
{
    if (m_filling) {
        return;
    }
    reloadVersions();
    onVersionChosen();
}

void ScenesPage::onVersionChosen()
{
    if (m_filling) {
        return;
    }
    if (Result<void> ok = m_model->setVersion(scriptId(), versionNumber()); !ok) {
        if (ok.error().code != ErrorCode::NotFound) {
            m_notice->showError(tr("The scenes could not be read: %1").arg(ErrorText::of(ok.error())));
        }
    }
    m_regenerate->setEnabled(false);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, SceneTableModel::Heading));
    }
}

void ScenesPage::showVersion(qint64 id, int number)
{
    const int s = m_script->findData(id);
    if (s < 0) {
        return;
    }
    m_script->setCurrentIndex(s);
    const int v = number == 0 ? 0 : m_version->findData(number);
    if (v >= 0) {
        m_version->setCurrentIndex(v);
    }
}

void ScenesPage::selectScene(int number)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->sceneAt(row).number == number) {
            m_table->setCurrentIndex(m_model->index(row, SceneTableModel::Heading));
            return;
        }
    }
}

void ScenesPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_preview->setPlainText(current.isValid() ? current.data(SceneTableModel::ContentRole).toString()
                                              : QString());
    m_regenerate->setEnabled(current.isValid());
}

void ScenesPage::regenerateSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Scene scene = m_model->sceneAt(current.row());
    GenerateDialog dialog(GenerateDialog::Mode::Scene, this);
    // Which script and which scene, in so many words: the writer confirms what is rewritten.
    const QString heading = scene.setting.isEmpty() ? scene.content.section(u'\n', 0, 0).trimmed() : scene.setting;
    dialog.setWindowTitle(tr("Regenerate scene %1 of “%2”").arg(scene.number).arg(m_script->currentText()));
    dialog.setHeading(tr("Scene %1: %2").arg(scene.number).arg(heading));
    QStringList facts;
    if (!scene.goal.isEmpty()) {
        facts << tr("goal: %1").arg(scene.goal);
    }
    if (!scene.tension.isEmpty()) {
        facts << tr("tension: %1").arg(scene.tension);
    }
    if (!scene.tone.isEmpty()) {
        facts << tr("tone: %1").arg(scene.tone);
    }
    dialog.setContext(facts.isEmpty() ? tr("Tip: a goal, tension and tone for the scene (edit them "
                                           "in the table) steer the rewrite.")
                                      : tr("The model is told the scene's %1.").arg(facts.join(u"; "_s)));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    GenerationRequest request;
    request.kind = JobKind::Scene;
    request.scriptId = scriptId();
    request.sceneId = scene.id;
    request.prompt = dialog.prompt();
    Q_EMIT generateRequested(request);
}

void ScenesPage::trackJob(const Job &job)
{
    if (job.kind == JobKind::Scene) {
        m_tracked.insert(job.id);
    }
}

void ScenesPage::onJobFinished(const Job &job)
{
    if (!m_tracked.remove(job.id) || job.status != JobStatus::Completed) {
        return;
    }
    const Result<std::optional<ScriptVersion>> made = m_studio.history().versionOfJob(job.id);
    if (!made || !made->has_value()) {
        return;
    }
    const ScriptVersion version = **made;
    const Result<ScriptVersion> before = m_studio.history().version(job.scriptId,
                                                                   version.parentNumber > 0
                                                                       ? version.parentNumber
                                                                       : version.number - 1);
    showVersion(job.scriptId, version.number);
    if (!before) {
        return;
    }
    if (m_comparison) {
        m_comparison->close();
    }
    m_comparison = new CompareDialog(this);
    m_comparison->setAttribute(Qt::WA_DeleteOnClose);
    m_comparison->setWindowTitle(tr("Scene regenerated — version %1 against version %2")
                                     .arg(version.number)
                                     .arg(before->number));
    m_comparison->setTexts(tr("Version %1").arg(before->number), before->content,
                           tr("Version %1 (%2)").arg(version.number).arg(Labels::origin(version.origin)),
                           version.content);
    m_comparison->show();
    m_notice->showInformation(tr("The scene was rewritten as version %1.").arg(version.number));
}

} // namespace Spielberg
