#pragma once

#include "change.h"
#include "journal.h"
#include "plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace ftmodels {

// How journalled changes are undone. inverseOf() is written with each entry, from the state
// the change found: a modify is undone by modifying back, a removed account role by setting
// it again, an added membership by removing it, a removed one by adding it with its old role,
// a role change by changing back, an invitation by deleting the user, and a deletion by
// inviting the same e-mail again with the same names, phone, picture and account role and
// restoring every membership (lossy: plan() says what cannot come back). An undo is a plan
// like any other: checked, convergent, and journalled with a link to what it undoes.
class UndoPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::UndoPlanner)

public:
    // The PLAN.json entries that undo `change`, done where the state was `before` (as
    // ChangeCheck::before has it); empty when there is nothing to undo.
    static QJsonArray inverseOf(const Change &change, const QJsonObject &before,
                                const QString &email);

    struct Undo
    {
        Plan plan; // newest change first undone first; each linked to its entry
        QString words; // "Undo: remove Ann Lee from Finance"
        QStringList losses; // what cannot come back, in words; empty when nothing is lost
        QStringList skipped; // entries with nothing to undo (failed, already in effect, undone)
    };
    // Undoes `entries` (a batch or one entry). `journal` tells what is undone already.
    static Undo plan(const QVector<JournalEntry> &entries, const Journal &journal);

    // The words of a change as a clause after "Undo:": "remove Ann Lee from Finance".
    static QString undoWords(const QVector<JournalEntry> &entries);
};

} // namespace ftmodels
