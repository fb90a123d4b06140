// SPDX-License-Identifier: GPL-3.0-or-later
#include "fountainhighlighter.h"

#include "elementhighlighter.h"
#include "logging.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
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
    , m_highlighter(new ElementHighlighter([this](int block) { return elementAt(block); }, this))
{
    // Connected before the highlighter's own connection, so the elements are current when the
    // changed blocks are coloured.
    m_lines.reset(document->toPlainText());
    m_revision = document->revision();
    connect(document, &QTextDocument::contentsChange, this, &FountainHighlighter::contentsChange);
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
    if (enabled) {
        m_lines.reset(m_document->toPlainText());
        m_revision = m_document->revision();
    } else {
        m_lines.reset(QString());
    }
    m_highlighter->setDocument(enabled ? m_document : nullptr);
}

std::optional<ElementType> FountainHighlighter::elementAt(int block) const
{
    if (m_intentType && block == intentBlock()) {
        return m_intentType;
    }
    return m_enabled ? m_lines.at(block) : std::nullopt;
}

void FountainHighlighter::setIntent(const QTextCursor &at, std::optional<ElementType> type)
{
    const int before = intentBlock();
    m_intentType = type;
    m_intent = type ? at : QTextCursor();
    if (before >= 0 && before != intentBlock()) {
        rehighlightLine(before);
    }
    if (type) {
        rehighlightLine(intentBlock());
    }
}

int FountainHighlighter::intentBlock() const
{
    return m_intentType && !m_intent.isNull() ? m_intent.blockNumber() : -1;
}

void FountainHighlighter::contentsChange(int position, int removed, int added)
{
    if (!m_enabled) {
        return;
    }
    // The highlighter's own format changes come through here too, without a new revision.
    if (m_document->revision() == m_revision && removed == added) {
        return;
    }
    m_revision = m_document->revision();
    const QString text = m_document->toPlainText();
    const QList<int> changed = m_lines.update(text, position, removed, added);
    if (m_intentType && m_lines.at(intentBlock()) == m_intentType) {
        m_intentType.reset(); // the parser reads the line as meant now
    }
    for (const int block : changed) {
        rehighlightLine(block);
    }
}

void FountainHighlighter::rehighlightLine(int block)
{
    if (m_enabled && block >= 0) {
        m_highlighter->rehighlightBlock(m_document->findBlockByNumber(block));
    }
}

bool FountainHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance()) {
        updateTheme();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Spielberg
