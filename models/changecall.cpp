#include "changecall.h"

#include "apiclient.h"

namespace ftmodels {

using ftapi::ApiResult;

quint64 sendChange(ftapi::ApiClient *client, const Change &c, const QString &userId,
                   QObject *context, ChangeAnswer done)
{
    auto onUser = [done](const ApiResult<ftapi::User> &r) {
        if (r)
            done(nullptr, r.value(), std::nullopt);
        else
            done(&r.error(), std::nullopt, std::nullopt);
    };
    auto onMembership = [done](const ApiResult<ftapi::Membership> &r) {
        if (r)
            done(nullptr, std::nullopt, r.value());
        else
            done(&r.error(), std::nullopt, std::nullopt);
    };
    auto onNothing = [done](const ApiResult<void> &r) {
        done(r ? nullptr : &r.error(), std::nullopt, std::nullopt);
    };
    switch (c.op) {
    case ChangeOp::CreateUser:
        return client->createUser(c.invitation, context, onUser);
    case ChangeOp::ModifyUser:
        return client->modifyUser(userId, c.update, context, onUser);
    case ChangeOp::DeleteUser:
        return client->deleteUser(userId, context, onNothing);
    case ChangeOp::RemoveAccountRole:
        return client->removeAccountRole(userId, context, onNothing);
    case ChangeOp::AddMembership:
        return client->addMembership(c.kind, userId, c.targetId, c.role, context, onMembership);
    case ChangeOp::UpdateMembership:
        return client->updateMembership(c.kind, userId, c.targetId, c.role, context, onNothing);
    case ChangeOp::DeleteMembership:
        return client->deleteMembership(c.kind, userId, c.targetId, context, onNothing);
    }
    return 0;
}

} // namespace ftmodels
