#pragma once

#include "accountview.h"
#include "plan.h"
#include "plancheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ftmodels {

// One destination or connection a row of an import asks for: "Finance=View Destination".
struct ImportMembership
{
    ftapi::MembershipKind kind = ftapi::MembershipKind::Group;
    QString target; // as written: a name or an id
    QString role;
    QString targetId; // found by map(); empty until then or when not found
};

// One person of an import, with the line of the file they are on, what was asked for, what
// is wrong with it and the changes it becomes.
struct ImportRow
{
    int line = 0;
    QString email;
    QString givenName;
    QString familyName;
    std::optional<QString> phone; // nullopt: the cell is empty
    std::optional<QString> picture;
    std::optional<QString> role; // the account role
    QVector<ImportMembership> memberships;

    QStringList errors; // in words; a row with an error sends nothing
    QStringList warnings; // sent, but the person should know
    bool existing = false; // already a user of the account (known after map())
    QString userId; // the existing user's id
    QVector<Change> changes; // what the row becomes (after map()); empty: nothing to do

    bool isValid() const { return errors.isEmpty(); }
};

// A CSV file of people, read and turned into one plan of changes (pure: reading the account is
// the caller's, through an AccountView). The header row is required; its names, in any case and
// any order, are email, given_name, family_name, phone, picture, role, destinations and
// connections, and only email is required. destinations and connections are lists separated by
// ";" of TARGET=ROLE, TARGET a destination's or connection's name or id. Each row becomes
// changes: a person who is not yet a user is invited with their role and memberships; one who
// is gets only the role and memberships they lack (a membership with another role gets this
// role), so importing the same file twice sends nothing the second time. Errors are per row,
// with the line of the file.
//
//   PeopleImport import = PeopleImport::read(bytes);
//   if (!import.fileError().isEmpty()) refuse(import.fileError());
//   reader.start(import.probePlan());          // what map() needs, read by a PlanReader
//   QVector<int> rowOf;                      // per change, its row
//   const Plan plan = import.resolve(reader.snapshot(), &rowOf);
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::PeopleImport)

public:
    static QStringList columns(); // in the order of the documentation

    static PeopleImport read(const QByteArray &bytes);

    // Non-empty when the file as a whole cannot be imported (not CSV, no header, an unknown
    // column); then there are no rows.
    const QString &fileError() const { return m_fileError; }
    int fileErrorLine() const { return m_fileErrorLine; } // 0: the file as a whole
    QChar delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_byteOrderMark; }
    const QVector<ImportRow> &rows() const { return m_rows; }
    const QStringList &header() const { return m_header; } // the columns as the file has them

    // Changes that name what map() must know, for a PlanReader to read: the users, the roles,
    // the destinations and connections, and the memberships of the people already in the
    // account. It is never sent.
    Plan probePlan() const;

    // Finds the people, roles, destinations and connections in `view` and builds each row's
    // changes; rows that name what does not exist get errors.
    void map(const AccountView &view);

    // The changes of the valid rows, in file order (a change that takes the role Account
    // Administrator from someone last, so the people who get it come first); `rowOf` receives,
    // per change, the index of its row in rows().
    Plan plan(QVector<int> *rowOf = nullptr) const;
    // The check of plan(): its errors and warnings about a change become its row's.
    // Problems about the plan as a whole are kept in planErrors().
    void applyCheck(const PlanCheck &check, const QVector<int> &rowOf);
    const QStringList &planErrors() const { return m_planErrors; }

    // map(), then plan() checked by PlanChecker against `view`, as often as the check takes
    // rows out (what is left is checked again): the plan of the rows that stand.
    Plan resolve(const AccountView &view, QVector<int> *rowOf);

    int validCount() const;
    int errorCount() const; // rows with an error
    // "line 4 (ann@example.com): ...", one per error, in file order.
    QStringList errorLines() const;

private:
    void readHeader(const QStringList &cells);
    void readRow(const QStringList &cells, int line);
    void readList(ImportRow &row, ftapi::MembershipKind kind, const QString &cell);
    void markDuplicates();
    void mapRow(ImportRow &row, const AccountView &view) const;
    bool checkRole(ImportRow &row, const QString &role, const AccountView &view,
                   ftapi::MembershipKind kind, bool account) const;
    QString findTarget(ImportRow &row, const ImportMembership &m, const AccountView &view) const;

    QString m_fileError;
    int m_fileErrorLine = 0;
    QChar m_delimiter = u',';
    bool m_byteOrderMark = false;
    QStringList m_header;
    QVector<int> m_columnOf; // column of the file -> index in columns()
    QVector<ImportRow> m_rows;
    QStringList m_planErrors;
};

} // namespace ftmodels
