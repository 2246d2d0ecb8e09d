#pragma once

#include <QString>

namespace ftapi {
struct User;
}

namespace ftmodels {

// A user's standing in words a non-technical owner understands, derived from the three
// read-only flags the API sends (active, invited, verified). The order is the sort order.
enum class UserStatus { Active, InvitationPending, EmailNotVerified, Suspended };

constexpr int kUserStatusCount = 4;

UserStatus userStatus(const ftapi::User &user);
QString statusText(UserStatus status); // "Invitation pending"
QString statusExplanation(UserStatus status); // one sentence for a tooltip

} // namespace ftmodels
