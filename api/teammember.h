#pragma once

#include <QMetaType>
#include <QString>

namespace ftapi {

// One person in a team, from GET /teams/{id}/users. `role` is the person's place in the team
// ("Team Member" or "Team Manager"); what the team grants comes from the team, not from it.
struct TeamMember
{
    QString userId;
    QString role; // empty when the server sent null

    friend bool operator==(const TeamMember &a, const TeamMember &b)
    {
        return a.userId == b.userId && a.role == b.role;
    }
    friend bool operator!=(const TeamMember &a, const TeamMember &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::TeamMember)
