#include "session.h"

#include "apiclient.h"
#include "avatarcache.h"
#include "journalsettler.h"
#include "membershipsmodel.h"
#include "namedirectory.h"
#include "planchecker.h"
#include "planrun.h"
#include "rolesmodel.h"
#include "sessionaccountview.h"
#include "usersmodel.h"

namespace ftmodels {

Session::Session(ftapi::ApiClient *client, const AccountInfo &account, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
{
    m_avatars = new AvatarCache(client ? client->networkManager() : nullptr, this);
    // The demo's pictures point at example.com: nothing to fetch there.
    m_avatars->setRemoteFetchEnabled(!account.demo);

    m_users = new UsersModel(this);
    m_users->setClient(m_client);
    m_users->setAvatarCache(m_avatars);

    m_roles = new RolesModel(this);
    m_roles->setClient(m_client);

    m_names = new NameDirectory(this);
    m_names->setClient(m_client);

    m_memberships = new MembershipsModel(this);
    m_memberships->setClient(m_client);
    m_memberships->setDirectory(m_names);
    m_memberships->setRoles(m_roles);

    m_view = std::make_unique<SessionAccountView>(m_users, m_roles, m_names, m_memberships);

    connect(m_users, &UsersModel::loadingChanged, this, &Session::updateBusy);
    connect(m_roles, &RolesModel::loadingChanged, this, &Session::updateBusy);
    connect(m_names, &NameDirectory::loadingChanged, this, &Session::updateBusy);
    connect(m_memberships, &MembershipsModel::loadingChanged, this, &Session::updateBusy);

    connect(m_users, &UsersModel::loadFailed, this,
            [this](const ftapi::ApiError &e) { Q_EMIT errorOccurred(Part::Users, e); });
    connect(m_roles, &RolesModel::loadFailed, this,
            [this](const ftapi::ApiError &e) { Q_EMIT errorOccurred(Part::Roles, e); });
    connect(m_names, &NameDirectory::loadFailed, this,
            [this](const ftapi::ApiError &e) { Q_EMIT errorOccurred(Part::Names, e); });
    connect(m_memberships, &MembershipsModel::loadFailed, this,
            [this](ftapi::MembershipKind, const ftapi::ApiError &e) {
                Q_EMIT errorOccurred(Part::Memberships, e);
            });

    connect(m_users, &UsersModel::loadFinished, this, &Session::usersLoaded);
    connect(m_users, &QAbstractItemModel::dataChanged, this, &Session::onUsersDataChanged);
    connect(m_users, &QAbstractItemModel::rowsRemoved, this, &Session::onUsersRemoved);
    connect(m_users, &QAbstractItemModel::modelReset, this, &Session::onUsersRemoved);
}

Session::~Session()
{
    // Stop the models' calls while the client (if still there) can cancel them.
    m_users->cancel();
    m_roles->cancel();
    m_names->cancel();
    m_memberships->cancel();
}

void Session::start()
{
    m_users->reload();
    m_roles->reload();
}

void Session::refresh()
{
    m_users->reload();
    m_roles->reload();
    // Names are fetched again only if something needs them now; otherwise on next need.
    if (!m_currentUserId.isEmpty() || m_names->groupsComplete())
        m_names->reload();
    m_memberships->reload();
}

void Session::retry(Part part)
{
    switch (part) {
    case Part::Users:
        m_users->reload();
        break;
    case Part::Roles:
        m_roles->reload();
        break;
    case Part::Names:
        m_names->reload();
        break;
    case Part::Memberships:
        m_memberships->reload();
        break;
    }
}

bool Session::isBusy() const
{
    return m_users->isLoading() || m_roles->isLoading() || m_names->isLoading()
        || m_memberships->isLoading();
}

void Session::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Session::setCurrentUser(const QString &userId)
{
    if (userId == m_currentUserId)
        return;
    m_currentUserId = userId;
    m_memberships->setUserId(userId);
    Q_EMIT currentUserChanged(userId);
}

const ftapi::User *Session::currentUser() const
{
    return m_currentUserId.isEmpty() ? nullptr : m_users->user(m_currentUserId);
}

void Session::onUsersDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_currentUserId.isEmpty())
        return;
    const int row = m_users->rowOf(m_currentUserId);
    if (row >= topLeft.row() && row <= bottomRight.row())
        Q_EMIT currentUserUpdated();
}

void Session::onUsersRemoved()
{
    if (!m_currentUserId.isEmpty() && m_users->rowOf(m_currentUserId) < 0)
        setCurrentUser({});
}

const AccountView &Session::accountView() const
{
    return *m_view;
}

