#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ftapi {

// A team's role on one destination or connection, from GET /teams/{id}/groups or
// /teams/{id}/connections: `id` is the group's or the connection's id.
struct TeamGrant
{
    QString id;
    QString role; // empty when the server sent null
    std::optional<QDateTime> createdAt;

    friend bool operator==(const TeamGrant &a, const TeamGrant &b)
    {
        return a.id == b.id && a.role == b.role && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const TeamGrant &a, const TeamGrant &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::TeamGrant)
