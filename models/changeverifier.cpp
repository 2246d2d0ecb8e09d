#include "changeverifier.h"

#include "apiclient.h"

#include <QTimer>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::ApiResult;
using Problem = ftapi::ApiError::Problem;
using State = ChangeVerifier::Verdict::State;

namespace {

// The fields a modify_user sets already hold these values.
bool hasFields(const ftapi::User &user, const ftapi::UserUpdate &u)
{
    return (!u.givenName || *u.givenName == user.givenName)
        && (!u.familyName || *u.familyName == user.familyName)
        && (!u.phone || *u.phone == user.phone) && (!u.picture || *u.picture == user.picture)
        && (!u.role || *u.role == user.role);
}

ChangeVerifier::Verdict verdict(State state, const QString &why = {},
                                const ftapi::ApiError &error = {})
{
    ChangeVerifier::Verdict v;
    v.state = state;
    v.why = why;
    v.error = error;
    return v;
}

} // namespace

ChangeVerifier::ChangeVerifier(ftapi::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ChangeVerifier::verify(const Change &c, const QString &userId, Done done)
{
    if (!m_client) {
        QTimer::singleShot(0, this, [done] {
            done(verdict(State::Unreadable, {},
                         ftapi::ApiError::make(ftapi::ApiError::Kind::InvalidRequest,
                                               tr("Not connected to a Fivetran account."))));
        });
        return;
    }
    switch (c.op) {
    case ChangeOp::CreateUser:
        // No route finds a user by e-mail: read the list.
        m_client->listUsers(this, [c, done](const ApiResult<QVector<ftapi::User>> &r) {
            if (!r)
                return done(verdict(State::Unreadable, {}, r.error()));
            for (const ftapi::User &u : r.value()) {
                if (u.email.compare(c.invitation.email, Qt::CaseInsensitive) != 0)
                    continue;
                if (u.givenName != c.invitation.givenName || u.familyName != c.invitation.familyName
                    || u.role != c.invitation.role)
                    return done(
                        verdict(State::Impossible,
                                tr("%1 is already a user of the account, with other details.")
                                    .arg(u.email)));
                Verdict v = verdict(State::InEffect);
                v.user = u;
                return done(v);
            }
            done(verdict(State::NotInEffect));
        });
        break;
    case ChangeOp::ModifyUser:
    case ChangeOp::RemoveAccountRole:
    case ChangeOp::DeleteUser:
        m_client->getUser(userId, this, [c, done](const ApiResult<ftapi::User> &r) {
            if (!r && r.error().problem() == Problem::UserNotFound)
                return done(c.op == ChangeOp::DeleteUser
                                ? verdict(State::InEffect)
                                : verdict(State::Impossible, r.error().userText(), r.error()));
            if (!r)
                return done(verdict(State::Unreadable, {}, r.error()));
            const bool holds = c.op == ChangeOp::ModifyUser ? hasFields(r.value(), c.update)
                : c.op == ChangeOp::RemoveAccountRole       ? !r.value().role.has_value()
                                                            : false;
            Verdict v = verdict(holds ? State::InEffect : State::NotInEffect);
            v.user = r.value();
            done(v);
        });
        break;
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
    case ChangeOp::DeleteMembership:
        m_client->getMembership(
            c.kind, userId, c.targetId, this, [c, done](const ApiResult<ftapi::Membership> &r) {
                const Problem problem = r ? Problem::None : r.error().problem();
                const bool missing = problem == Problem::MembershipNotFound
                    || problem == Problem::GroupNotFound || problem == Problem::ConnectionNotFound
                    || problem == Problem::UserNotFound;
                if (c.op == ChangeOp::DeleteMembership) {
                    if (missing)
                        return done(verdict(State::InEffect));
                    if (!r)
                        return done(verdict(State::Unreadable, {}, r.error()));
                    Verdict v = verdict(State::NotInEffect);
                    v.membership = r.value();
                    return done(v);
                }
                if (missing) {
                    // Not a member: an addition may be sent (again); a role change cannot
                    // hold, nor can anything for a user or target that is gone.
                    if (c.op == ChangeOp::AddMembership && problem == Problem::MembershipNotFound)
                        return done(verdict(State::NotInEffect));
                    return done(verdict(State::Impossible, r.error().userText(), r.error()));
                }
                if (!r)
                    return done(verdict(State::Unreadable, {}, r.error()));
                Verdict v;
                v.membership = r.value();
                if (r.value().role == c.role) {
                    v.state = State::InEffect;
                } else if (c.op == ChangeOp::AddMembership) {
                    v.state = State::Impossible;
                    v.why = tr("Already a member there, with the role %1.").arg(r.value().role);
                } else {
                    v.state = State::NotInEffect;
                }
                done(v);
            });
        break;
    }
}

} // namespace ftmodels
