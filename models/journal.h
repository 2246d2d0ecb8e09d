#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

namespace ftmodels {

class Storage;

// One write the console made, as the journal keeps it: written before the request left (what,
// on whom, with the names of that moment, the parameters, the state before, how to undo it)
// and completed once its outcome was known. Never holds a key, a secret or a header.
struct JournalEntry
{
    qint64 id = 0; // the entry's number; also the id of its first record
    QString batch; // the plan it was part of
    QDateTime time; // when it was sent (UTC)
    QString osUser; // who ran the program
    QString version; // the program's version
    QString op; // the seed name ("add_user_membership_in_group")
    QString userId;
    QString email;
    QString userName;
    QString targetKind; // "destination", "connection", or empty
    QString targetId;
    QString targetName;
    QString words; // the change in words, with the names of that moment
    QJsonObject params; // the change as a PLAN.json entry
    QJsonObject before; // the state before
    QJsonArray inverse; // PLAN.json entries that undo it
    qint64 undoes = 0; // the entry this one undoes, 0 when it is no undo

    bool ended = false; // false: the outcome is unknown (the program stopped before it knew)
    QDateTime endTime;
    QString outcome; // applied, already_in_effect, failed, not_attempted; "unknown" if not ended
    int httpStatus = 0;
    QString code;
    QString message;
    QJsonObject after; // the state after, as the answer (or a read) said
    bool settled = false; // the outcome was found later, by reading the state

    QJsonObject toJson() const; // the fields of `fivetran-admin history`
};

// What to list: one person (id or e-mail), one target, a time from which on.
struct JournalFilter
{
    QString user; // a user id or an e-mail (any case); empty: everyone
    QString target; // a destination or connection id; empty: any
    QDateTime since; // invalid: from the beginning
    QString batch; // empty: any
};

// The change journal of one account in the Storage file: append-only records, each chained to
// the account's previous one by a SHA-256 over its own content and the previous hash, so a
// record edited or deleted afterwards is found by verify(). Every write is one transaction
// (BEGIN IMMEDIATE) that reads the chain's end and extends it, so several consoles may write
// to one file at once. The statements of a write are prepared once per Journal.
class Journal
{
public:
    Journal(Storage *storage, qint64 account);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    static QString osUser(); // who runs the program, from the operating system

    qint64 account() const { return m_account; }
    Storage *storage() const { return m_storage; } // the file it lives in (snapshots share it)

    // Writes the entry's first record; returns its id, or 0 (and says why) on failure.
    qint64 begin(const JournalEntry &entry, QString *error = nullptr);
    // Completes entry `id` with the outcome fields of `outcome`.
    bool end(qint64 id, const JournalEntry &outcome, QString *error = nullptr);

    // The outcome of entry `entry`, as end() writes it.
    struct Ending
    {
        qint64 entry = 0;
        JournalEntry outcome;
    };
    // Several records in one transaction: first the outcomes in `ends`, then the first
    // records of `begins` (their ids, in order, to *ids), sharing one lock and one commit;
    // what a plan's run writes when the writes that leave together follow answers that just
    // came in. All or nothing: false (and why) when any of it could not be written.
    bool write(const QVector<Ending> &ends, const QVector<JournalEntry> &begins,
               QVector<qint64> *ids, QString *error = nullptr);

    QVector<JournalEntry> entries(const JournalFilter &filter = {}) const; // oldest first
    std::optional<JournalEntry> entry(qint64 id) const;
    QVector<JournalEntry> unknownOutcomes() const; // begun and never ended
    // The newest batch with an applied change that is neither an undo nor undone yet.
    QString lastUndoableBatch() const;
    bool isUndone(qint64 id) const; // an applied undo of it exists

    // The SHA-256 a record's column values give (NULL columns left out), as verify() checks it.
    static QString recordHash(const QHash<QString, QVariant> &values);

    struct Verification
    {
        bool intact = true;
        int records = 0; // records checked
        qint64 entry = 0; // the first entry that does not match
        QString problem; // what is wrong there, in words
    };
    Verification verify() const;

private:
    struct Statements;
    Statements *statements(QString *error);
    bool insert(Statements *s, const QString &kind, qint64 id, qint64 entry,
                const JournalEntry &fields, QString *previous, QString *error);
    QVector<JournalEntry> load(const QString &where, const QVariantList &values) const;

    Storage *m_storage = nullptr;
    qint64 m_account = -1;
    std::unique_ptr<Statements> m_statements;
};

} // namespace ftmodels
