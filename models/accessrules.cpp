#include "accessrules.h"

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// One line of API.md's table: a role (and its legacy name) and what it reaches at its scope.
struct TableRole
{
    AccessScope scope;
    const char16_t *name;
    const char16_t *legacy; // nullptr: none
    AccessLevel level;
};

constexpr TableRole kTable[] = {
    { AccessScope::Account, u"Account Administrator", nullptr, AccessLevel::Manage },
    { AccessScope::Account, u"Account Reviewer", nullptr, AccessLevel::View },
    { AccessScope::Account, u"Account Analyst", nullptr, AccessLevel::View },
    { AccessScope::Account, u"Account Billing", nullptr, AccessLevel::None },
    { AccessScope::Account, u"Destination Creator", nullptr, AccessLevel::None },
    { AccessScope::Destination, u"Manage Destination", u"Destination Administrator",
      AccessLevel::Manage },
    { AccessScope::Destination, u"Edit Destination", u"Destination Analyst", AccessLevel::Edit },
    { AccessScope::Destination, u"View Destination", u"Destination Reviewer", AccessLevel::View },
    { AccessScope::Destination, u"Create Connection", nullptr, AccessLevel::None },
    { AccessScope::Connection, u"Manage Connection", u"Connector Administrator",
      AccessLevel::Manage },
    { AccessScope::Connection, u"Edit Connection", u"Connector Collaborator", AccessLevel::Edit },
    { AccessScope::Connection, u"View Connection", u"Connector Reviewer", AccessLevel::View },
};

// A chain of replacements longer than this is a loop or nonsense.
constexpr int kMaxReplacements = 8;

const TableRole *find(const QString &role, AccessScope scope)
{
    for (const TableRole &line : kTable) {
        if (line.scope == scope
            && (role == QStringView(line.name)
                || (line.legacy && role == QStringView(line.legacy))))
            return &line;
    }
    return nullptr;
}

} // namespace

AccessRules::AccessRules()
{
    precomputeLevels();
}

AccessRules::AccessRules(const QVector<ftapi::Role> &roles)
{
    for (const ftapi::Role &role : roles) {
        if (role.isCustom)
            m_custom.insert(role.name);
        if (role.isDeprecated)
            m_deprecated.insert(role.name);
        if (role.replacementRoleName && !role.replacementRoleName->isEmpty()
            && *role.replacementRoleName != role.name)
            m_replacements.insert(role.name, *role.replacementRoleName);
    }
    precomputeLevels();
    for (const ftapi::Role &role : roles) {
        if (m_levels.contains(role.name))
            continue;
        m_levels.insert(role.name,
                        { computeLevel(role.name, AccessScope::Account),
                          computeLevel(role.name, AccessScope::Destination),
                          computeLevel(role.name, AccessScope::Connection) });
    }
}

void AccessRules::precomputeLevels()
{
    for (const TableRole &line : kTable) {
        for (const char16_t *name : { line.name, line.legacy }) {
            if (!name)
                continue;
            const QString role = QString::fromUtf16(name);
            if (m_levels.contains(role))
                continue;
            m_levels.insert(role,
                            { computeLevel(role, AccessScope::Account),
                              computeLevel(role, AccessScope::Destination),
                              computeLevel(role, AccessScope::Connection) });
        }
    }
}

std::optional<AccessLevel> AccessRules::tableLevel(const QString &role, AccessScope scope)
{
    const TableRole *line = find(role, scope);
    return line ? std::optional(line->level) : std::nullopt;
}

QString AccessRules::currentName(const QString &role, AccessScope scope)
{
    const TableRole *line = find(role, scope);
    return line ? QString::fromUtf16(line->name) : QString();
}

QString AccessRules::tableName(const QString &role, AccessScope scope) const
{
    // The table's own names (current and legacy) win over anything a server says of them.
    if (const QString name = currentName(role, scope); !name.isEmpty())
        return name;
    if (m_custom.contains(role))
        return {};
    QString next = role;
    for (int hop = 0; hop < kMaxReplacements; ++hop) {
        const auto it = m_replacements.constFind(next);
        if (it == m_replacements.constEnd())
            return {};
        next = *it;
        if (const QString name = currentName(next, scope); !name.isEmpty())
            return name;
    }
    return {};
}

AccessLevel AccessRules::level(const QString &role, AccessScope scope) const
{
    const auto it = m_levels.constFind(role);
    if (it != m_levels.constEnd())
        return (*it)[size_t(scope)];
    return computeLevel(role, scope);
}

AccessLevel AccessRules::computeLevel(const QString &role, AccessScope scope) const
{
    const QString name = tableName(role, scope);
    if (name.isEmpty())
        return AccessLevel::Unknown;
    return tableLevel(name, scope).value_or(AccessLevel::Unknown);
}

bool AccessRules::isDeprecated(const QString &role) const
{
    return m_deprecated.contains(role);
}

bool AccessRules::isCustom(const QString &role) const
{
    return m_custom.contains(role);
}

AccessLevel AccessRules::combine(const QVector<AccessLevel> &levels)
{
    AccessLevel best = AccessLevel::None;
    bool unknown = false;
    for (AccessLevel level : levels) {
        if (level == AccessLevel::Unknown)
            unknown = true;
        else if (int(level) > int(best))
            best = level;
    }
    if (best == AccessLevel::Manage)
        return best; // nothing is above it, whatever the unknown paths give
    return unknown ? AccessLevel::Unknown : best;
}

bool AccessRules::isKnown(AccessLevel level)
{
    return level == AccessLevel::View || level == AccessLevel::Edit || level == AccessLevel::Manage;
}

QString AccessRules::levelKey(AccessLevel level)
{
    switch (level) {
    case AccessLevel::None:
        return u"none"_s;
    case AccessLevel::View:
        return u"view"_s;
    case AccessLevel::Edit:
        return u"edit"_s;
    case AccessLevel::Manage:
        return u"manage"_s;
    case AccessLevel::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<AccessLevel> AccessRules::levelFromKey(const QString &key)
{
    for (AccessLevel level : { AccessLevel::None, AccessLevel::View, AccessLevel::Edit,
                               AccessLevel::Manage, AccessLevel::Unknown }) {
        if (levelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QStringList AccessRules::tableRoles(AccessScope scope)
{
    QStringList names;
    for (const TableRole &line : kTable) {
        if (line.scope != scope)
            continue;
        names.append(QString::fromUtf16(line.name));
        if (line.legacy)
            names.append(QString::fromUtf16(line.legacy));
    }
    return names;
}

} // namespace ftmodels
