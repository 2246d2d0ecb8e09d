#pragma once

#include <QDateTime>

#include <optional>

namespace ftmodels {

// The last-login filter of the users table: who never signed in, who has not in the last 30,
// 90 or 180 days (those who never did included), who did within the last 7 days.
enum class LastLogin { Any, Never, NotIn30Days, NotIn90Days, NotIn180Days, Within7Days };

constexpr int kLastLoginCount = 6;

// Whether a sign-in (nullopt or invalid: never) passes `filter` at `now`.
bool lastLoginMatches(LastLogin filter, const std::optional<QDateTime> &loggedInAt,
                      const QDateTime &now);

} // namespace ftmodels
