#include "membershipdialog.h"

#include "membershipsmodel.h"
#include "namedirectory.h"
#include "plan.h"
#include "planrun.h"
#include "rolepicker.h"
#include "rolesmodel.h"
#include "session.h"
#include "targetpicker.h"
#include "usersmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ftui {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

MembershipDialog::MembershipDialog(ftmodels::Session *session, const QString &userId,
                                   MembershipKind kind, QWidget *parent)
    : ApiDialog(session, parent)
    , m_mode(Mode::Add)
    , m_kind(kind)
    , m_userId(userId)
{
    build();
}

MembershipDialog::MembershipDialog(ftmodels::Session *session, const QString &userId,
                                   MembershipKind kind, const QString &targetId, QWidget *parent)
    : ApiDialog(session, parent)
    , m_mode(Mode::Change)
    , m_kind(kind)
    , m_userId(userId)
    , m_targetId(targetId)
{
    build();
}

void MembershipDialog::build()
{
    const bool groups = m_kind == MembershipKind::Group;
    const bool adding = m_mode == Mode::Add;
    setObjectName(adding ? u"addMembershipDialog"_s : u"changeMembershipDialog"_s);
    ftmodels::Session *s = session();
    const ftapi::User *user = s->users()->user(m_userId);
    m_found = user != nullptr;
    const QString who = userName();

    const ftmodels::MembershipsModel *memberships = s->memberships();
    const bool modelHoldsUser = memberships->userId() == m_userId;

    if (adding) {
        setWindowTitle(groups ? tr("Add %1 to a Destination").arg(who)
                              : tr("Add %1 to a Connection").arg(who));
        setOkText(tr("Add"));
        addNote(groups ? tr("Choose a destination and the role %1 will have in it. The role "
                            "decides what they can see and change there.")
                             .arg(who)
                       : tr("Choose a connection and the role %1 will have in it. Connections "
                            "are listed under their destination.")
                             .arg(who));
    } else {
        setWindowTitle(tr("Change Role"));
        setOkText(tr("Change Role"));
        if (modelHoldsUser) {
            const int row = memberships->rowOf(m_kind, m_targetId);
            if (row >= 0) {
                m_current = memberships->entryAt(row).membership;
            }
        }
        if (m_current.id.isEmpty())
            m_current.id = m_targetId;
        addNote(groups ? tr("Change the role %1 has in the destination “%2”.")
                             .arg(who, targetName(m_targetId))
                       : tr("Change the role %1 has in the connection “%2”.")
                             .arg(who, targetName(m_targetId)));
    }

    QFormLayout *form = addForm();
    if (adding) {
        m_target = new TargetPicker(s->names(), m_kind, this);
        QHash<QString, QString> taken;
        if (modelHoldsUser) {
            const QVector<ftapi::Membership> current = memberships->memberships(m_kind);
            for (const ftapi::Membership &m : current)
                taken.insert(m.id, m.role);
        }
        m_target->setTaken(taken);
        addField(form, groups ? tr("&Destination:") : tr("&Connection:"), m_target, u"id"_s);
        connect(m_target, &TargetPicker::activated, this, [this] { markTouched(m_target); });
        connect(m_target, &TargetPicker::selectionChanged, this, &ApiDialog::revalidate);
    } else {
        auto *target = new QLabel(targetName(m_targetId), this);
        target->setObjectName(u"targetName"_s);
        target->setTextFormat(Qt::PlainText); // names come from the server
        target->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(groups ? tr("Destination:") : tr("Connection:"), target);
        auto *current = new QLabel(m_current.role.isEmpty() ? tr("None") : m_current.role, this);
        m_currentRole = current;
        current->setObjectName(u"currentRole"_s);
        current->setTextFormat(Qt::PlainText);
        form->addRow(tr("Current role:"), current);
    }

    m_role = new RolePicker(s->roles(),
                            groups ? ftmodels::RolesModel::destinationScope()
                                   : ftmodels::RolesModel::connectionScope(),
                            this);
    if (!adding && !m_current.role.isEmpty())
        m_role->setCurrentRole(m_current.role);
    addField(form, adding ? tr("&Role:") : tr("New &role:"), m_role, u"role"_s);
    connect(m_role, &RolePicker::roleActivated, this, [this] { markTouched(m_role); });
    connect(m_role, &RolePicker::roleChanged, this, &ApiDialog::revalidate);

    if (!m_found)
        showRefusal(tr("This user is no longer in the list. Press F5 to refresh."));
    if (adding)
        m_target->setFocus();
    else
        m_role->setFocus();
    revalidate();

    // A role change starts from the membership as it is now, not as the list last showed it.
    if (!adding && m_found) {
        connect(s, &ftmodels::Session::membershipRefreshed, this,
                [this](const QString &userId, MembershipKind kind, const QString &targetId) {
                    if (userId != m_userId || kind != m_kind || targetId != m_targetId
                        || anyFieldTouched() || isBusy())
                        return;
                    const ftmodels::MembershipsModel *model = session()->memberships();
                    const int row =
                        model->userId() == m_userId ? model->rowOf(m_kind, m_targetId) : -1;
                    if (row < 0 || model->entryAt(row).membership == m_current)
                        return;
                    m_current = model->entryAt(row).membership;
                    m_currentRole->setText(m_current.role.isEmpty() ? tr("None") : m_current.role);
                    if (!m_current.role.isEmpty())
                        m_role->setCurrentRole(m_current.role);
                    revalidate();
                });
        s->refreshMembership(m_userId, m_kind, m_targetId);
    }
}

