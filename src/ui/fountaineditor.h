// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Spielberg {

class FountainHighlighter;

/**
 * The plain-text editor a writer types Fountain into: a typewriter font (Courier Prime when
 * installed), Fountain highlighting, and a text column about as wide as a printed page so lines
 * wrap where the page would wrap them. GUI thread only.
 */
class FountainEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit FountainEditor(QWidget *parent = nullptr);

    FountainHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargins();

    FountainHighlighter *m_highlighter = nullptr;
};

} // namespace Spielberg
