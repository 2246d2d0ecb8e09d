#pragma once

#include "journal.h"
#include "plan.h"

#include <QObject>
#include <QPointer>

namespace ftmodels {
class PlanRun;
}

namespace ftui {

class MainWindow;

// Undo in the window (Edit > Undo, Ctrl+Z, and the History window's buttons): names the last
// batch of this account in the action's text ("Undo: remove Ann Lee from Finance"), turns
// journal entries into an undo plan, reads and checks it first, asks (naming the action) when
// something cannot come back or the account changed since, then hands it to the session.
class UndoController : public QObject
{
    Q_OBJECT

public:
    explicit UndoController(MainWindow *window);

    void undoLast();
    void undo(const QVector<ftmodels::JournalEntry> &entries);
    void updateAction(); // the Undo action's words and state, from the journal
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void undoFinished(bool done); // an undo ran to its end (done: every change made)

private:
    void onChecked(ftmodels::PlanRun *check, const QString &words, const QStringList &losses);
    void applyUndo(const ftmodels::Plan &plan, const QString &words);

    MainWindow *m_window = nullptr;
    bool m_busy = false;
};

} // namespace ftui
