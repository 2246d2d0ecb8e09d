#include "membershipdialog.h"

#include "membershipsmodel.h"
#include "namedirectory.h"
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
    if (!client())
        return;
    const QString target = targetId();
    const QString role = m_role->selectedRole().value_or(QString());
    const QString where = targetName(target);
    if (m_mode == Mode::Add) {
        beginCall(client()->addMembership(
                      m_kind, m_userId, target, role, this,
                      [this, where](const ftapi::ApiResult<ftapi::Membership> &result) {
                          if (!finishCall(result))
                              return;
                          const ftapi::Membership &added = result.value();
                          session()->upsertMembership(m_userId, m_kind, added);
                          Q_EMIT membershipChanged(m_userId, m_kind, added.id);
                          succeed(tr("Added %1 to %2 as %3").arg(userName(), where, added.role));
                      }),
                  tr("Adding…"));
        return;
    }
    beginCall(client()->updateMembership(
                  m_kind, m_userId, target, role, this,
                  [this, where, role](const ftapi::ApiResult<void> &result) {
                      if (!finishCall(result))
                          return;
                      ftapi::Membership changed = m_current;
                      changed.role = role;
                      session()->upsertMembership(m_userId, m_kind, changed);
                      Q_EMIT membershipChanged(m_userId, m_kind, changed.id);
                      succeed(tr("%1 is now %2 in %3").arg(userName(), role, where));
                  }),
              tr("Changing the role…"));
}

QWidget *MembershipDialog::fieldForError(const ftapi::ApiError &error) const
{
    if (m_target
        && (error.code == "AlreadyExists"_L1 || error.code == "NotFound_Group"_L1
            || error.code == "NotFound_Connector"_L1 || error.code == "NotFound_Connection"_L1))
        return m_target;
    return ApiDialog::fieldForError(error);
}

QString MembershipDialog::adviceFor(const ftapi::ApiError &error) const
{
    using Kind = ftapi::ApiError::Kind;
    if (m_mode == Mode::Add
        && (error.kind == Kind::Timeout || error.kind == Kind::Network
            || (error.kind == Kind::Http && error.httpStatus >= 500)))
        return tr("The membership may have been added anyway: press F5 to refresh and check "
                  "before adding it again.");
    return {};
}

} // namespace ftui
