#pragma once

#include <QString>

#include <optional>

namespace ftapi {

// The body of PATCH /users/{id}: only the fields that were set are sent. Phone and picture can
// also be cleared, which sends JSON null. The email cannot change (API.md).
//   UserUpdate u; u.givenName = "Ann"; u.clearPhone();  ->  {"given_name":"Ann","phone":null}
struct UserUpdate
{
    std::optional<QString> givenName;
    std::optional<QString> familyName;
    std::optional<QString> role;
    // Outer nullopt: unchanged. Inner nullopt: send null (clear).
    std::optional<std::optional<QString>> phone;
    std::optional<std::optional<QString>> picture;

    void setPhone(const QString &value) { phone = std::optional<QString>(value); }
    void clearPhone() { phone = std::optional<QString>(); }
    void setPicture(const QString &value) { picture = std::optional<QString>(value); }
    void clearPicture() { picture = std::optional<QString>(); }

    bool isEmpty() const { return !givenName && !familyName && !role && !phone && !picture; }
};

} // namespace ftapi
