#pragma once

#include "apierror.h"
#include "change.h"
#include "membership.h"
#include "user.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

// Reads whether a change holds in the account now: after a write whose answer was lost (or a
// program that stopped before it heard), the state decides whether it was made, never a
// guess and never a second write. One read per question: the user, the membership, or (for
// an invitation, found by e-mail) the user list.
class ChangeVerifier : public QObject
{
    Q_OBJECT

public:
    struct Verdict
    {
        enum class State {
            InEffect, // what the change wants holds
            NotInEffect, // it does not: sending it cannot make it twice
            Impossible, // it cannot hold (the user is gone, a member with another role...)
            Unreadable, // the state could not be read
        };
        State state = State::Unreadable;
        QString why; // Impossible: in words
        ftapi::ApiError error; // Unreadable, or the read that made it Impossible
        std::optional<ftapi::User> user; // as read, when the read was of the user
        std::optional<ftapi::Membership> membership; // as read
    };
    using Done = std::function<void(const Verdict &verdict)>;

    explicit ChangeVerifier(ftapi::ApiClient *client, QObject *parent = nullptr);

    // `userId` is the resolved user (empty for an invitation). `done` runs once, later.
    void verify(const Change &change, const QString &userId, Done done);

private:
    QPointer<ftapi::ApiClient> m_client;
};

} // namespace ftmodels
