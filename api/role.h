#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ftapi {

// A role from GET /roles. `scope` holds the service's words: ACCOUNT, DESTINATION,
// CONNECTOR, TEAM... (compare case-insensitively with hasScope()).
struct Role
{
    QString name;
    QString description;
    QStringList scope;
    bool isCustom = false;
    bool isDeprecated = false;
    std::optional<QString> replacementRoleName;

    bool hasScope(const QString &s) const { return scope.contains(s, Qt::CaseInsensitive); }

    friend bool operator==(const Role &a, const Role &b)
    {
        return a.name == b.name && a.description == b.description && a.scope == b.scope
            && a.isCustom == b.isCustom && a.isDeprecated == b.isDeprecated
            && a.replacementRoleName == b.replacementRoleName;
    }
    friend bool operator!=(const Role &a, const Role &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::Role)
