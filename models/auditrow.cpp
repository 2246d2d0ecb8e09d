#include "auditrow.h"

#include <QCoreApplication>

namespace ftmodels::Audit {

using namespace Qt::StringLiterals;

namespace {

// The context lupdate gives tr() calls in this namespace, so the catalogue's entries match.
QString tr(const char *text)
{
    return QCoreApplication::translate("ftmodels::Audit", text);
}

} // namespace

QVector<AuditFlag> allFlags()
{
    return { AuditFlag::StaleInvitation, AuditFlag::NoRecentLogin,  AuditFlag::NeverLoggedIn,
             AuditFlag::NoAccountRole,   AuditFlag::DeprecatedRole, AuditFlag::MissingTarget,
             AuditFlag::RedundantGrant };
}

QVector<AuditKind> allKinds()
{
    return { AuditKind::Account, AuditKind::Destination, AuditKind::Connection };
}

QString kindText(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Account:
        return tr("Account");
    case AuditKind::Destination:
        return tr("Destination");
    case AuditKind::Connection:
        return tr("Connection");
    }
    return {};
}

QString kindKey(AuditKind kind)
{
    switch (kind) {
    case AuditKind::Account:
        return u"account"_s;
    case AuditKind::Destination:
        return u"destination"_s;
    case AuditKind::Connection:
        return u"connection"_s;
    }
    return {};
}

std::optional<AuditKind> kindFromKey(const QString &key)
{
    for (AuditKind kind : allKinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString flagText(AuditFlag flag)
{
    switch (flag) {
    case AuditFlag::StaleInvitation:
        return tr("Invitation pending over 30 days");
    case AuditFlag::NoRecentLogin:
        return tr("No login in 90 days");
    case AuditFlag::NeverLoggedIn:
        return tr("Never logged in");
    case AuditFlag::NoAccountRole:
        return tr("No account role");
    case AuditFlag::DeprecatedRole:
        return tr("Deprecated role");
    case AuditFlag::MissingTarget:
        return tr("Target no longer exists");
    case AuditFlag::RedundantGrant:
        return tr("Redundant grant");
    }
    return {};
}

QString flagExplanation(AuditFlag flag)
{
    switch (flag) {
    case AuditFlag::StaleInvitation:
        return tr("Was invited more than 30 days ago and has not accepted: the invitation is "
                  "probably forgotten.");
    case AuditFlag::NoRecentLogin:
        return tr("Has signed in before, but not in the last 90 days: is this access still "
                  "needed?");
    case AuditFlag::NeverLoggedIn:
        return tr("Has never signed in.");
    case AuditFlag::NoAccountRole:
        return tr("Has no account role: can only reach what memberships grant.");
    case AuditFlag::DeprecatedRole:
        return tr("The role is deprecated: move this access to the role that replaces it.");
    case AuditFlag::MissingTarget:
        return tr("The destination or connection no longer exists, but the membership "
                  "remains.");
    case AuditFlag::RedundantGrant:
        return tr("Another path (the account role, the destination, a team) already gives at "
                  "least this level: removing the membership would change nothing, a clean-up "
                  "candidate.");
    }
    return {};
}

QString flagKey(AuditFlag flag)
{
    switch (flag) {
    case AuditFlag::StaleInvitation:
        return u"stale_invitation"_s;
    case AuditFlag::NoRecentLogin:
        return u"no_login_90_days"_s;
    case AuditFlag::NeverLoggedIn:
        return u"never_logged_in"_s;
    case AuditFlag::NoAccountRole:
        return u"no_account_role"_s;
    case AuditFlag::DeprecatedRole:
        return u"deprecated_role"_s;
    case AuditFlag::MissingTarget:
        return u"missing_target"_s;
    case AuditFlag::RedundantGrant:
        return u"redundant_grant"_s;
    }
    return {};
}

std::optional<AuditFlag> flagFromKey(const QString &key)
{
    for (AuditFlag flag : allFlags()) {
        if (flagKey(flag) == key)
            return flag;
    }
    return std::nullopt;
}

QStringList flagTexts(AuditFlags flags)
{
    QStringList texts;
    for (AuditFlag flag : allFlags()) {
        if (flags.testFlag(flag))
            texts.append(flagText(flag));
    }
    return texts;
}

QString flagMark(AuditFlag flag)
{
    // Signs of DejaVu Sans, the font every Debian desktop has (and Qt falls back to).
    switch (flag) {
    case AuditFlag::StaleInvitation:
        return QStringLiteral("\u2709"); // an envelope: the invitation waits
    case AuditFlag::NoRecentLogin:
        return QStringLiteral("\u263E"); // a moon: dormant
    case AuditFlag::NeverLoggedIn:
        return QStringLiteral("\u2205"); // the empty set: not once
    case AuditFlag::NoAccountRole:
        return QStringLiteral("\u25CB"); // an empty circle: no role
    case AuditFlag::DeprecatedRole:
        return QStringLiteral("\u26A0"); // a warning sign
    case AuditFlag::MissingTarget:
        return QStringLiteral("\u2716"); // a cross: gone
    case AuditFlag::RedundantGrant:
        return QStringLiteral("\u2261"); // identical to: given twice
    }
    return {};
}

QString flagMarks(AuditFlags flags)
{
    QString marks;
    for (AuditFlag flag : allFlags()) {
        if (flags.testFlag(flag)) {
            if (!marks.isEmpty())
                marks += u' ';
            marks += flagMark(flag);
        }
    }
    return marks;
}

QStringList flagKeys(AuditFlags flags)
{
    QStringList keys;
    for (AuditFlag flag : allFlags()) {
        if (flags.testFlag(flag))
            keys.append(flagKey(flag));
    }
    return keys;
}

AuditFlags userFlags(UserStatus status, const QDateTime &createdAt,
                     const std::optional<QDateTime> &lastLogin, const QString &accountRole,
                     const QDateTime &now)
{
    AuditFlags flags;
    // The invitation is as old as the user record: inviting is what creates it.
    if (status == UserStatus::InvitationPending && createdAt.isValid()
        && createdAt < now.addDays(-kStaleInvitationDays))
        flags |= AuditFlag::StaleInvitation;
    if (!lastLogin || !lastLogin->isValid())
        flags |= AuditFlag::NeverLoggedIn;
    else if (*lastLogin < now.addDays(-kNoRecentLoginDays))
        flags |= AuditFlag::NoRecentLogin;
    if (accountRole.isEmpty())
        flags |= AuditFlag::NoAccountRole;
    return flags;
}

} // namespace ftmodels::Audit
