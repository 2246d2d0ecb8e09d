#pragma once

#include "apierror.h"
#include "change.h"
#include "membership.h"
#include "user.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

// What the service answered to a change's call: `error` is null when it was made; `user` or
// `membership` is what the service said it now is (an invitation, a modification, an added
// membership), when it said so.
using ChangeAnswer =
    std::function<void(const ftapi::ApiError *error, const std::optional<ftapi::User> &user,
                       const std::optional<ftapi::Membership> &membership)>;

// Sends `change` to the user `userId` (empty for an invitation) as the one call of the API
// that makes it, and returns the call's id (for ApiClient::cancel). `done` runs once, while
// `context` lives.
//
//   const quint64 call = sendChange(client, change, id, this, [](const ftapi::ApiError *e,
//                                                                 auto &user, auto &membership)
//                                                                 {});
quint64 sendChange(ftapi::ApiClient *client, const Change &change, const QString &userId,
                   QObject *context, ChangeAnswer done);

} // namespace ftmodels
