#pragma once

#include "role.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace ftmodels {

// How far a path lets a person act on a destination or connection. View < Edit < Manage;
// None: the role reaches nothing by cascade (Account Billing, Destination Creator, Create
// Connection); Unknown: a custom role, or one the table of API.md does not list, which is
// shown as such and never guessed.
enum class AccessLevel : quint8 { None, View, Edit, Manage, Unknown };

// Where a role is held: the account role (a user's or a team's), a destination (group) role,
// or a connection role.
enum class AccessScope : quint8 { Account, Destination, Connection };

// The table of API.md ("what they reach"), written once: what level a role held at a scope
// gives. Current names and the table's legacy names are known without GET /roles; a name the
// table does not hold is followed through `replacement_role_name` of GET /roles (a legacy
// role names its successor), unless the service calls it custom. Names are matched exactly,
// as the service spells them; a role held at a scope it does not belong to is Unknown.
//
//   AccessRules rules(roles);                       // roles from GET /roles (may be empty)
//   rules.level(u"Destination Analyst"_s, AccessScope::Destination);   // AccessLevel::Edit
class AccessRules
{
public:
    AccessRules();
    explicit AccessRules(const QVector<ftapi::Role> &roles);

    AccessLevel level(const QString &role, AccessScope scope) const;
    // The table's current name that `role` stands for at `scope` (itself, the successor of a
    // legacy name, or the end of a replacement_role_name chain); empty when there is none.
    QString tableName(const QString &role, AccessScope scope) const;
    // GET /roles marks it deprecated (the audit's DeprecatedRole flag, as for memberships).
    bool isDeprecated(const QString &role) const;
    bool isCustom(const QString &role) const; // GET /roles marks it custom

    // The highest level over a set of paths. Unknown counts as "could be anything": when a
    // known path gives Manage that is the answer, otherwise an Unknown path makes the whole
    // Unknown rather than understate it. None when there is no level at all.
    static AccessLevel combine(const QVector<AccessLevel> &levels);
    // Whether `level` is a known level of access (View, Edit or Manage).
    static bool isKnown(AccessLevel level);

    // "manage", "edit", "view", "unknown" (for exports; "none" for None).
    static QString levelKey(AccessLevel level);
    static std::optional<AccessLevel> levelFromKey(const QString &key);

    // Every name of the table at `scope`, current and legacy, in the table's order (tests).
    static QStringList tableRoles(AccessScope scope);

private:
    static std::optional<AccessLevel> tableLevel(const QString &role, AccessScope scope);
    static QString currentName(const QString &role, AccessScope scope);
    AccessLevel computeLevel(const QString &role, AccessScope scope) const;
    void precomputeLevels();

    QHash<QString, QString> m_replacements; // role -> replacement_role_name, from GET /roles
    QSet<QString> m_custom;
    QSet<QString> m_deprecated;
    // level() of every name the table and GET /roles know, at each scope (by int(scope)):
    // an audit asks it for every path of every person.
    QHash<QString, std::array<AccessLevel, 3>> m_levels;
};

} // namespace ftmodels
