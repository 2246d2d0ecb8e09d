#include "userstatus.h"

#include "user.h"

#include <QCoreApplication>

namespace ftmodels {

// The mapping, first match wins:
//   active == false                   -> Suspended: whatever else is true, the account cannot
//                                        be used, and that is what an owner needs to see first.
//   invited == true, verified == false -> Invitation pending: invited, has not accepted yet.
//   verified == false                 -> E-mail not verified: joined but never confirmed.
//   otherwise                         -> Active.
UserStatus userStatus(const ftapi::User &user)
{
    if (!user.active)
        return UserStatus::Suspended;
    if (user.invited && !user.verified)
        return UserStatus::InvitationPending;
    if (!user.verified)
        return UserStatus::EmailNotVerified;
    return UserStatus::Active;
}

QString statusText(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QCoreApplication::translate("ftmodels", "Active");
    case UserStatus::InvitationPending:
        return QCoreApplication::translate("ftmodels", "Invitation pending");
    case UserStatus::EmailNotVerified:
        return QCoreApplication::translate("ftmodels", "E-mail not verified");
    case UserStatus::Suspended:
        return QCoreApplication::translate("ftmodels", "Suspended");
    }
    return {};
}

QString statusExplanation(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return QCoreApplication::translate("ftmodels", "Can sign in and use the account.");
    case UserStatus::InvitationPending:
        return QCoreApplication::translate("ftmodels",
                                           "Was invited and has not accepted the invitation yet.");
    case UserStatus::EmailNotVerified:
        return QCoreApplication::translate(
            "ftmodels", "Has joined but has not confirmed the e-mail address yet.");
    case UserStatus::Suspended:
        return QCoreApplication::translate("ftmodels",
                                           "The account is disabled: this person cannot sign in.");
    }
    return {};
}

} // namespace ftmodels
