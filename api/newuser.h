#pragma once

#include <QString>

#include <optional>

namespace ftapi {

// The body of an invitation (POST /users). email, givenName and familyName are required;
// the optional fields are sent only when set.
struct NewUser
{
    QString email;
    QString givenName;
    QString familyName;
    std::optional<QString> phone;
    std::optional<QString> picture;
    std::optional<QString> role; // account role name; nullopt: invite without an account role
};

} // namespace ftapi
