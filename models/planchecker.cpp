#include "planchecker.h"

#include "changewords.h"
#include "jsonparsers.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using Severity = PlanProblem::Severity;
using Kind = PlanProblem::Kind;

namespace {

// One user as the plan has left them so far.
struct SimUser
{
    bool existenceKnown = false;
    bool exists = false;
    bool invitedByPlan = false;
    int invitation = -1; // the create_user that made them
    int deletedBy = -1; // the delete_user that removed them
    ftapi::User user;
    // Memberships by target id -> role; `known` false: the list was not read.
    struct Memberships
    {
        bool known = false;
        QHash<QString, QString> roles;
    };
    Memberships groups;
    Memberships connections;
    Memberships &of(MembershipKind kind)
    {
        return kind == MembershipKind::Group ? groups : connections;
    }
};

QString emailKey(const QString &email)
{
    return u"email:"_s + email.trimmed().toCaseFolded();
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::PlanChecker)

public:
    Walker(const Plan &plan, const AccountView &view)
        : m_plan(plan)
        , m_view(view)
    {
        m_administratorsKnown = view.usersComplete();
        m_administrators = view.accountAdministratorCount();
    }

    PlanCheck run()
    {
        m_check.changes.resize(m_plan.size());
        for (int i = 0; i < m_plan.size(); ++i)
            step(i);
        for (const ChangeCheck &c : std::as_const(m_check.changes)) {
            if (!c.inEffect)
                ++m_check.requests;
        }
        return m_check;
    }

private:
    void report(int change, Severity severity, Kind kind, const QString &text)
    {
        m_check.problems.append({ change, severity, kind, text });
    }

    SimUser &simFor(const QString &key) { return m_users[key]; }

    // Seeds the simulation of an existing (or unknown) user from the view.
    SimUser &simById(const QString &id)
    {
        auto it = m_users.find(id);
        if (it != m_users.end())
            return *it;
        SimUser sim;
        const ftapi::User *known = m_view.user(id);
        sim.existenceKnown = known || m_view.usersComplete();
        sim.exists = known != nullptr;
        if (known) {
            sim.user = *known;
            m_emailKeys.insert(emailKey(known->email), id);
        } else {
            sim.user.id = id;
        }
        return m_users.insert(id, sim).value();
    }

    // The key of the user a change names, and whether it is known at all.
    QString resolve(int index, const Change &change)
    {
        if (!change.userId.isEmpty()) {
            SimUser &sim = simById(change.userId);
            if (!change.email.isEmpty() && sim.exists
                && sim.user.email.compare(change.email.trimmed(), Qt::CaseInsensitive) != 0)
                report(index, Severity::Error, Kind::UnknownUser,
                       tr("The user %1 has the e-mail %2, not %3.")
                           .arg(change.userId, sim.user.email, change.email));
            return change.userId;
        }
        const QString key = emailKey(change.email);
        if (const auto it = m_emailKeys.constFind(key); it != m_emailKeys.cend())
            return *it;
        if (const ftapi::User *known = m_view.userByEmail(change.email.trimmed())) {
            simById(known->id);
            return known->id;
        }
        if (!m_users.contains(key)) {
            // Not a user (yet): an invitation of this plan makes them one; otherwise unknown.
            SimUser sim;
            sim.existenceKnown = m_view.usersComplete();
            sim.user.email = change.email.trimmed();
            m_users.insert(key, sim);
        }
        return key;
    }

    QString nameOf(const SimUser &sim, const Change &change) const
    {
        if (sim.exists || sim.invitedByPlan || !sim.user.email.isEmpty())
            return ChangeWords::personName(&sim.user, change.userId);
        return change.userId.isEmpty() ? change.email : change.userId;
    }

    QString targetName(MembershipKind kind, const QString &id) const
    {
        const QString name = m_view.targetName(kind, id);
        return name.isEmpty() ? id : name;
    }

