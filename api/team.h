#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace ftapi {

// A team from GET /teams. Its members get its account role (`role`, nullopt for none) and the
// roles it holds on destinations and connections (TeamGrant); TeamMember says who is in it.
struct Team
{
    QString id;
    QString name;
    QString description;
    std::optional<QString> role;

    friend bool operator==(const Team &a, const Team &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description
            && a.role == b.role;
    }
    friend bool operator!=(const Team &a, const Team &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::Team)
