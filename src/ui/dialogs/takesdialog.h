// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/job.h>

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;

namespace Spielberg {

class FountainEditor;
class Studio;

/**
 * The takes of a scene side by side: the scene as it stands, then each take highlighted as
 * Fountain with the lines it changes marked, and a button to choose it. Choosing applies the
 * take by the rule of any scene result (onto the newest version, unless the writer changed the
 * scene since, which is said here and makes nothing); the other takes stay on the job. A
 * modeless window. GUI thread only.
 */
class TakesDialog : public QDialog
{
    Q_OBJECT
public:
    TakesDialog(Studio &studio, qint64 sceneId, QWidget *parent = nullptr);

    int takeCount() const { return int(m_takes.size()); }
    FountainEditor *takeView(int take) const { return m_views.value(take - 1); }
    QPushButton *chooseButton(int take) const { return m_buttons.value(take - 1); }
    /** Chooses take `take` (1-based); false when no version was made (the reason is shown). */
    bool choose(int take);

Q_SIGNALS:
    /** Take chosen: version `number` of script `scriptId` holds it. */
    void chosen(qint64 scriptId, int number);

private:
    Studio &m_studio;
    qint64 m_sceneId;
    QStringList m_takes;
    QList<FountainEditor *> m_views;
    QList<QPushButton *> m_buttons;
    QLabel *m_message;
};

} // namespace Spielberg
