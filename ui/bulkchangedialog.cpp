#include "bulkchangedialog.h"

#include "namedirectory.h"
#include "pendingchanges.h"
#include "plan.h"
#include "rolepicker.h"
#include "rolesmodel.h"
#include "selectionreach.h"
#include "session.h"
#include "targetpicker.h"
#include "usersmodel.h"

#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace ftui {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using ftmodels::Change;

namespace {

constexpr int kNamesShown = 4;

} // namespace

BulkChangeDialog::BulkChangeDialog(ftmodels::Session *session, ftmodels::PendingChanges *pending,
                                   const QStringList &userIds, Action action, MembershipKind kind,
                                   ftmodels::SelectionReach *reach, QWidget *parent)
    : ApiDialog(session, parent)
    , m_pending(pending)
    , m_userIds(userIds)
    , m_action(action)
    , m_kind(kind)
    , m_reach(reach)
{
    build();
}

BulkChangeDialog::~BulkChangeDialog() = default;

bool BulkChangeDialog::needsRole() const
{
    return m_action == Action::SetAccountRole || m_action == Action::AddToTarget
        || m_action == Action::ChangeTargetRole;
}

bool BulkChangeDialog::needsTarget() const
{
    return m_action == Action::AddToTarget || m_action == Action::ChangeTargetRole
        || m_action == Action::RemoveFromTarget;
}

QString BulkChangeDialog::peopleText() const
{
    QStringList names;
    for (const QString &id : m_userIds) {
        if (names.size() == kNamesShown)
            break;
        const ftapi::User *u = session()->users()->user(id);
        names.append(u ? displayName(*u) : id);
    }
    const int more = int(m_userIds.size()) - int(names.size());
    QString text = names.join(u", "_s);
    if (more > 0)
        text += u' ' + tr("and %n more", nullptr, more);
    return text;
}

void BulkChangeDialog::build()
{
    const bool groups = m_kind == MembershipKind::Group;
    const int n = int(m_userIds.size());
    setObjectName(u"bulkChangeDialog"_s);
    setOkText(tr("Add to &Pending Changes"));
    switch (m_action) {
    case Action::SetAccountRole:
        setWindowTitle(tr("Set the Account Role of %n People", nullptr, n));
        break;
    case Action::RemoveAccountRole:
        setWindowTitle(tr("Remove the Account Role of %n People", nullptr, n));
        break;
    case Action::AddToTarget:
        setWindowTitle(groups ? tr("Add %n People to a Destination", nullptr, n)
                              : tr("Add %n People to a Connection", nullptr, n));
        break;
    case Action::ChangeTargetRole:
        setWindowTitle(groups ? tr("Change the Role of %n People in a Destination", nullptr, n)
                              : tr("Change the Role of %n People in a Connection", nullptr, n));
        break;
    case Action::RemoveFromTarget:
        setWindowTitle(groups ? tr("Remove %n People from a Destination", nullptr, n)
                              : tr("Remove %n People from a Connection", nullptr, n));
        break;
    case Action::Delete:
        setWindowTitle(tr("Delete %n Users", nullptr, n));
        break;
    }
    QLabel *who = addNote(tr("Selected: %1.").arg(peopleText()));
    who->setObjectName(u"bulkPeople"_s);
    if (m_action == Action::Delete)
        addNote(tr("Each of them loses access to the account: their account role and every "
                   "destination and connection membership. Deleting cannot be undone; they "
                   "would have to be invited again."));
    if (m_action == Action::RemoveAccountRole)
        addNote(tr("They stay in the account with their destination and connection "
                   "memberships, and lose only what the account role gave them."));

    QFormLayout *form = addForm();
    ftmodels::Session *s = session();
    if (needsTarget()) {
        m_target = new TargetPicker(s->names(), m_kind, this);
        addField(form, groups ? tr("&Destination:") : tr("&Connection:"), m_target, u"id"_s);
        connect(m_target, &TargetPicker::activated, this, [this] { markTouched(m_target); });
        connect(m_target, &TargetPicker::selectionChanged, this, &ApiDialog::revalidate);
    }
    if (needsRole()) {
        const QString scope = m_action == Action::SetAccountRole
            ? ftmodels::RolesModel::accountScope()
            : groups ? ftmodels::RolesModel::destinationScope()
                     : ftmodels::RolesModel::connectionScope();
        m_role = new RolePicker(s->roles(), scope, this);
        addField(form,
                 m_action == Action::ChangeTargetRole     ? tr("New &role:")
                     : m_action == Action::SetAccountRole ? tr("Account &role:")
                                                          : tr("&Role:"),
                 m_role, u"role"_s);
        connect(m_role, &RolePicker::roleActivated, this, [this] { markTouched(m_role); });
        connect(m_role, &RolePicker::roleChanged, this, &ApiDialog::revalidate);
    }
    if (m_action == Action::Delete) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(u"bulkConfirm"_s);
        m_confirm->setPlaceholderText(QLocale().toString(n));
        addField(form, tr("&Type %1 to confirm:").arg(n), m_confirm);
    }
    m_outcome = addNote(QString());
    m_outcome->setObjectName(u"bulkOutcome"_s);
    // The shortcut in the words the menu shows it in (Qt translates the key names).
    addNote(tr("Nothing is sent yet: the changes wait in Pending Changes, checked as a whole, "
               "until you apply them (%1).")
                .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));

    if (ftmodels::SelectionReach *reach = m_reach.data(); reach && needsTarget()) {
        // Who is a member where decides who gets a change: read for exactly these people.
        connect(reach, &ftmodels::SelectionReach::reachChanged, this, &ApiDialog::revalidate);
        reach->setUsers(m_userIds);
    }
    if (m_target)
        m_target->setFocus();
    else if (m_role)
        m_role->setFocus();
    else if (m_confirm)
        m_confirm->setFocus();
    if (!m_pending)
        showRefusal(tr("There is no list of pending changes to add to."));
    revalidate();
}