    // Duplicates and contradictions: each part of the account ("slot") is changed by at most
    // one change of a plan.
    void claim(int index, const QString &slot)
    {
        const auto it = m_slots.constFind(slot);
        if (it == m_slots.cend()) {
            m_slots.insert(slot, index);
            return;
        }
        const int first = *it;
        if (m_plan.at(first).sameWriteAs(m_plan.at(index)))
            report(index, Severity::Error, Kind::Duplicate,
                   tr("The same change as change %1.").arg(first + 1));
        else
            report(index, Severity::Error, Kind::Contradiction,
                   tr("Contradicts change %1 (%2): one plan changes each thing once.")
                       .arg(first + 1)
                       .arg(m_check.changes.at(first).text));
    }

    void checkRole(int index, const QString &roleName, MembershipKind kind, bool account)
    {
        if (!m_view.rolesKnown()) {
            report(index, Severity::Warning, Kind::Unverified,
                   tr("The roles could not be read, so the role %1 was not checked; the service "
                      "checks it when the change is sent.")
                       .arg(roleName));
            return;
        }
        const ftapi::Role *role = m_view.role(roleName);
        if (!role) {
            report(index, Severity::Error, Kind::UnknownRole,
                   tr("There is no role named “%1”.").arg(roleName));
            return;
        }
        if (!PlanChecker::roleFits(*role, kind, account)) {
            const QString where = account       ? tr("an account role")
                : kind == MembershipKind::Group ? tr("a destination role")
                                                : tr("a connection role");
            report(index, Severity::Error, Kind::WrongScope,
                   tr("%1 is not %2 (its scope is %3).")
                       .arg(roleName, where, role->scope.join(u", "_s)));
            return;
        }
        if (role->isDeprecated) {
            report(index, Severity::Warning, Kind::DeprecatedRole,
                   role->replacementRoleName && !role->replacementRoleName->isEmpty()
                       ? tr("The role %1 is deprecated; Fivetran replaces it with %2.")
                             .arg(roleName, *role->replacementRoleName)
                       : tr("The role %1 is deprecated.").arg(roleName));
        }
    }

    // The account role of a user changes from `before` to `after` at step `index`.
    void accountRoleChanges(int index, const QString &who, const std::optional<QString> &before,
                            const std::optional<QString> &after)
    {
        const QString administrator = accountAdministratorRole();
        const bool was = before == administrator;
        const bool will = after == administrator;
        if (was == will)
            return;
        ChangeCheck &c = m_check.changes[index];
        if (will) {
            c.addsAdministrator = true;
            ++m_administrators;
            return;
        }
        c.removesAdministrator = true;
        --m_administrators;
        if (!m_administratorsKnown) {
            report(index, Severity::Warning, Kind::Unverified,
                   tr("Not every user could be read, so it is not known whether someone else "
                      "is an %1; the service refuses the change if %2 is the last one.")
                       .arg(administrator, who));
        } else if (m_administrators <= 0) {
            report(index, Severity::Error, Kind::Lockout,
                   index > 0 ? tr("After this change (step %1 of the plan) the account would "
                                  "have no %2: %3 is the last one by then. Make someone else "
                                  "%2 first.")
                                   .arg(index + 1)
                                   .arg(administrator, who)
                             : tr("The account would have no %1: %2 is the last one. Make "
                                  "someone else %1 first.")
                                   .arg(administrator, who));
        } else if (m_administrators == 1) {
            // Allowed, but one person leaving or losing their key would lock everyone out.
            report(index, Severity::Warning, Kind::LastAdministrator,
                   tr("After this change the account has only one %1 left. If that person "
                      "leaves, nobody can manage the account: consider keeping a second one.")
                       .arg(administrator));
        }
    }

