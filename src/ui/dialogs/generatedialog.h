// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;

namespace Spielberg {

/**
 * Asks what to generate: the writer's instruction for a whole script, or an optional extra
 * instruction for one scene, with a line saying what the model will be told besides (genre,
 * tone, characters, format) and where it goes (provider and model). GUI thread only.
 */
class GenerateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Script, Scene };

    explicit GenerateDialog(Mode mode, QWidget *parent = nullptr);

    /** One line about what the prompt carries and where it goes. */
    void setContext(const QString &text);
    /** A bold first line naming what is rewritten ("Scene 3: EXT. SEA - NIGHT"). */
    void setHeading(const QString &text);
    QString prompt() const;
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    /** Offers several takes of a scene to choose from (scene mode). */
    void setTakesVisible(bool visible);
    /** How many takes the writer asked for (1: the scene is rewritten at once). */
    int takes() const;
    QSpinBox *takesBox() const { return m_takes; }

    void accept() override;

private:
    Mode m_mode;
    QLabel *m_heading;
    QLabel *m_context;
    QPlainTextEdit *m_prompt;
    QLabel *m_error;
    QWidget *m_takesRow;
    QSpinBox *m_takes;
};

} // namespace Spielberg
