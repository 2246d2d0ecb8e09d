#include "changewords.h"

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

QString ChangeWords::personName(const ftapi::User *user, const QString &fallback)
{
    if (!user)
        return fallback;
    const QString name = user->fullName().trimmed();
    if (!name.isEmpty())
        return name;
    return user->email.isEmpty() ? (user->id.isEmpty() ? fallback : user->id) : user->email;
}

QString ChangeWords::describe(const Change &change, const AccountView &view, const QString &name)
{
    const ftapi::User *known = nullptr;
    if (!change.userId.isEmpty())
        known = view.user(change.userId);
    else if (change.op != ChangeOp::CreateUser)
        known = view.userByEmail(change.email);
    const QString who = !name.isEmpty()
        ? name
        : personName(known, change.userId.isEmpty() ? change.email : change.userId);
    QString where = view.targetName(change.kind, change.targetId);
    if (where.isEmpty())
        where = change.kind == MembershipKind::Group ? tr("the destination %1").arg(change.targetId)
                                                     : tr("the connection %1").arg(change.targetId);

    switch (change.op) {
    case ChangeOp::CreateUser: {
        const ftapi::NewUser &n = change.invitation;
        const QString invited = QString(n.givenName + u' ' + n.familyName).trimmed();
        return n.role ? tr("Invite %1 (%2) with the account role %3").arg(invited, n.email, *n.role)
                      : tr("Invite %1 (%2) without an account role").arg(invited, n.email);
    }
    case ChangeOp::ModifyUser: {
        const ftapi::UserUpdate &u = change.update;
        // One field: a sentence of its own; several: a list after the name.
        QStringList sentences;
        QStringList parts;
        if (u.role) {
            sentences.append(tr("Change %1's account role to %2").arg(who, *u.role));
            parts.append(tr("account role %1").arg(*u.role));
        }
        if (u.givenName) {
            sentences.append(tr("Change %1's given name to “%2”").arg(who, *u.givenName));
            parts.append(tr("given name “%1”").arg(*u.givenName));
        }
        if (u.familyName) {
            sentences.append(tr("Change %1's family name to “%2”").arg(who, *u.familyName));
            parts.append(tr("family name “%1”").arg(*u.familyName));
        }
        if (u.phone) {
            sentences.append(*u.phone ? tr("Change %1's phone to %2").arg(who, **u.phone)
                                      : tr("Remove %1's phone").arg(who));
            parts.append(*u.phone ? tr("phone %1").arg(**u.phone) : tr("no phone"));
        }
        if (u.picture) {
            sentences.append(*u.picture ? tr("Give %1 a new picture").arg(who)
                                        : tr("Remove %1's picture").arg(who));
            parts.append(*u.picture ? tr("a new picture") : tr("no picture"));
        }
        if (sentences.size() == 1)
            return sentences.constFirst();
        return tr("Update %1: %2").arg(who, parts.join(tr(", ")));
    }
    case ChangeOp::DeleteUser:
        return known ? tr("Delete the user %1 (%2)").arg(who, known->email)
                     : tr("Delete the user %1").arg(who);
    case ChangeOp::RemoveAccountRole:
        return known && known->role ? tr("Remove %1's account role (%2)").arg(who, *known->role)
                                    : tr("Remove %1's account role").arg(who);
    case ChangeOp::AddMembership:
        return tr("Give %1 the role %2 in %3").arg(who, change.role, where);
    case ChangeOp::UpdateMembership:
        return change.expectedRole && !change.expectedRole->isEmpty()
            ? tr("Change %1's role in %2 from %3 to %4")
                  .arg(who, where, *change.expectedRole, change.role)
            : tr("Change %1's role in %2 to %3").arg(who, where, change.role);
    case ChangeOp::DeleteMembership:
        return tr("Remove %1 from %2").arg(who, where);
    }
    return {};
}

} // namespace ftmodels