PlanCheck Session::check(const Plan &plan) const
{
    return PlanChecker::check(plan, *m_view);
}

PlanRun *Session::apply(const Plan &plan)
{
    auto *run = new PlanRun(m_client, plan, m_view.get(), this);
    run->setJournal(m_journal);
    connect(run, &PlanRun::changeFinished, this,
            [this, run](int index) { onChangeFinished(run, index); });
    connect(run, &PlanRun::finished, this, [this] {
        if (m_journal)
            Q_EMIT journalChanged();
    });
    connect(run, &PlanRun::finished, run, &QObject::deleteLater);
    Q_EMIT planStarted(run);
    run->start();
    return run;
}

void Session::refreshUser(const QString &userId)
{
    if (!m_client || userId.isEmpty())
        return;
    m_client->getUser(userId, this, [this, userId](const ftapi::ApiResult<ftapi::User> &r) {
        if (r)
            upsertUser(r.value());
        else if (r.error().problem() == ftapi::ApiError::Problem::UserNotFound)
            removeUser(userId);
        else
            return;
        Q_EMIT userRefreshed(userId);
    });
}

void Session::refreshMembership(const QString &userId, ftapi::MembershipKind kind,
                                const QString &targetId)
{
    if (!m_client || userId.isEmpty() || targetId.isEmpty())
        return;
    m_client->getMembership(
        kind, userId, targetId, this,
        [this, userId, kind, targetId](const ftapi::ApiResult<ftapi::Membership> &r) {
            if (r)
                upsertMembership(userId, kind, r.value());
            else if (r.error().problem() == ftapi::ApiError::Problem::MembershipNotFound)
                removeMembership(userId, kind, targetId);
            else
                return;
            Q_EMIT membershipRefreshed(userId, kind, targetId);
        });
}

PlanRun *Session::checkOnly(const Plan &plan)
{
    auto *run = new PlanRun(m_client, plan, m_view.get(), this);
    run->setCheckOnly(true);
    connect(run, &PlanRun::finished, run, &QObject::deleteLater);
    run->start();
    return run;
}

void Session::settleJournal()
{
    if (!m_journal || !m_client)
        return;
    auto *settler = new JournalSettler(m_client, m_journal, this);
    connect(settler, &JournalSettler::finished, this, [this, settler] {
        if (!settler->report().isEmpty()) {
            Q_EMIT journalChanged();
            Q_EMIT journalSettled(settler->report());
        }
        settler->deleteLater();
    });
    settler->start();
}

void Session::onChangeFinished(const PlanRun *run, int index)
{
    const PlanRun::Result &r = run->result(index);
    if (r.outcome != PlanRun::Outcome::Applied && r.outcome != PlanRun::Outcome::AlreadyInEffect)
        return;
    const Change &c = run->plan().at(index);
    const QString userId = r.userId;
    switch (c.op) {
    case ChangeOp::CreateUser:
    case ChangeOp::ModifyUser:
        if (r.user)
            upsertUser(*r.user);
        break;
    case ChangeOp::DeleteUser:
        removeUser(userId);
        break;
    case ChangeOp::RemoveAccountRole:
        if (r.user) {
            upsertUser(*r.user);
        } else if (const ftapi::User *now = m_users->user(userId)) {
            ftapi::User changed = *now;
            changed.role.reset();
            upsertUser(changed);
        }
        break;
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
        if (r.membership) {
            ftapi::Membership m = *r.membership;
            // An update's answer says nothing of when the membership began: keep what we had.
            const int row =
                userId == m_memberships->userId() ? m_memberships->rowOf(c.kind, m.id) : -1;
            if (!m.createdAt && row >= 0)
                m.createdAt = m_memberships->entryAt(row).membership.createdAt;
            upsertMembership(userId, c.kind, m);
        }
        break;
    case ChangeOp::DeleteMembership:
        removeMembership(userId, c.kind, c.targetId);
        break;
    }
}

void Session::upsertUser(const ftapi::User &user)
{
    m_users->upsertUser(user);
}

void Session::removeUser(const QString &userId)
{
    m_users->removeUser(userId);
}

void Session::upsertMembership(const QString &userId, ftapi::MembershipKind kind,
                               const ftapi::Membership &membership)
{
    // Only the selected user's memberships are held; others are fetched when selected.
    if (userId == m_memberships->userId())
        m_memberships->upsertMembership(kind, membership);
}

void Session::removeMembership(const QString &userId, ftapi::MembershipKind kind,
                               const QString &targetId)
{
    if (userId == m_memberships->userId())
        m_memberships->removeMembership(kind, targetId);
}

} // namespace ftmodels