QString MembershipDialog::userName() const
{
    const ftapi::User *user = session()->users()->user(m_userId);
    return user ? displayName(*user) : m_userId;
}

QString MembershipDialog::targetName(const QString &targetId) const
{
    return session()->names()->targetName(m_kind, targetId);
}

QString MembershipDialog::targetId() const
{
    return m_mode == Mode::Add ? m_target->selectedId() : m_targetId;
}

bool MembershipDialog::validate()
{
    const bool groups = m_kind == MembershipKind::Group;
    QString target;
    if (m_mode == Mode::Add && m_target->selectedId().isEmpty()) {
        if (!m_target->filterEdit()->text().trimmed().isEmpty() && m_target->choosableCount() == 0)
            target = groups ? tr("No destination you can choose matches “%1”.")
                                  .arg(m_target->filterEdit()->text().trimmed())
                            : tr("No connection you can choose matches “%1”.")
                                  .arg(m_target->filterEdit()->text().trimmed());
        else
            target = groups ? tr("Choose a destination.") : tr("Choose a connection.");
    }
    QString role;
    if (!m_role->hasChoice())
        role = tr("Choose a role.");
    else if (!m_role->isKnownRole())
        role = tr("Choose a role from the list.");
    else if (m_mode == Mode::Change && m_role->selectedRole() == m_current.role)
        role = tr("This is already their role; choose another one.");
    if (m_target)
        setFieldProblem(m_target, target);
    setFieldProblem(m_role, role);
    return m_found && target.isEmpty() && role.isEmpty();
}

void MembershipDialog::submit()
{
    const QString target = targetId();
    const QString role = m_role->selectedRole().value_or(QString());
    const QString where = targetName(target);
    if (m_mode == Mode::Add) {
        applyPlan(
            ftmodels::Plan({ ftmodels::Change::addMembership(m_kind, m_userId, target, role) }),
            tr("Adding…"), [this, target, role, where](const ftmodels::PlanRun &) {
                Q_EMIT membershipChanged(m_userId, m_kind, target);
                succeed(tr("Added %1 to %2 as %3").arg(userName(), where, role));
            });
        return;
    }
    applyPlan(ftmodels::Plan({ ftmodels::Change::updateMembership(m_kind, m_userId, target, role)
                                   .expectingRole(m_current.role) }),
              tr("Changing the role…"), [this, target, role, where](const ftmodels::PlanRun &) {
                  Q_EMIT membershipChanged(m_userId, m_kind, target);
                  succeed(tr("%1 is now %2 in %3").arg(userName(), role, where));
              });
}

QWidget *MembershipDialog::fieldForError(const ftapi::ApiError &error) const
{
    using Problem = ftapi::ApiError::Problem;
    const Problem problem = error.problem();
    if (m_target
        && (problem == Problem::AlreadyExists || problem == Problem::GroupNotFound
            || problem == Problem::ConnectionNotFound))
        return m_target;
    return ApiDialog::fieldForError(error);
}

QString MembershipDialog::adviceFor(const ftapi::ApiError &error) const
{
    // A missing answer was settled by reading the membership before this was reported.
    if (error.isRetryable())
        return tr("Nothing was changed; you can try again.");
    return {};
}

} // namespace ftui
