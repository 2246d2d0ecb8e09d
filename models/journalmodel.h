#pragma once

#include "journal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QVector>

namespace ftmodels {

// The change journal of the open account as a table, newest first: when, who (the person at
// the computer), what (the change in words, with the names of its moment), outcome. Filters by
// person (name, e-mail or id, any part), by destination or connection (name or id), and by a
// first day. reload() reads the journal again (after a run, a settling).
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, WhoColumn, WhatColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)
    enum DataRole {
        EntryIdRole = Qt::UserRole + 1, // qint64
        BatchRole, // QString
        UndoneRole, // bool: an applied undo of it exists
    };

    explicit JournalModel(QObject *parent = nullptr);

    void setJournal(const Journal *journal); // not owned; reloads
    void setPersonFilter(const QString &text);
    void setTargetFilter(const QString &text);
    void setSince(const QDate &day); // invalid: from the beginning
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const JournalEntry &entryAt(int row) const { return m_shown.at(row); }
    QVector<JournalEntry> batch(const QString &batch) const; // every entry of it, oldest first
    static QString outcomeText(const QString &outcome); // "Done", "Failed", ...

private:
    bool matches(const JournalEntry &entry) const;

    const Journal *m_journal = nullptr;
    QVector<JournalEntry> m_all; // oldest first, as the journal lists them
    QVector<JournalEntry> m_shown; // newest first, filtered
    QSet<qint64> m_undone;
    QString m_person;
    QString m_target;
    QDate m_since;
};

} // namespace ftmodels
