// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>


class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace Spielberg {

/**
 * Highlights a QTextDocument as Fountain with KF6 SyntaxHighlighting and the definition
 * `resources/syntax/fountain.xml`, compiled into the Qt resources where the Repository looks for
 * an application's own definitions. The colour theme follows the application palette (light or
 * dark) and is re-chosen when the palette changes.
 *
 * GUI thread only. The document is not owned; the highlighter is a child of this object. The
 * definitions and themes come from one Repository per process, loaded on first use, since
 * loading it costs tens of milliseconds and the app has several editors.
 */
class FountainHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit FountainHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~FountainHighlighter() override;

    /** False when the Fountain definition could not be loaded (a broken build). */
    bool isValid() const;
    /** Picks the light or dark theme again for the current palette. */
    void updateTheme();
    /**
     * Highlighting on or off (a text too long to colour without stalling the window). Turning
     * it on colours the whole document again.
     */
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextDocument *m_document;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_enabled = true;
};

} // namespace Spielberg
