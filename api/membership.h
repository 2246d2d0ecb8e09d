#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ftapi {

// Which membership collection of a user: groups (destinations) or connections (connectors).
enum class MembershipKind { Group, Connection };

// A user's membership in one group or connection: `id` is the group's or connection's id.
struct Membership
{
    QString id;
    QString role; // empty when the server sent null
    std::optional<QDateTime> createdAt; // nullopt when absent or null

    friend bool operator==(const Membership &a, const Membership &b)
    {
        return a.id == b.id && a.role == b.role && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Membership &a, const Membership &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::Membership)