ftmodels::Plan BulkChangeDialog::plan(int *skipped) const
{
    ftmodels::Plan plan;
    int none = 0;
    const QString role = m_role ? m_role->selectedRole().value_or(QString()) : QString();
    const QString target = m_target ? m_target->selectedId() : QString();
    const ftmodels::UsersModel *users = session()->users();
    const ftmodels::SelectionReach *reach = m_reach.data();
    for (const QString &id : m_userIds) {
        const ftapi::User *user = users->user(id);
        if (!user) {
            ++none;
            continue;
        }
        // What the window knows of their membership there; nullopt: not read.
        const std::optional<QString> now =
            reach && !target.isEmpty() ? reach->roleOf(id, m_kind, target) : std::nullopt;
        switch (m_action) {
        case Action::SetAccountRole:
            if (user->role == role) {
                ++none;
            } else {
                ftapi::UserUpdate update;
                update.role = role;
                plan.append(Change::modifyUser(id, update).expecting(*user));
            }
            break;
        case Action::RemoveAccountRole:
            if (!user->role)
                ++none;
            else
                plan.append(Change::removeAccountRole(id).expecting(*user));
            break;
        case Action::AddToTarget:
            if (now && !now->isEmpty()) // a member already: with this role, or use Change
                ++none;
            else
                plan.append(Change::addMembership(m_kind, id, target, role));
            break;
        case Action::ChangeTargetRole:
            if (now && (now->isEmpty() || *now == role)) {
                ++none;
            } else {
                Change c = Change::updateMembership(m_kind, id, target, role);
                if (now)
                    c.expectingRole(*now);
                plan.append(c);
            }
            break;
        case Action::RemoveFromTarget:
            if (now && now->isEmpty()) {
                ++none;
            } else {
                Change c = Change::deleteMembership(m_kind, id, target);
                if (now)
                    c.expectingRole(*now);
                plan.append(c);
            }
            break;
        case Action::Delete:
            plan.append(Change::deleteUser(id).expecting(*user));
            break;
        }
    }
    if (skipped)
        *skipped = none;
    return plan;
}

bool BulkChangeDialog::validate()
{
    bool ok = !m_userIds.isEmpty();
    if (m_target) {
        const bool chosen = !m_target->selectedId().isEmpty();
        setFieldProblem(m_target,
                        chosen                                ? QString()
                            : m_kind == MembershipKind::Group ? tr("Choose a destination.")
                                                              : tr("Choose a connection."));
        ok = ok && chosen;
    }
    if (m_role) {
        QString problem;
        if (!m_role->hasChoice())
            problem = tr("Choose a role.");
        else if (!m_role->isKnownRole())
            problem = tr("Choose a role from the list.");
        setFieldProblem(m_role, problem);
        ok = ok && problem.isEmpty();
    }
    if (m_confirm) {
        const QString typed = m_confirm->text().trimmed();
        const bool same = typed == QString::number(m_userIds.size())
            || typed == QLocale().toString(m_userIds.size());
        setFieldProblem(
            m_confirm,
            same ? QString()
                 : tr("Type the number of people, %1, to confirm.").arg(m_userIds.size()));
        ok = ok && same;
    }
    // Who is a member where decides who gets a change: wait for it rather than guess.
    const ftmodels::SelectionReach *reach = m_reach.data();
    const bool waiting = needsTarget() && reach && !reach->isTooMany()
        && (reach->isLoading() || reach->users() != m_userIds);
    if (!ok || waiting) {
        m_outcome->setText(waiting ? tr("Reading who is a member where…") : QString());
        m_outcome->setVisible(waiting);
        return false;
    }
    int skipped = 0;
    const int changes = plan(&skipped).size();
    QString text = tr("Adds %n change(s) to Pending Changes.", nullptr, changes);
    if (skipped > 0) {
        QString why;
        switch (m_action) {
        case Action::SetAccountRole:
            why = tr("%n already have this role.", nullptr, skipped);
            break;
        case Action::RemoveAccountRole:
            why = tr("%n have no account role.", nullptr, skipped);
            break;
        case Action::AddToTarget:
            why = tr("%n are members there already (to give them another role, use Change "
                     "Role).",
                     nullptr, skipped);
            break;
        case Action::ChangeTargetRole:
            why = tr("%n are not members there, or have this role already.", nullptr, skipped);
            break;
        case Action::RemoveFromTarget:
            why = tr("%n are not members there.", nullptr, skipped);
            break;
        case Action::Delete:
            why = tr("%n are no longer in the list.", nullptr, skipped);
            break;
        }
        text += u' ' + why;
    }
    m_outcome->setText(text);
    m_outcome->setVisible(true);
    return changes > 0;
}

void BulkChangeDialog::submit()
{
    const ftmodels::Plan changes = plan();
    ftmodels::PendingChanges *pending = m_pending.data();
    if (!pending || changes.isEmpty())
        return;
    pending->add(changes);
    succeed(tr("Added %n change(s) to Pending Changes; nothing is sent until you apply them.",
               nullptr, changes.size()));
}

} // namespace ftui
