#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ftapi {

// One user of the account, every field of API.md's User. JSON `null` (or a missing field) in
// a nullable field is std::nullopt: `role` nullopt means "no account role",
// `loggedInAt` nullopt means "never logged in".
struct User
{
    QString id;
    QString email;
    QString givenName;
    QString familyName;
    std::optional<QString> phone;
    std::optional<QString> picture; // URL or data: URI
    std::optional<QString> role; // account role name
    bool verified = false;
    bool invited = false;
    bool active = false;
    QDateTime createdAt; // invalid when the server did not send it
    std::optional<QDateTime> loggedInAt; // nullopt: never logged in
    QString userType; // "REGULAR_USER", "SERVICE_ACCOUNT"; empty when absent

    QString fullName() const
    {
        if (givenName.isEmpty())
            return familyName;
        if (familyName.isEmpty())
            return givenName;
        return givenName + QLatin1Char(' ') + familyName;
    }

    friend bool operator==(const User &a, const User &b)
    {
        return a.id == b.id && a.email == b.email && a.givenName == b.givenName
            && a.familyName == b.familyName && a.phone == b.phone && a.picture == b.picture
            && a.role == b.role && a.verified == b.verified && a.invited == b.invited
            && a.active == b.active && a.createdAt == b.createdAt && a.loggedInAt == b.loggedInAt
            && a.userType == b.userType;
    }
    friend bool operator!=(const User &a, const User &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::User)
