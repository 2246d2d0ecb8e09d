#include "lastlogin.h"

namespace ftmodels {

bool lastLoginMatches(LastLogin filter, const std::optional<QDateTime> &loggedInAt,
                      const QDateTime &now)
{
    const bool never = !loggedInAt || !loggedInAt->isValid();
    const auto within = [&](int days) {
        return !never && *loggedInAt > now.addDays(-days);
    };
    switch (filter) {
    case LastLogin::Any:
        return true;
    case LastLogin::Never:
        return never;
    case LastLogin::NotIn30Days:
        return !within(30);
    case LastLogin::NotIn90Days:
        return !within(90);
    case LastLogin::NotIn180Days:
        return !within(180);
    case LastLogin::Within7Days:
        return within(7);
    }
    return true;
}

} // namespace ftmodels