    bool requireUser(int index, const SimUser &sim, const Change &change)
    {
        if (sim.deletedBy >= 0) {
            report(index, Severity::Error, Kind::Contradiction,
                   tr("%1 is deleted by change %2, before this one.")
                       .arg(nameOf(sim, change))
                       .arg(sim.deletedBy + 1));
            return false;
        }
        if (sim.exists)
            return true;
        if (!sim.existenceKnown) {
            report(index, Severity::Warning, Kind::Unverified,
                   tr("The user %1 could not be looked up; the service checks it.")
                       .arg(nameOf(sim, change)));
            return true;
        }
        report(index, Severity::Error, Kind::UnknownUser,
               change.userId.isEmpty() ? tr("No user has the e-mail %1.").arg(change.email)
                                       : tr("There is no user with the id %1.").arg(change.userId));
        return false;
    }

    void markInEffect(int index, const QString &why)
    {
        m_check.changes[index].inEffect = true;
        m_check.changes[index].inEffectText = why;
    }

    void expectFields(int index, const Change &change, const SimUser &sim)
    {
        if (!change.expectedUser || !sim.exists)
            return;
        const ftapi::User &was = *change.expectedUser;
        const ftapi::User &now = sim.user;
        const QString who = ChangeWords::personName(&now, change.userId);
        auto differs = [&](const QString &what, const QString &then, const QString &current) {
            if (then != current)
                report(index, Severity::Warning, Kind::StateChanged,
                       tr("%1's %2 is now “%3”; it was “%4” when this change was made.")
                           .arg(who, what, current, then));
        };
        if (change.op == ChangeOp::ModifyUser) {
            if (change.update.givenName)
                differs(tr("given name"), was.givenName, now.givenName);
            if (change.update.familyName)
                differs(tr("family name"), was.familyName, now.familyName);
            if (change.update.phone)
                differs(tr("phone"), was.phone.value_or(QString()), now.phone.value_or(QString()));
            if (change.update.picture)
                differs(tr("picture"), was.picture.value_or(QString()),
                        now.picture.value_or(QString()));
        }
        if (change.op != ChangeOp::ModifyUser || change.update.role)
            differs(tr("account role"), was.role.value_or(tr("no account role")),
                    now.role.value_or(tr("no account role")));
    }

    void step(int index)
    {
        const Change &change = m_plan.at(index);
        ChangeCheck &c = m_check.changes[index];
        const QString key = resolve(index, change);
        c.userKey = key;
        SimUser &sim = simFor(key);
        // Someone this plan invites is named as invited, not by the e-mail.
        c.text = ChangeWords::describe(change, m_view,
                                       sim.invitedByPlan ? nameOf(sim, change) : QString());
        if (!key.startsWith(u"email:"_s))
            c.userId = key;
        c.invitation = sim.invitation;
        recordBefore(index, change, sim);

        switch (change.op) {
        case ChangeOp::CreateUser:
            invite(index, change, sim);
            break;
        case ChangeOp::ModifyUser:
            modify(index, change, sim);
            break;
        case ChangeOp::DeleteUser:
            remove(index, change, sim);
            break;
        case ChangeOp::RemoveAccountRole:
            removeRole(index, change, sim);
            break;
        case ChangeOp::AddMembership:
        case ChangeOp::UpdateMembership:
        case ChangeOp::DeleteMembership:
            membership(index, change, sim);
            break;
        }
    }

    // A user's memberships of one kind, from the view (or, failing that, as the change says
    // they were just shown), unless the plan already changed them.
    SimUser::Memberships &membershipsOf(SimUser &sim, MembershipKind kind,
                                        const Change *shown = nullptr)
    {
        SimUser::Memberships &list = sim.of(kind);
        if (!list.known && !sim.invitedByPlan && sim.exists) {
            const QVector<ftapi::Membership> *read = m_view.memberships(sim.user.id, kind);
            if (!read && shown) {
                const auto &given = kind == MembershipKind::Group ? shown->expectedGroups
                                                                  : shown->expectedConnections;
                if (given)
                    read = &*given;
            }
            if (read) {
                list.known = true;
                for (const ftapi::Membership &m : *read)
                    list.roles.insert(m.id, m.role);
            }
        }
        return list;
    }

