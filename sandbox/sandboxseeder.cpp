#include "sandboxseeder.h"

#include "sandboxstore.h"
#include "sandboxwords.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace ftsandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kYearMs = 365LL * kDayMs;

QString timestamp(qint64 msecs)
{
    return SandboxStore::timestamp(msecs);
}

// A weighted choice: `weights` are percentages (or any positive numbers) per entry of `items`.
QString pick(QRandomGenerator &random, const QStringList &items, const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = random.bounded(total);
    for (qsizetype i = 0; i < items.size(); ++i) {
        roll -= weights.at(i);
        if (roll < 0)
            return items.at(i);
    }
    return items.constLast();
}

QString pickOne(QRandomGenerator &random, const QStringList &items)
{
    return items.at(random.bounded(int(items.size())));
}

bool chance(QRandomGenerator &random, int percent)
{
    return random.bounded(100) < percent;
}

qint64 between(QRandomGenerator &random, qint64 from, qint64 to)
{
    return to <= from ? from : from + qint64(random.bounded(double(to - from)));
}

// The instant of one of our own timestamps ("2024-06-01T09:00:00.000Z"); 0 if unreadable.
qint64 sandboxMSecs(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

struct Target
{
    QString id;
    qint64 createdMs;
};

} // namespace

qint64 SandboxSeeder::referenceMSecs()
{
    return QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

void SandboxSeeder::seed(SandboxStore &store, const SandboxOptions &options)
{
    store.clear();
    if (options.users < 0)
        seedDemo(store);
    else
        seedGenerated(store, options);
}

void SandboxSeeder::seedGenerated(SandboxStore &store, const SandboxOptions &options)
{
    QRandomGenerator random(options.seed);
    store.setIdSeed(options.seed);
    const qint64 now = options.referenceMSecs > 0 ? options.referenceMSecs : referenceMSecs();
    const qint64 accountStart = now - 6 * kYearMs;

    // Destinations first: they are older than most users.
    QVector<Target> groups;
    QSet<QString> groupNames;
    for (int i = 0; i < options.groups; ++i) {
        QString name = pickOne(random, SandboxWords::teams()).replace(u'-', u' ') + u' '
            + pickOne(random, SandboxWords::warehouses());
        for (int n = 2; groupNames.contains(name); ++n)
            name = name.section(u" #"_s, 0, 0) + u" #"_s + QString::number(n);
        groupNames.insert(name);
        SandboxGroup group;
        group.name = name;
        const qint64 created = between(random, accountStart, now - 30 * kDayMs);
        group.createdAt = timestamp(created);
        groups.append({ store.addGroup(std::move(group)).id, created });
    }

    QVector<Target> connections;
    QSet<QString> schemas;
    const QStringList frequencies { u"5"_s, u"15"_s, u"60"_s, u"360"_s, u"1440"_s };
    for (int i = 0; !groups.isEmpty() && i < options.connections; ++i) {
        const Target &group = groups.at(random.bounded(int(groups.size())));
        SandboxConnection connection;
        connection.groupId = group.id;
        connection.service = pickOne(random, SandboxWords::services());
        // "salesforce", then "salesforce_eu" and the like, then "salesforce_3".
        QString schema = connection.service;
        for (int attempt = 0; schemas.contains(schema) && attempt < 4; ++attempt)
            schema = connection.service + u'_' + pickOne(random, SandboxWords::schemaSuffixes());
        for (int n = 2; schemas.contains(schema); ++n)
            schema = connection.service + u'_' + QString::number(n);
        schemas.insert(schema);
        connection.schema = schema;
        connection.paused = chance(random, 12);
        connection.syncFrequency = pick(random, frequencies, { 5, 20, 35, 30, 10 }).toInt();
        const qint64 created = between(random, group.createdMs, now - kDayMs);
        connection.createdAt = timestamp(created);
        connections.append({ store.addConnection(std::move(connection)).id, created });
    }
    // Connections deleted since people were given access to them: their memberships remain.
    QStringList ghosts;
    const int ghostCount =
        connections.isEmpty() ? 0 : std::min(5, 1 + int(connections.size()) / 30);
    for (int i = 0; i < ghostCount; ++i)
        ghosts.append(store.newId());

    // Users in order of arrival: the first one opened the account.
    QVector<qint64> arrivals(std::max(0, options.users));
    for (qint64 &arrival : arrivals)
        arrival = between(random, accountStart, now - kDayMs);
    std::sort(arrivals.begin(), arrivals.end());

    const QStringList accountRoles { u"Account Administrator"_s,
                                     u"Account Billing"_s,
                                     u"Account Analyst"_s,
                                     u"Account Reviewer"_s,
                                     u"Destination Creator"_s,
                                     u"Security Auditor"_s,
                                     QString() };
    const QList<int> accountWeights { 4, 3, 15, 32, 8, 3, 35 };
    const QStringList groupRoles { u"Manage Destination"_s,  u"Edit Destination"_s,
                                   u"View Destination"_s,    u"Create Connection"_s,
                                   u"Destination Analyst"_s, u"Destination Reviewer"_s };
    const QList<int> groupWeights { 15, 25, 45, 5, 5, 5 };
    const QStringList connectionRoles { u"Manage Connection"_s, u"Edit Connection"_s,
                                        u"View Connection"_s, u"Connector Collaborator"_s,
                                        u"Connector Reviewer"_s };
    const QList<int> connectionWeights { 15, 30, 45, 5, 5 };
    const QStringList domains { u"example.com"_s, u"contractors.example.net"_s,
                                u"partner.example.org"_s };
    const QList<int> domainWeights { 88, 8, 4 };
    const QStringList services { u"airflow"_s, u"dbt"_s, u"terraform"_s, u"looker"_s };

    store.reserveUsers(options.users);
    for (int i = 0; i < options.users; ++i) {
        SandboxUser user;
        const qint64 created = arrivals.at(i);
        user.createdAt = timestamp(created);
        const bool serviceAccount = i > 0 && chance(random, 1);
        QString local;
        if (serviceAccount) {
            const QString tool = pickOne(random, services);
            user.userType = u"SERVICE_ACCOUNT"_s;
            user.givenName = tool.at(0).toUpper() + tool.mid(1);
            user.familyName = u"Service Account"_s;
            local = tool + u"-svc"_s;
        } else {
            user.givenName = pickOne(random, SandboxWords::givenNames());
            user.familyName = pickOne(random, SandboxWords::familyNames());
            local = user.givenName.toLower() + u'.' + user.familyName.toLower();
        }
        const QString domain = pick(random, domains, domainWeights);
        QString email = local + u'@' + domain;
        while (store.userByEmail(email))
            email = local + QString::number(random.bounded(2, 1000)) + u'@' + domain;
        user.email = email;

        const QString role =
            i == 0 ? accountRoles.constFirst() : pick(random, accountRoles, accountWeights);
        if (!role.isEmpty())
            user.role = role;

        const int state = i == 0 ? 99 : random.bounded(100);
        if (state < 8) { // invited, has not accepted yet
            user.invited = true;
            user.verified = false;
        } else if (state < 15 || serviceAccount) { // accepted, never signed in
            user.verified = true;
        } else {
            // Most people who use the account signed in lately; some not for a long time.
            const int recency = random.bounded(100);
            const qint64 since = recency < 70 ? now - 30 * kDayMs
                : recency < 90                ? now - kYearMs
                                              : created;
            user.loggedInAt = timestamp(between(random, std::max(created, since), now));
        }
        user.active = i == 0 || !chance(random, 4);
        if (chance(random, 30))
            user.phone = chance(random, 70)
                ? u"+1 415 555 01%1"_s.arg(random.bounded(100), 2, 10, QLatin1Char('0'))
                : u"+44 20 7946 0%1"_s.arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        user.id = store.newId();
        if (chance(random, 8))
            user.picture = u"https://avatars.example.com/"_s + user.id + u".png"_s;
        const QString userId = store.addUser(std::move(user)).id;

        // Memberships: on average membershipsPerUser, in distinct targets.
        const int count = random.bounded(2 * std::max(0, options.membershipsPerUser) + 1);
        QVarLengthArray<const Target *, 16> chosen; // a handful: a linear search is fastest
        for (int m = 0; m < count; ++m) {
            const bool inGroup = connections.isEmpty() || (!groups.isEmpty() && chance(random, 40));
            const QVector<Target> &pool = inGroup ? groups : connections;
            if (pool.isEmpty())
                break;
            const Target &target = pool.at(random.bounded(int(pool.size())));
            if (chosen.contains(&target))
                continue;
            chosen.append(&target);
            SandboxMembership membership;
            membership.id = target.id;
            membership.createdAt =
                timestamp(between(random, std::max(created, target.createdMs), now));
            if (inGroup) {
                membership.role = pick(random, groupRoles, groupWeights);
                store.addGroupMembership(userId, std::move(membership));
            } else {
                membership.role = pick(random, connectionRoles, connectionWeights);
                store.addConnectionMembership(userId, std::move(membership));
            }
        }
        if (!ghosts.isEmpty() && (i == options.users / 2 || chance(random, 1))) {
            SandboxMembership orphan;
            orphan.id = pickOne(random, ghosts);
            orphan.role = pick(random, connectionRoles, connectionWeights);
            orphan.createdAt = timestamp(between(random, created, now));
            store.addConnectionMembership(userId, std::move(orphan));
        }
    }
    seedGeneratedTeams(store, options.teams, now, random);
}

void SandboxSeeder::seedGeneratedTeams(SandboxStore &store, int count, qint64 now,
                                       QRandomGenerator &random)
{
    const QStringList kinds { u"Analysts"_s, u"Engineers"_s, u"Reviewers"_s,   u"Admins"_s,
                              u"Stewards"_s, u"Owners"_s,    u"Contractors"_s, u"On-call"_s };
    // An empty entry: the team has no account role (the usual case).
    const QStringList accountRoles { QString(),
                                     u"Account Reviewer"_s,
                                     u"Account Analyst"_s,
                                     u"Account Administrator"_s,
                                     u"Account Billing"_s,
                                     u"Destination Creator"_s,
                                     u"Security Auditor"_s };
    const QList<int> accountWeights { 55, 18, 8, 3, 5, 5, 6 };
    const QStringList groupRoles { u"Manage Destination"_s,   u"Edit Destination"_s,
                                   u"View Destination"_s,     u"Create Connection"_s,
                                   u"Destination Reviewer"_s, u"Data Steward"_s };
    const QList<int> groupWeights { 15, 30, 35, 5, 10, 5 };
    const QStringList connectionRoles { u"Manage Connection"_s, u"Edit Connection"_s,
                                        u"View Connection"_s, u"Connector Administrator"_s,
                                        u"Data Steward"_s };
    const QList<int> connectionWeights { 20, 30, 35, 10, 5 };

    const QVector<SandboxUser> &users = store.users();
    const QVector<SandboxGroup> groups = store.groups();
    const QVector<SandboxConnection> connections = store.connections();
    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        const QString word = pickOne(random, SandboxWords::teams()).replace(u'-', u' ');
        QString name = word + u' ' + pickOne(random, kinds);
        for (int n = 2; names.contains(name); ++n)
            name = name.section(u" #"_s, 0, 0) + u" #"_s + QString::number(n);
        names.insert(name);
        SandboxTeam team;
        team.name = name;
        team.description = u"People who work on %1"_s.arg(word.toLower());
        const QString role = pick(random, accountRoles, accountWeights);
        if (!role.isEmpty())
            team.role = role;
        const QString teamId = store.addTeam(std::move(team)).id;

        // Members: a dozen at most, distinct; about one in five manages the team.
        const int memberCount =
            users.isEmpty() ? 0 : random.bounded(std::min(13, int(users.size()) + 1));
        QSet<QString> chosen;
        for (int m = 0; m < memberCount; ++m) {
            const QString &userId = users.at(random.bounded(int(users.size()))).id;
            if (chosen.contains(userId))
                continue;
            chosen.insert(userId);
            store.addTeamMember(teamId, userId,
                                chance(random, 20) ? u"Team Manager"_s : u"Team Member"_s);
        }
        auto grant = [&](const auto &pool, int most, const QStringList &roles,
                         const QList<int> &weights, bool destinations) {
            const int grants = pool.isEmpty() ? 0 : random.bounded(most + 1);
            QSet<QString> granted;
            for (int g = 0; g < grants; ++g) {
                const auto &target = pool.at(random.bounded(int(pool.size())));
                if (granted.contains(target.id))
                    continue;
                granted.insert(target.id);
                SandboxMembership membership;
                membership.id = target.id;
                membership.role = pick(random, roles, weights);
                membership.createdAt =
                    timestamp(between(random, sandboxMSecs(target.createdAt), now));
                if (destinations)
                    store.addTeamGroup(teamId, std::move(membership));
                else
                    store.addTeamConnection(teamId, std::move(membership));
            }
        };
        grant(groups, 2, groupRoles, groupWeights, true);
        grant(connections, 3, connectionRoles, connectionWeights, false);
    }
}

