#pragma once

#include "apierror.h"
#include "journal.h"
#include "membership.h"
#include "plan.h"
#include "plancheck.h"
#include "user.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace ftmodels {

// A plan run's records in the change journal: an entry for each change before its first write
// leaves (what, on whom, with the names and the state the check read, how to undo it), and its
// ending once the outcome is known. Endings wait and go with the next entries in one
// transaction, or on their own at flush(), which the run calls before the event loop runs
// again. Without a journal nothing is written and begin() succeeds.
//
//   RunJournal records(batch);
//   records.setJournal(journal);
//   if (records.begin(indexes, entries, &error)) ...send them...
//   records.end(index, ending);
//   records.flush();
class RunJournal
{
public:
    explicit RunJournal(const QString &batch)
        : m_batch(batch)
    {
    }

    void setJournal(Journal *journal); // null: no journal
    bool isOn() const { return m_journal != nullptr; }
    QString batch() const { return m_batch; }
    bool holds(int index) const { return m_entries.contains(index); } // its entry is written

    // Change `change` before it is sent, as the check saw it.
    JournalEntry entry(const Change &change, const ChangeCheck &check, const QString &userId) const;
    // The state after a change that holds (applied or already in effect), as the service
    // answered it: the user, the membership and its role, or that it is gone.
    static QJsonObject afterState(const Change &change, const std::optional<ftapi::User> &user,
                                  const std::optional<ftapi::Membership> &membership);

    // Writes the entries of changes `indexes` (in order, one each) after the endings waiting,
    // in one transaction. False when it could not be written: then no entry is, the endings
    // are tried on their own, and `error` says why.
    bool begin(const QVector<int> &indexes, const QVector<JournalEntry> &entries, QString *error);
    // The outcome of change `index`, when its entry was written; written at the next begin()
    // or flush().
    void end(int index, const QString &outcome, const ftapi::ApiError &error,
             const QString &message, const QJsonObject &after);
    // Writes the endings waiting. One that cannot be written leaves its entry's outcome
    // unknown, and the next start settles it by reading the state.
    void flush();

private:
    Journal *m_journal = nullptr;
    QString m_batch;
    QString m_osUser;
    QHash<int, qint64> m_entries; // change -> its journal entry
    QVector<Journal::Ending> m_endings;
};

} // namespace ftmodels
