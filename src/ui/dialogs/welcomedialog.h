// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Spielberg {

/**
 * The first thing a new writer sees: what the app does in two sentences, and three ways to
 * start: open a sample script (with its characters), set up a model provider, or a blank page.
 * choice() tells which was taken. GUI thread only.
 */
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Blank, Sample, Provider };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Blank;
};

} // namespace Spielberg
