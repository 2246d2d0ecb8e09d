#pragma once

#include "userstatus.h"

#include <QDateTime>
#include <QFlags>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace ftmodels {

// What an audit row grants access to: the account itself (the account role), a destination
// (a group membership) or a connection.
enum class AuditKind { Account, Destination, Connection };

// Hygiene problems an auditor wants to find. The first four describe the user and are set on
// every row of that user; the last three describe the row's own access.
enum class AuditFlag : quint32 {
    StaleInvitation = 0x01, // invitation pending for more than 30 days
    NoRecentLogin = 0x02, // logged in once, but not in the last 90 days
    NeverLoggedIn = 0x04, // never logged in
    NoAccountRole = 0x08, // no account role
    DeprecatedRole = 0x10, // the row's role is marked is_deprecated by GET /roles
    MissingTarget = 0x20, // the destination or connection no longer exists
    RedundantGrant = 0x40, // a membership whose level another path already gives at least
};
Q_DECLARE_FLAGS(AuditFlags, AuditFlag)

// One access of one user, as the audit lists it and exports it. A user always has exactly
// one Account row (role empty when the user has no account role), followed by one row per
// destination membership and one per connection membership, in the server's order.
struct AuditRow
{
    QString userId;
    QString userName; // given and family name
    QString email;
    UserStatus status = UserStatus::Active;
    std::optional<QDateTime> lastLogin; // nullopt: never logged in
    AuditKind kind = AuditKind::Account;
    QString targetId; // empty for Account rows
    QString targetName; // the destination's name or the connection's "schema (service)";
                        // empty for Account rows and for targets that are missing or unknown
    QString role; // empty: none
    QDateTime since; // membership's created_at; the user's created_at for Account rows
    AuditFlags flags;

    friend bool operator==(const AuditRow &a, const AuditRow &b)
    {
        return a.userId == b.userId && a.userName == b.userName && a.email == b.email
            && a.status == b.status && a.lastLogin == b.lastLogin && a.kind == b.kind
            && a.targetId == b.targetId && a.targetName == b.targetName && a.role == b.role
            && a.since == b.since && a.flags == b.flags;
    }
    friend bool operator!=(const AuditRow &a, const AuditRow &b) { return !(a == b); }
};

namespace Audit {

constexpr int kKindCount = 3;
constexpr int kFlagCount = 7;

QVector<AuditFlag> allFlags(); // in the enum's order
QVector<AuditKind> allKinds();

QString kindText(AuditKind kind); // "Destination", for people
QString kindKey(AuditKind kind); // "destination", for exports
std::optional<AuditKind> kindFromKey(const QString &key);

QString flagText(AuditFlag flag); // "Invitation pending over 30 days"
QString flagExplanation(AuditFlag flag); // one sentence for a tooltip
QString flagKey(AuditFlag flag); // "stale_invitation", for exports
std::optional<AuditFlag> flagFromKey(const QString &key);
QStringList flagTexts(AuditFlags flags); // in the enum's order
// One sign per flag, for a compact column ("✉", "☾"...); the words go in its tooltip and in
// the filter's check boxes, beside the same sign.
QString flagMark(AuditFlag flag);
QString flagMarks(AuditFlags flags); // the signs of the flags set, in the enum's order
QStringList flagKeys(AuditFlags flags);

// The flags of the user that every row of the user carries, given the audit's "now".
AuditFlags userFlags(UserStatus status, const QDateTime &createdAt,
                     const std::optional<QDateTime> &lastLogin, const QString &accountRole,
                     const QDateTime &now);

// Thresholds of the user flags.
constexpr int kStaleInvitationDays = 30;
constexpr int kNoRecentLoginDays = 90;

} // namespace Audit

} // namespace ftmodels

Q_DECLARE_OPERATORS_FOR_FLAGS(ftmodels::AuditFlags)
Q_DECLARE_METATYPE(ftmodels::AuditRow)