namespace {

struct DemoUser
{
    const char *id;
    const char *given;
    const char *family;
    const char *email;
    const char *role; // nullptr: no account role
    const char *phone;
    const char *picture;
    const char *created;
    const char *loggedIn; // nullptr: never signed in
    bool invited;
    bool active;
};

struct DemoMembership
{
    const char *user;
    const char *target;
    const char *role;
    const char *created;
};

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

std::optional<QString> optionalText(const char *value)
{
    return value ? std::optional<QString>(QString::fromUtf8(value)) : std::nullopt;
}

} // namespace

void SandboxSeeder::seedDemo(SandboxStore &store)
{
    struct DemoGroup
    {
        const char *id, *name, *created;
    };
    const DemoGroup groups[] = {
        { "warm_harbor", "Production Snowflake", "2019-03-04T10:12:44.120Z" },
        { "quiet_summit", "Marketing BigQuery", "2020-07-21T14:03:09.554Z" },
        { "amber_meadow", "Finance Redshift", "2021-11-02T08:47:31.002Z" },
    };
    for (const DemoGroup &g : groups)
        store.addGroup({ text(g.id), text(g.name), text(g.created), 0 });

    struct DemoConnection
    {
        const char *id, *group, *service, *schema, *created;
        bool paused;
        int frequency;
    };
    const DemoConnection connections[] = {
        { "brisk_falcon", "warm_harbor", "salesforce", "salesforce", "2019-03-05T09:00:12.410Z",
          false, 60 },
        { "placid_otter", "warm_harbor", "postgres", "app_db", "2019-04-11T16:22:05.937Z", false,
          15 },
        { "jolly_kettle", "warm_harbor", "zendesk", "zendesk", "2022-01-18T11:40:52.601Z", false,
          360 },
        { "lucid_beacon", "quiet_summit", "hubspot", "hubspot", "2020-07-22T10:31:18.245Z", false,
          360 },
        { "mellow_reef", "quiet_summit", "google_ads", "google_ads", "2020-09-30T13:15:40.078Z",
          false, 1440 },
        { "sturdy_ledge", "amber_meadow", "stripe", "stripe", "2021-11-03T09:05:27.733Z", false,
          60 },
        { "tidy_ferry", "amber_meadow", "netsuite", "netsuite_suiteanalytics",
          "2022-02-14T15:58:03.319Z", false, 1440 },
        { "hazel_quill", "amber_meadow", "google_sheets", "budget_2024", "2023-12-01T12:00:45.880Z",
          true, 1440 },
    };
    for (const DemoConnection &c : connections) {
        SandboxConnection connection;
        connection.id = text(c.id);
        connection.groupId = text(c.group);
        connection.service = text(c.service);
        connection.schema = text(c.schema);
        connection.createdAt = text(c.created);
        connection.paused = c.paused;
        connection.syncFrequency = c.frequency;
        store.addConnection(std::move(connection));
    }

    const DemoUser users[] = {
        { "nozzle_eat", "Olivia", "Bennett", "olivia.bennett@example.com", "Account Administrator",
          "+1 415 555 0142", nullptr, "2019-03-01T08:30:11.204Z", "2024-05-31T16:02:47.519Z", false,
          true },
        { "decorum_mantle", "Marcus", "Chen", "marcus.chen@example.com", "Account Administrator",
          nullptr, "https://avatars.example.com/decorum_mantle.png", "2019-06-17T13:45:02.881Z",
          "2024-05-30T09:12:33.070Z", false, true },
        { "candid_atlas", "Priya", "Sharma", "priya.sharma@example.com", "Account Analyst",
          "+44 20 7946 0321", nullptr, "2020-02-10T10:05:56.349Z", "2024-05-28T14:27:19.802Z",
          false, true },
        { "gentle_canyon", "Daniel", "Okafor", "daniel.okafor@example.com", "Account Reviewer",
          nullptr, nullptr, "2020-08-03T07:58:40.615Z", "2024-04-19T11:03:08.447Z", false, true },
        { "vivid_oasis", "Sofia", "Rossi", "sofia.rossi@example.com", "Destination Creator",
          nullptr, nullptr, "2021-05-24T15:20:13.990Z", "2024-05-21T08:44:55.163Z", false, true },
        { "keen_walnut", "James", "Walker", "james.walker@example.com", nullptr, "+1 415 555 0177",
          nullptr, "2021-09-13T12:11:27.528Z", "2024-05-29T17:36:01.254Z", false, true },
        { "rosy_lantern", "Emma", "Larsson", "emma.larsson@example.com", "Account Billing", nullptr,
          "https://avatars.example.com/rosy_lantern.png", "2022-03-07T09:49:50.073Z",
          "2024-03-02T10:15:42.906Z", false, true },
        { "frosty_paddle", "Hannah", "M\xc3\xbcller", "hannah.mueller@example.com", nullptr,
          nullptr, nullptr, "2023-01-16T14:30:38.712Z", nullptr, false, true },
        { "lunar_quiver", "Lucas", "Martin", "lucas.martin@contractors.example.net",
          "Account Reviewer", nullptr, nullptr, "2022-06-20T11:02:19.384Z",
          "2023-02-10T16:51:04.627Z", false, false },
        { "ember_wren", "Noah", "Kim", "noah.kim@example.com", "Account Reviewer", nullptr, nullptr,
          "2024-05-27T10:18:46.059Z", nullptr, true, true },
    };
    for (const DemoUser &d : users) {
        SandboxUser user;
        user.id = text(d.id);
        user.givenName = text(d.given);
        user.familyName = text(d.family);
        user.email = text(d.email);
        user.role = optionalText(d.role);
        user.phone = optionalText(d.phone);
        user.picture = optionalText(d.picture);
        user.createdAt = text(d.created);
        user.loggedInAt = optionalText(d.loggedIn);
        user.invited = d.invited;
        user.verified = !d.invited;
        user.active = d.active;
        store.addUser(std::move(user));
    }

    const DemoMembership groupMemberships[] = {
        { "candid_atlas", "warm_harbor", "Edit Destination", "2020-02-11T09:00:00.000Z" },
        { "candid_atlas", "amber_meadow", "View Destination", "2021-11-05T10:30:00.000Z" },
        { "vivid_oasis", "quiet_summit", "Manage Destination", "2021-05-25T08:15:00.000Z" },
        { "keen_walnut", "warm_harbor", "Manage Destination", "2021-09-14T13:00:00.000Z" },
        { "frosty_paddle", "quiet_summit", "View Destination", "2023-01-17T09:45:00.000Z" },
        { "ember_wren", "amber_meadow", "View Destination", "2024-05-27T10:20:00.000Z" },
    };

    const DemoMembership connectionMemberships[] = {
        { "gentle_canyon", "brisk_falcon", "View Connection", "2020-08-04T10:00:00.000Z" },
        { "gentle_canyon", "lucid_beacon", "View Connection", "2020-08-04T10:05:00.000Z" },
        { "keen_walnut", "placid_otter", "Manage Connection", "2021-09-14T13:10:00.000Z" },
        { "rosy_lantern", "sturdy_ledge", "Edit Connection", "2022-03-08T11:20:00.000Z" },
        { "frosty_paddle", "mellow_reef", "Edit Connection", "2023-01-17T09:50:00.000Z" },
        { "lunar_quiver", "jolly_kettle", "Connector Collaborator", "2022-06-21T08:00:00.000Z" },
        // A connection deleted since: the membership stays behind (audits should spot it).
        { "lunar_quiver", "gone_jetty", "View Connection", "2022-06-21T08:05:00.000Z" },
    };
    for (const DemoMembership &m : groupMemberships)
        store.addGroupMembership(text(m.user),
                                 { text(m.target), text(m.role), text(m.created), 0 });
    for (const DemoMembership &m : connectionMemberships)
        store.addConnectionMembership(text(m.user),
                                      { text(m.target), text(m.role), text(m.created), 0 });
    seedDemoTeams(store);
}

