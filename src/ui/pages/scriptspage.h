// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Spielberg {

class NoticeBar;
class ScriptFilterProxy;
class ScriptListModel;
class ScriptView;
class Studio;

/**
 * The Scripts tab: the library's scripts (title, genre, tone, format, versions, pages, last
 * change; sortable, filterable by genre, searchable in full text: titles, loglines, the newest
 * version of each script and the characters) with New, Edit and Delete, beside the open script
 * (ScriptView). Deleting a script with running jobs cancels them first.
 *
 * The open script is an identity, not a row: only the writer choosing another row opens another
 * script. When the list re-sorts, filters, fetches or reloads, the open script's row is selected
 * again (none while it is filtered out) and nothing is opened. A version the model makes for a
 * script that is not open is announced with a way to open it. GUI thread only.
 */
class ScriptsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptsPage(Studio &studio, QWidget *parent = nullptr);

    ScriptView *view() const { return m_view; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    ScriptListModel *model() const { return m_model; }
    NoticeBar *notice() const { return m_notice; }
    /** The id of the script whose row is selected (0: none). */
    qint64 selectedId() const;

    /** Asks for the details of a new script and opens it; returns its id (0 if cancelled). */
    qint64 newScript();
    void editCurrent();
    void deleteCurrent();
    /** Selects and opens script `id`. */
    void openScript(qint64 id);
    /** Runs the full-text search for `text` now (the box waits for a pause in typing). */
    void search(const QString &text);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The list gives the open script its room, and takes it back when there is some. */
    void fitList();
    void onCurrentChanged();
    void applyFilter();
    void updateButtons();
    void onVersionAdded(qint64 scriptId, int number);
    /** Brackets a change of the list's rows, during which the current row opens nothing. */
    void beginListChange();
    void endListChange();
    /** Selects the open script's row again, if it is shown, without opening anything. */
    void selectOpenScript();

    Studio &m_studio;
    ScriptListModel *m_model;
    ScriptFilterProxy *m_proxy;
    NoticeBar *m_notice;
    QLineEdit *m_search = nullptr;
    QComboBox *m_genre = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QSplitter *m_splitter = nullptr;
    static constexpr int kListMinimum = 160;
    int m_listWanted = 420; ///< the list's width when there is room: the writer's last drag
    QTimer *m_fitTimer = nullptr; ///< fitList() once the splitter has laid out a new size
    ScriptView *m_view = nullptr;
    QTimer *m_searchTimer;
    int m_listChanging = 0;    ///< nesting of list changes under way
    qint64 m_noticeScript = 0; ///< the script the notice offers to open
};

} // namespace Spielberg