    static QJsonArray membershipList(const SimUser::Memberships &list)
    {
        QJsonArray items;
        for (auto it = list.roles.cbegin(); it != list.roles.cend(); ++it)
            items.append(QJsonObject { { u"id"_s, it.key() }, { u"role"_s, it.value() } });
        return items;
    }

    // The state a change finds, for the journal and its undo: the user's fields (and, for a
    // deletion, every membership), or whether the person is a member of the target and how.
    void recordBefore(int index, const Change &change, SimUser &sim)
    {
        ChangeCheck &c = m_check.changes[index];
        c.email = sim.user.email.isEmpty() ? change.email : sim.user.email;
        c.userName =
            sim.exists || sim.invitedByPlan ? ChangeWords::personName(&sim.user, {}) : QString();
        QJsonObject before;
        if (sim.exists && change.op != ChangeOp::CreateUser)
            before = ftapi::toJson(sim.user);
        if (change.op == ChangeOp::DeleteUser && sim.exists) {
            const SimUser::Memberships &groups = membershipsOf(sim, MembershipKind::Group, &change);
            const SimUser::Memberships &connections =
                membershipsOf(sim, MembershipKind::Connection, &change);
            if (groups.known)
                before.insert(u"groups"_s, membershipList(groups));
            if (connections.known)
                before.insert(u"connections"_s, membershipList(connections));
        }
        if (change.isMembership()) {
            c.targetName = m_view.targetName(change.kind, change.targetId);
            before = {};
            if (sim.exists) {
                const SimUser::Memberships &list = membershipsOf(sim, change.kind);
                if (list.known) {
                    const auto it = list.roles.constFind(change.targetId);
                    before.insert(u"member"_s, it != list.roles.cend());
                    if (it != list.roles.cend())
                        before.insert(u"role"_s, *it);
                }
            }
        }
        c.before = before;
    }

    void invite(int index, const Change &change, SimUser &sim)
    {
        const ftapi::NewUser &n = change.invitation;
        claim(index, m_check.changes.at(index).userKey + u"/exists"_s);
        if (!PlanChecker::looksLikeEmail(n.email))
            report(index, Severity::Error, Kind::InvalidField,
                   tr("“%1” is not an e-mail address.").arg(n.email));
        if (n.givenName.trimmed().isEmpty() || n.familyName.trimmed().isEmpty())
            report(index, Severity::Error, Kind::InvalidField,
                   tr("An invitation needs a given name and a family name."));
        if (n.role)
            checkRole(index, *n.role, MembershipKind::Group, true);
        if (sim.exists) {
            const ftapi::User &u = sim.user;
            const bool same =
                u.givenName == n.givenName && u.familyName == n.familyName && u.role == n.role;
            if (same) {
                markInEffect(
                    index, tr("%1 is already a user with these names and this role.").arg(u.email));
            } else {
                report(index, Severity::Error, Kind::AlreadyUser,
                       tr("%1 is already a user of the account (%2, %3); inviting the address "
                          "again would fail. Change the user instead.")
                           .arg(u.email, ChangeWords::personName(&u, u.id),
                                u.role.value_or(tr("no account role"))));
            }
            return;
        }
        if (!sim.existenceKnown && !m_view.usersComplete()) {
            report(index, Severity::Warning, Kind::Unverified,
                   tr("Not every user could be read, so it is not known whether %1 is already "
                      "a user; the service refuses a second invitation.")
                       .arg(n.email));
        }
        sim.existenceKnown = true;
        sim.exists = true;
        sim.invitedByPlan = true;
        sim.invitation = index;
        sim.deletedBy = -1;
        sim.user = ftapi::User();
        sim.user.email = n.email;
        sim.user.givenName = n.givenName;
        sim.user.familyName = n.familyName;
        sim.user.phone = n.phone;
        sim.user.picture = n.picture;
        sim.user.role = n.role;
        sim.groups = { true, {} };
        sim.connections = { true, {} };
        m_emailKeys.insert(emailKey(n.email), m_check.changes.at(index).userKey);
        accountRoleChanges(index, ChangeWords::personName(&sim.user, {}), std::nullopt, n.role);
    }