void SandboxSeeder::seedDemoTeams(SandboxStore &store)
{
    struct DemoTeam
    {
        const char *id, *name, *description, *role; // role nullptr: no account role
    };
    const DemoTeam teams[] = {
        { "coral_ledger", "Finance Analysts", "Month-end reporting and budgets", nullptr },
        { "swift_compass", "Marketing Ops", "Campaign data and ad spend", nullptr },
        { "noble_spruce", "Data Stewards", "Curate the schemas of shared sources", nullptr },
        { "silver_brook", "Platform Reviewers", "Read-only review of the whole account",
          "Account Reviewer" },
        { "dusty_anchor", "Contractors", "External help; nobody is in it right now",
          "Account Analyst" },
    };
    for (const DemoTeam &t : teams) {
        SandboxTeam team;
        team.id = text(t.id);
        team.name = text(t.name);
        team.description = text(t.description);
        team.role = optionalText(t.role);
        store.addTeam(std::move(team));
    }
    const DemoMembership members[] = {
        { "rosy_lantern", "coral_ledger", "Team Manager", nullptr },
        { "frosty_paddle", "coral_ledger", "Team Member", nullptr },
        { "vivid_oasis", "swift_compass", "Team Manager", nullptr },
        { "keen_walnut", "swift_compass", "Team Member", nullptr },
        { "candid_atlas", "noble_spruce", "Team Member", nullptr },
        { "frosty_paddle", "silver_brook", "Team Member", nullptr },
    };
    for (const DemoMembership &m : members)
        store.addTeamMember(text(m.target), text(m.user), text(m.role));
    // user: the team here; target: the destination or connection.
    const DemoMembership groupGrants[] = {
        { "coral_ledger", "amber_meadow", "View Destination", "2022-03-08T11:00:00.000Z" },
        { "swift_compass", "quiet_summit", "Destination Analyst", "2021-05-26T09:30:00.000Z" },
        { "dusty_anchor", "warm_harbor", "View Destination", "2023-08-01T12:00:00.000Z" },
    };
    const DemoMembership connectionGrants[] = {
        { "coral_ledger", "tidy_ferry", "Edit Connection", "2022-03-08T11:05:00.000Z" },
        { "noble_spruce", "hazel_quill", "Data Steward", "2023-12-02T10:00:00.000Z" },
    };
    for (const DemoMembership &g : groupGrants)
        store.addTeamGroup(text(g.user), { text(g.target), text(g.role), text(g.created), 0 });
    for (const DemoMembership &g : connectionGrants)
        store.addTeamConnection(text(g.user), { text(g.target), text(g.role), text(g.created), 0 });
}

} // namespace ftsandbox
