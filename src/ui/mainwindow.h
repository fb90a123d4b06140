// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace Spielberg {

class FountainEditor;

/**
 * The application window: four tabs (Scripts, Characters, Jobs, Scenes) reachable with
 * Ctrl+1…Ctrl+4, the menus, and a status bar. Its geometry and the open tab are restored from
 * QSettings between runs. GUI thread only.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Tab { Scripts, Characters, Jobs, Scenes };
    Q_ENUM(Tab)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const;
    FountainEditor *editor() const { return m_editor; }

    void showTab(Tab tab);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpTabs();
    void setUpActions();
    void restoreState();
    void saveState() const;
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    FountainEditor *m_editor = nullptr;
};

} // namespace Spielberg
