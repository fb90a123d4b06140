// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Spielberg {

class NoticeBar;
class ScriptFilterProxy;
class ScriptListModel;
class ScriptView;
class Services;

/**
 * The Scripts tab: the library's scripts (title, genre, tone, format, versions, pages, last
 * change; sortable, filterable by genre, searchable in full text: titles, loglines, the newest
 * version of each script and the characters) with New, Edit and Delete, beside the open script
 * (ScriptView). Deleting a script with running jobs cancels them first. GUI thread only.
 */
class ScriptsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptsPage(Services &services, QWidget *parent = nullptr);

    ScriptView *view() const { return m_view; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    ScriptListModel *model() const { return m_model; }

    /** Asks for the details of a new script and opens it; returns its id (0 if cancelled). */
    qint64 newScript();
    void editCurrent();
    void deleteCurrent();
    /** Selects and opens script `id`. */
    void openScript(qint64 id);
    /** Runs the full-text search for `text` now (the box waits for a pause in typing). */
    void search(const QString &text);

private:
    void onCurrentChanged();
    void applyFilter();

    Services &m_services;
    ScriptListModel *m_model;
    ScriptFilterProxy *m_proxy;
    NoticeBar *m_notice;
    QLineEdit *m_search;
    QComboBox *m_genre;
    QTableView *m_table;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    ScriptView *m_view;
    QTimer *m_searchTimer;
};

} // namespace Spielberg
