#pragma once

namespace ftmodels {

// The requests an access audit makes, counted before it starts from what is known of the
// account, the way AuditCollector spends them: GET /roles, the user list page by page, GET
// /groups and each destination's connections, GET /teams and three lists per team, and two
// membership lists per person.
class AuditCost
{
public:
    // `destinations`, `teams` -1: not known yet (counted as none).
    static int requests(int users, int destinations, int teams = -1, int pageLimit = 1000);
};

} // namespace ftmodels