    void modify(int index, const Change &change, SimUser &sim)
    {
        const ftapi::UserUpdate &u = change.update;
        const QString key = m_check.changes.at(index).userKey;
        if (u.givenName)
            claim(index, key + u"/given_name"_s);
        if (u.familyName)
            claim(index, key + u"/family_name"_s);
        if (u.phone)
            claim(index, key + u"/phone"_s);
        if (u.picture)
            claim(index, key + u"/picture"_s);
        if (u.role) {
            claim(index, key + u"/role"_s);
            checkRole(index, *u.role, MembershipKind::Group, true);
        }
        if (!requireUser(index, sim, change) || !sim.exists)
            return;
        expectFields(index, change, sim);
        ftapi::User &now = sim.user;
        const bool same = (!u.givenName || *u.givenName == now.givenName)
            && (!u.familyName || *u.familyName == now.familyName)
            && (!u.phone || *u.phone == now.phone) && (!u.picture || *u.picture == now.picture)
            && (!u.role || *u.role == now.role);
        if (same)
            markInEffect(
                index,
                tr("%1 already has these details.").arg(ChangeWords::personName(&now, now.id)));
        if (u.role)
            accountRoleChanges(index, ChangeWords::personName(&now, now.id), now.role, *u.role);
        if (u.givenName)
            now.givenName = *u.givenName;
        if (u.familyName)
            now.familyName = *u.familyName;
        if (u.phone)
            now.phone = *u.phone;
        if (u.picture)
            now.picture = *u.picture;
        if (u.role)
            now.role = *u.role;
    }

    void remove(int index, const Change &change, SimUser &sim)
    {
        claim(index, m_check.changes.at(index).userKey + u"/exists"_s);
        if (sim.deletedBy >= 0 || (sim.existenceKnown && !sim.exists)) {
            if (sim.deletedBy < 0)
                report(index, Severity::Warning, Kind::UnknownUser,
                       change.userId.isEmpty()
                           ? tr("No user has the e-mail %1; there is nobody to delete.")
                                 .arg(change.email)
                           : tr("There is no user with the id %1; there is nobody to delete.")
                                 .arg(change.userId));
            markInEffect(index, tr("%1 is not a user of the account.").arg(nameOf(sim, change)));
            return;
        }
        expectFields(index, change, sim);
        const QString who = nameOf(sim, change);
        accountRoleChanges(index, who, sim.user.role, std::nullopt);
        sim.exists = false;
        sim.deletedBy = index;
    }

    void removeRole(int index, const Change &change, SimUser &sim)
    {
        claim(index, m_check.changes.at(index).userKey + u"/role"_s);
        if (!requireUser(index, sim, change) || !sim.exists)
            return;
        expectFields(index, change, sim);
        const QString who = ChangeWords::personName(&sim.user, sim.user.id);
        if (!sim.user.role) {
            markInEffect(index, tr("%1 has no account role.").arg(who));
            return;
        }
        accountRoleChanges(index, who, sim.user.role, std::nullopt);
        sim.user.role.reset();
    }

