#pragma once

#include "auditdata.h"
#include "auditrow.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

#include <memory>

namespace ftmodels {

class NameDirectory;

// Turns what an audit fetched into its rows: one Account row per user, then the user's
// destination and connection memberships, names resolved through a NameDirectory and every
// hygiene flag computed against an explicit "now" (so tests control time; a membership that
// another path already covers is a RedundantGrant, by AccessGraph). Pure: no network.
//
// build() does it for everyone at once; Context and appendRows() do it one person at a time
// (AuditAssembler, while the audit still runs), with the same rows: a person's own flags
// (userFlags()) depend on the clock and are added by whoever knows "now".
class AuditBuilder
{
public:
    static QVector<AuditRow> build(const AuditData &data, const QDateTime &now);

    // What every person's rows need of the account: target names, deprecated roles, the graph
    // (for redundant grants; it must outlive the context), and whether the look-up lists of
    // `data` are complete (an incomplete list proves nothing about a target it does not hold).
    class Context
    {
    public:
        Context(const AuditData &data, const AccessGraph &graph);
        ~Context();
        Context(const Context &) = delete;
        Context &operator=(const Context &) = delete;

        bool groupsComplete() const { return m_groupsComplete; }
        bool connectionsComplete() const { return m_connectionsComplete; }

    private:
        friend class AuditBuilder;
        std::unique_ptr<NameDirectory> m_names;
        QHash<QString, bool> m_deprecated;
        const AccessGraph &m_graph;
        bool m_groupsComplete = false;
        bool m_connectionsComplete = false;
    };

    // The rows of one person (the Account row, then destination and connection memberships)
    // with every flag but the person's own.
    static void appendRows(const Context &context, const ftapi::User &user,
                           const AccessPerson &person, QVector<AuditRow> *rows);
    // The flags every row of the user carries, against `now` (Audit::userFlags).
    static AuditFlags userFlags(const ftapi::User &user, const QDateTime &now);
    // The user's last login as the rows hold it: none when the server sent an unreadable one.
    static std::optional<QDateTime> lastLoginOf(const ftapi::User &user);
};

} // namespace ftmodels
