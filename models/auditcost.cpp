#include "auditcost.h"

#include <QtGlobal>

namespace ftmodels {

int AuditCost::requests(int users, int destinations, int teams, int pageLimit)
{
    const qint64 people = qMax(0, users);
    const qint64 limit = qMax(1, pageLimit);
    const qint64 userPages = qMax<qint64>(1, (people + limit - 1) / limit);
    // roles, groups and their connections, teams and their members, destinations, connections
    const qint64 lookups = 1 + 1 + qMax(0, destinations) + 1 + 3 * qint64(qMax(0, teams));
    const qint64 total = lookups + userPages + 2 * people;
    return int(qMin<qint64>(total, 2'000'000'000));
}

} // namespace ftmodels
