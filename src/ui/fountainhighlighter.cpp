// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountainhighlighter.h"

#include "logging.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Spielberg {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository shared;
    return shared;
}
} // namespace

FountainHighlighter::FountainHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    const auto definition = repository().definitionForName(u"Fountain"_s);
    if (!definition.isValid()) {
        qCWarning(lcUi) << "the Fountain syntax definition did not load from the resources";
    }
    m_highlighter->setDefinition(definition);
    updateTheme();
    m_highlighter->setDocument(document);
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

FountainHighlighter::~FountainHighlighter() = default;

bool FountainHighlighter::isValid() const
{
    return m_highlighter->definition().isValid();
}

void FountainHighlighter::updateTheme()
{
    const QPalette palette = QGuiApplication::palette();
    m_highlighter->setTheme(repository().themeForPalette(palette));
    if (m_enabled) {
        m_highlighter->rehighlight();
    }
}

void FountainHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    m_highlighter->setDocument(enabled ? m_document : nullptr);
}

bool FountainHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance()) {
        updateTheme();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Spielberg
