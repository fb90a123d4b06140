// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

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
 * GUI thread only. The document is not owned; the highlighter is a child of this object.
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

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Spielberg
