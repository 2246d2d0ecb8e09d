#include "deleteuserdialog.h"

#include "messagewidget.h"
#include "namedirectory.h"
#include "plan.h"
#include "planrun.h"
#include "session.h"
#include "usersmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace ftui {

using namespace Qt::StringLiterals;

DeleteUserDialog::DeleteUserDialog(ftmodels::Session *session, const QString &userId,
                                   QWidget *parent)
    : ApiDialog(session, parent)
{
    setObjectName(u"deleteUserDialog"_s);
    if (const ftapi::User *user = session->users()->user(userId)) {
        m_user = *user;
        m_found = true;
    } else {
        m_user.id = userId;
    }
    const QString name = displayName(m_user);
    setWindowTitle(tr("Delete %1").arg(name));
    setOkText(tr("Delete User"));

    m_summary = addNote(tr("Deleting %1 (%2) removes them from the account for good. They can "
                           "no longer sign in, and to give them access again you would have to "
                           "invite them again and rebuild everything below.")
                            .arg(name, m_user.email));
    m_summary->setObjectName(u"summary"_s);
    addNote(tr("They will lose:"));
    m_losses = new QListWidget(this);
    m_losses->setObjectName(u"lossList"_s);
    m_losses->setAccessibleName(tr("They will lose:"));
    m_losses->setSelectionMode(QAbstractItemView::NoSelection);
    m_losses->setFocusPolicy(Qt::NoFocus);
    m_losses->setMinimumHeight(120);
    contentLayout()->addWidget(m_losses);

    QFormLayout *form = addForm();
    // The caption holds a whole e-mail address: above the field, so the field keeps the width
    // to show the address being typed.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmEmail"_s);
    m_confirm->setPlaceholderText(m_user.email);
    // No mnemonic here: an '&' in the address must show as itself.
    addField(form, tr("To confirm, type %1:").arg(QString(m_user.email).replace(u'&', u"&&"_s)),
             m_confirm);

    if (!m_found) {
        showRefusal(tr("This user is no longer in the list. Press F5 to refresh."));
    } else if (isLastAccountAdministrator(session, m_user)) {
        showRefusal(tr("%1 is the account's only %2 and cannot be deleted: the account would be "
                       "left without anyone who can manage it. Make someone else %2 first.")
                        .arg(name, accountAdministratorRole()));
        m_confirm->setEnabled(false);
    } else if (const QString warning = lastAdministratorWarning(session, m_user);
               !warning.isEmpty()) {
        banner()->showMessage(warning, MessageWidget::Type::Warning);
    }

    if (m_found) {
        session->names()->ensureLoaded();
        connect(session->names(), &ftmodels::NameDirectory::namesChanged, this,
                &DeleteUserDialog::showLosses);
        listMemberships(ftapi::MembershipKind::Group);
        listMemberships(ftapi::MembershipKind::Connection);
    }
    showLosses();
    m_confirm->setFocus();
    revalidate();
}

DeleteUserDialog::~DeleteUserDialog()
{
    if (client()) {
        for (ftapi::ApiClient::CallId call : std::as_const(m_listCalls))
            client()->cancel(call);
    }
}

void DeleteUserDialog::listMemberships(ftapi::MembershipKind kind)
{
    if (!client())
        return;
    ++m_pending;
    m_listCalls.append(client()->listMemberships(
        kind, m_user.id, this,
        [this, kind](const ftapi::ApiResult<QVector<ftapi::Membership>> &result) {
            --m_pending;
            if (result) {
                (kind == ftapi::MembershipKind::Group ? m_groups : m_connections) = result.value();
            } else if (result.error().kind != ftapi::ApiError::Kind::Cancelled) {
                m_listProblems.append(result.error().userText());
            }
            showLosses();
            revalidate();
            if (m_pending == 0)
                Q_EMIT lossesListed();
        }));
}

void DeleteUserDialog::showLosses()
{
    m_losses->clear();
    if (m_user.role)
        m_losses->addItem(tr("The account role %1").arg(*m_user.role));
    const ftmodels::NameDirectory *names = session() ? session()->names() : nullptr;
    auto add = [&](ftapi::MembershipKind kind, const QVector<ftapi::Membership> &list) {
        for (const ftapi::Membership &m : list) {
            const QString target = names ? names->targetName(kind, m.id) : m.id;
            const QString role = m.role.isEmpty() ? tr("no role") : m.role;
            m_losses->addItem(kind == ftapi::MembershipKind::Group
                                  ? tr("Destination “%1” as %2").arg(target, role)
                                  : tr("Connection “%1” as %2").arg(target, role));
        }
    };
    add(ftapi::MembershipKind::Group, m_groups);
    add(ftapi::MembershipKind::Connection, m_connections);

    if (m_pending > 0) {
        m_losses->addItem(
            tr("Finding the destinations and connections %1 can reach…").arg(displayName(m_user)));
    } else if (!m_listProblems.isEmpty()) {
        m_losses->addItem(tr("Their memberships could not all be listed (%1) Deleting removes "
                             "every one of them anyway.")
                              .arg(m_listProblems.constFirst()));
    } else if (m_groups.isEmpty() && m_connections.isEmpty() && m_found) {
        m_losses->addItem(tr("No destination or connection memberships."));
    }
}

bool DeleteUserDialog::validate()
{
    const QString typed = m_confirm->text().trimmed();
    const bool matches =
        !m_user.email.isEmpty() && typed.compare(m_user.email, Qt::CaseInsensitive) == 0;
    setFieldProblem(m_confirm,
                    typed.isEmpty() || matches
                        ? QString()
                        : tr("This is not %1's e-mail address.").arg(displayName(m_user)));
    // The person confirms what they have seen: wait until the list of losses is complete.
    return m_found && matches && m_pending == 0;
}

void DeleteUserDialog::submit()
{
    ftmodels::Change deletion = ftmodels::Change::deleteUser(m_user.id).expecting(m_user);
    // What the person was just shown they lose is what the journal keeps for an undo.
    if (m_listProblems.isEmpty())
        deletion.expectingMemberships(m_groups, m_connections);
    applyPlan(ftmodels::Plan({ deletion }), tr("Deleting…"), [this](const ftmodels::PlanRun &) {
        Q_EMIT userDeleted(m_user.id);
        succeed(tr("Deleted %1 (%2)").arg(displayName(m_user), m_user.email));
    });
}

} // namespace ftui