    void membership(int index, const Change &change, SimUser &sim)
    {
        const bool groups = change.kind == MembershipKind::Group;
        const QString key = m_check.changes.at(index).userKey;
        claim(index, key + (groups ? u"/group/"_s : u"/connection/"_s) + change.targetId);
        if (change.op != ChangeOp::DeleteMembership)
            checkRole(index, change.role, change.kind, false);
        const bool targetKnown = m_view.targetsKnown(change.kind);
        const bool targetExists = m_view.targetExists(change.kind, change.targetId);
        if (targetKnown && !targetExists && change.op != ChangeOp::DeleteMembership)
            report(index, Severity::Error, Kind::UnknownTarget,
                   groups ? tr("There is no destination with the id %1.").arg(change.targetId)
                          : tr("There is no connection with the id %1.").arg(change.targetId));
        if (!requireUser(index, sim, change) || !sim.exists)
            return;

        SimUser::Memberships &list = membershipsOf(sim, change.kind);
        const QString who = ChangeWords::personName(&sim.user, sim.user.id);
        const QString where = targetName(change.kind, change.targetId);
        if (!list.known) {
            report(
                index, Severity::Warning, Kind::Unverified,
                tr("%1's memberships could not be read; the service checks this change.").arg(who));
            return;
        }
        const auto current = list.roles.constFind(change.targetId);
        const bool member = current != list.roles.cend();
        if (change.expectedRole) {
            const QString now = member ? *current : QString();
            if (*change.expectedRole != now)
                report(index, Severity::Warning, Kind::StateChanged,
                       now.isEmpty()
                           ? tr("%1 is no longer a member of %2 (they were %3 there when this "
                                "change was made).")
                                 .arg(who, where, *change.expectedRole)
                           : tr("%1's role in %2 is now %3; it was %4 when this change was made.")
                                 .arg(who, where, now,
                                      change.expectedRole->isEmpty() ? tr("no role")
                                                                     : *change.expectedRole));
        }
        switch (change.op) {
        case ChangeOp::AddMembership:
            if (member && *current == change.role) {
                markInEffect(
                    index, tr("%1 is already a member of %2 as %3.").arg(who, where, change.role));
            } else if (member) {
                report(index, Severity::Error, Kind::AlreadyMember,
                       tr("%1 is already a member of %2 as %3; change that role instead of "
                          "adding them again.")
                           .arg(who, where, *current));
            } else {
                list.roles.insert(change.targetId, change.role);
            }
            break;
        case ChangeOp::UpdateMembership:
            if (!member) {
                report(index, Severity::Error, Kind::NotMember,
                       tr("%1 is not a member of %2, so their role there cannot change; add "
                          "them instead.")
                           .arg(who, where));
            } else if (*current == change.role) {
                markInEffect(index,
                             tr("%1 already has the role %2 in %3.").arg(who, change.role, where));
            } else {
                list.roles.insert(change.targetId, change.role);
            }
            break;
        case ChangeOp::DeleteMembership:
            if (!member) {
                if (targetKnown && !targetExists)
                    report(index, Severity::Warning, Kind::UnknownTarget,
                           groups
                               ? tr("There is no destination with the id %1.").arg(change.targetId)
                               : tr("There is no connection with the id %1.").arg(change.targetId));
                markInEffect(index, tr("%1 is not a member of %2.").arg(who, where));
            } else {
                list.roles.remove(change.targetId);
            }
            break;
        default:
            break;
        }
    }

    const Plan &m_plan;
    const AccountView &m_view;
    PlanCheck m_check;
    QHash<QString, SimUser> m_users; // by user key: an id, or "email:..." for the invited
    QHash<QString, QString> m_emailKeys; // "email:..." -> user key
    QHash<QString, int> m_slots; // what each change claims -> the first change to claim it
    int m_administrators = 0;
    bool m_administratorsKnown = false;
};

} // namespace

PlanCheck PlanChecker::check(const Plan &plan, const AccountView &view)
{
    return Walker(plan, view).run();
}

bool PlanChecker::looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return shape.match(text).hasMatch();
}

bool PlanChecker::roleFits(const ftapi::Role &role, MembershipKind kind, bool account)
{
    if (account)
        return role.hasScope(u"ACCOUNT"_s);
    if (kind == MembershipKind::Group)
        return role.hasScope(u"DESTINATION"_s);
    return role.hasScope(u"CONNECTOR"_s) || role.hasScope(u"CONNECTION"_s);
}

} // namespace ftmodels
