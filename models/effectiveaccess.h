#pragma once

#include "accessgraph.h"
#include "auditdata.h"
#include "auditrow.h"
#include "userstatus.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace ftmodels {

// One row of effective access: a person (index in EffectiveAccess::people()) reaches a
// target (index in the graph's targets()) at a level. The paths are not stored, they are
// asked of the graph again (paths()), so an account of thousands of people that each reach
// hundreds of targets costs a few bytes a row; `vias` says which kinds of path there are.
struct EffectiveRow
{
    int person = -1;
    int target = -1;
    AccessLevel level = AccessLevel::Unknown;
    quint8 vias = 0; // AccessGraph::viaMask() of the paths
    AuditFlags flags;
};

// Everyone's effective access, as an audit found it: every person and every destination and
// connection they reach, rows ordered by user id, kind ("connection" before "destination")
// and target id, each compared as text, so two exports line up. The flags of a row are the
// person's (stale invitation, logins, no account role) plus DeprecatedRole when a path holds
// a deprecated role and RedundantGrant when the person's own membership of the target adds
// nothing to what another path gives.
class EffectiveAccess
{
public:
    struct Person
    {
        AccessPerson access;
        QString userName;
        QString email;
        UserStatus status = UserStatus::Active;
        std::optional<QDateTime> lastLogin;
    };

    EffectiveAccess() = default;

    static EffectiveAccess build(const AuditData &data, const QDateTime &now);
    // The graph and a person's own access as an audit's data hold them (AuditBuilder too).
    static AccessGraph graphOf(const AuditData &data);
    static AccessPerson personOf(const AuditData &data, const ftapi::User &user);
    // The hygiene flags a set of paths earns beyond the person's own.
    static AuditFlags pathFlags(const AccessRules &rules, const QVector<AccessPath> &paths);

    // build() one person at a time (AuditAssembler): the person as people() holds them, and
    // their rows in targets() order with `person` unset and the flags of their paths only (the
    // person's own, AuditBuilder::userFlags(), depend on the clock).
    static Person personEntry(const AuditData &data, const ftapi::User &user);
    static QVector<EffectiveRow> personRows(const AccessGraph &graph, const AccessPerson &person);
    // The result of build() from its parts: people ordered by user id (as build() orders
    // them), rows ordered by person and each row's `person` an index into `people`.
    static EffectiveAccess fromParts(AccessGraph graph, QVector<Person> people,
                                     QVector<EffectiveRow> rows);

    const AccessGraph &graph() const { return m_graph; }
    const QVector<Person> &people() const { return m_people; }
    const QVector<EffectiveRow> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    const Person &personOf(const EffectiveRow &row) const { return m_people.at(row.person); }
    const AccessGraph::Target &targetOf(const EffectiveRow &row) const
    {
        return m_graph.targets().at(row.target);
    }
    QVector<AccessPath> paths(const EffectiveRow &row) const
    {
        return m_graph.paths(m_people.at(row.person).access, row.target);
    }

private:
    AccessGraph m_graph;
    QVector<Person> m_people;
    QVector<EffectiveRow> m_rows;
};

} // namespace ftmodels
