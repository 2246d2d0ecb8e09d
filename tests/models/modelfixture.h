#pragma once

// Shared by the model and UI tests: an ApiClient on a TestSandbox, and the sandbox's records
// converted to the API's value types so tests compare what the models show with the truth.

#include "apiclient.h"
#include "sandboxtypes.h"
#include "testsandbox.h"
#include "user.h"

#include <QDateTime>
#include <QJsonObject>

namespace fttest {

// A client for `sandbox` with fast retries (tests inject failures on purpose).
inline ftapi::ApiClient *newClient(TestSandbox &sandbox, QObject *parent = nullptr)
{
    const ftsandbox::SandboxOptions &options = sandbox.server().options();
    auto *client = new ftapi::ApiClient(&sandbox.manager(), sandbox.server().baseUrl(),
                                        { options.apiKey, options.apiSecret }, parent);
    client->scheduler()->setRetryBaseDelay(1);
    client->scheduler()->setTransferTimeout(10000);
    return client;
}

inline ftsandbox::SandboxOptions generatedAccount(int users, int groups = 4, int connections = 12,
                                                  int membershipsPerUser = 3)
{
    ftsandbox::SandboxOptions options;
    options.users = users;
    options.groups = groups;
    options.connections = connections;
    options.membershipsPerUser = membershipsPerUser;
    return options;
}

inline QDateTime sandboxTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

// The writes (every request but GET) the sandbox has handled since it started.
inline int writesHandled(TestSandbox &sandbox)
{
    int writes = 0;
    const QJsonObject handled =
        sandbox.server().stats().value(QStringLiteral("handled")).toObject();
    for (auto it = handled.begin(); it != handled.end(); ++it) {
        if (!it.key().startsWith(QStringLiteral("GET ")))
            writes += it.value().toInt();
    }
    return writes;
}

inline ftapi::User toApiUser(const ftsandbox::SandboxUser &u)
{
    ftapi::User user;
    user.id = u.id;
    user.email = u.email;
    user.givenName = u.givenName;
    user.familyName = u.familyName;
    user.phone = u.phone;
    user.picture = u.picture;
    user.role = u.role;
    user.verified = u.verified;
    user.invited = u.invited;
    user.active = u.active;
    user.createdAt = sandboxTime(u.createdAt);
    if (u.loggedInAt)
        user.loggedInAt = sandboxTime(*u.loggedInAt);
    user.userType = u.userType;
    return user;
}

} // namespace fttest
