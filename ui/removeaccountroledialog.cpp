#include "removeaccountroledialog.h"

#include "membershipsmodel.h"
#include "messagewidget.h"
#include "plan.h"
#include "planrun.h"
#include "rolesmodel.h"
#include "session.h"
#include "usersmodel.h"

#include <QLabel>
#include <QPushButton>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

QString countText(int count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

} // namespace

RemoveAccountRoleDialog::RemoveAccountRoleDialog(ftmodels::Session *session, const QString &userId,
                                                 QWidget *parent)
    : ApiDialog(session, parent)
{
    setObjectName(u"removeAccountRoleDialog"_s);
    const ftapi::User *user = session->users()->user(userId);
    if (user)
        m_user = *user;
    else
        m_user.id = userId;
    setWindowTitle(tr("Remove Account Role"));
    setOkText(tr("Remove Role"));

    m_explanation = addNote(consequences());
    m_explanation->setObjectName(u"explanation"_s);

    if (!user)
        showRefusal(tr("This user is no longer in the list. Press F5 to refresh."));
    else if (!m_user.role)
        showRefusal(tr("%1 has no account role to remove.").arg(displayName(m_user)));
    else if (isLastAccountAdministrator(session, m_user))
        showRefusal(tr("%1 is the account's only %2, so this role cannot be removed: the "
                       "account would be left without anyone who can manage it. Make someone "
                       "else %2 first.")
                        .arg(displayName(m_user), accountAdministratorRole()));
    else if (const QString warning = lastAdministratorWarning(session, m_user); !warning.isEmpty())
        banner()->showMessage(warning, MessageWidget::Type::Warning);
    revalidate();
    cancelButton()->setFocus();
}

QString RemoveAccountRoleDialog::consequences() const
{
    if (!m_user.role)
        return {};
    const QString name = displayName(m_user);
    QString text = tr("%1 will no longer be %2.").arg(name, *m_user.role);
    const QString description = session()->roles()->description(*m_user.role);
    if (!description.isEmpty())
        text += u' ' + tr("They lose what this role allows: %1").arg(description);

    // Say what stays, with numbers when the memberships of this user are at hand.
    const ftmodels::MembershipsModel *memberships = session()->memberships();
    if (memberships->userId() == m_user.id && memberships->hasLoaded(ftapi::MembershipKind::Group)
        && memberships->hasLoaded(ftapi::MembershipKind::Connection)) {
        text += u"\n\n"_s
            + tr("They stay in the account, can still sign in, and keep their %1 and %2.")
                  .arg(countText(memberships->count(ftapi::MembershipKind::Group),
                                 tr("destination membership"), tr("destination memberships")),
                       countText(memberships->count(ftapi::MembershipKind::Connection),
                                 tr("connection membership"), tr("connection memberships")));
    } else {
        text += u"\n\n"_s
            + tr("They stay in the account, can still sign in, and keep their destination and "
                 "connection memberships.");
    }
    return text;
}

bool RemoveAccountRoleDialog::validate()
{
    return m_user.role.has_value();
}

void RemoveAccountRoleDialog::submit()
{
    applyPlan(
        ftmodels::Plan({ ftmodels::Change::removeAccountRole(m_user.id).expecting(m_user) }),
        tr("Removing the role…"), [this](const ftmodels::PlanRun &) {
            Q_EMIT userChanged(m_user.id);
            succeed(
                tr("%1 is no longer %2").arg(displayName(m_user), m_user.role.value_or(QString())));
        });
}

} // namespace ftui
