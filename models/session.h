#pragma once

#include "accountinfo.h"
#include "apiclient.h"
#include "apierror.h"
#include "membership.h"
#include "user.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ftmodels {

class AccountView;
class AvatarCache;
class Journal;
class MembershipsModel;
class Plan;
class PlanRun;
struct PlanCheck;
class NameDirectory;
class RolesModel;
class UsersModel;

// One open account: the API client it talks through and the models that show it. The models are the
// single source of truth for the window, and every change goes through the session: a dialog calls
// the API, then hands the answer to upsertUser()/removeUser()/upsertMembership()/
// removeMembership(), which update the models granularly (one inserted row, one removed row,
// one dataChanged) so views keep their selection and scroll position.
//
//   auto *session = new Session(client, {u"Demo"_s, client->baseUrl(), true}, this);
//   session->start();                                    // users (paged) and roles
//   session->setCurrentUser(id);                         // its memberships, names resolved
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Part { Users, Roles, Names, Memberships };
    Q_ENUM(Part)

    // `client` is not owned: whoever opened the connection (the app's ApiEndpoint, a test)
    // keeps it, and should keep it for the session's life. If it goes first, loads fail with
    // "Not connected" instead of crashing.
    Session(ftapi::ApiClient *client, const AccountInfo &account, QObject *parent = nullptr);
    ~Session() override;

    ftapi::ApiClient *client() const { return m_client; }
    const AccountInfo &account() const { return m_account; }

    UsersModel *users() const { return m_users; }
    RolesModel *roles() const { return m_roles; }
    NameDirectory *names() const { return m_names; }
    MembershipsModel *memberships() const { return m_memberships; }
    AvatarCache *avatars() const { return m_avatars; }

    void start(); // first load: users page by page, and the roles
    void refresh(); // F5: users merged by id, roles, names, the current memberships
    void retry(Part part); // what the error banner's Retry does
    bool isBusy() const;

    void setCurrentUser(const QString &userId); // empty: none
    QString currentUserId() const { return m_currentUserId; }
    const ftapi::User *currentUser() const;

    // ---- changes to the account
    // The account as the models hold it, for a plan's check.
    const AccountView &accountView() const;
    // Checks `plan` against the models only (nothing is read): what a dialog shows before
    // anything is sent. What the models do not hold comes back as "could not verify".
    PlanCheck check(const Plan &plan) const;
    // Reads what the check needs, checks, and sends the plan; every answer lands in the models,
    // every write in the journal. The run belongs to the session and deletes itself after
    // finished().
    PlanRun *apply(const Plan &plan);
    // The same reading and check, sending nothing: what an undo shows before it asks.
    PlanRun *checkOnly(const Plan &plan);

    // The change journal every write of this session goes to (not owned; null: none).
    void setJournal(Journal *journal) { m_journal = journal; }
    Journal *journal() const { return m_journal; }
    // Settles the journal's entries whose outcome a stopped program left unknown, by reading
    // the state; journalSettled() says what was found.
    void settleJournal();

    // Reads one user (user_details) or one membership (get_user_membership_in_*) again and
    // merges it into the models: what a dialog does as it opens, so it starts from the
    // account as it is now. A user or membership that is gone is removed.
    void refreshUser(const QString &userId);
    void refreshMembership(const QString &userId, ftapi::MembershipKind kind,
                           const QString &targetId);

    // ---- answers land here (a PlanRun's, or a refresh of one user)
    void upsertUser(const ftapi::User &user);
    void removeUser(const QString &userId);
    void upsertMembership(const QString &userId, ftapi::MembershipKind kind,
                          const ftapi::Membership &membership);
    void removeMembership(const QString &userId, ftapi::MembershipKind kind,
                          const QString &targetId);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(ftmodels::Session::Part part, const ftapi::ApiError &error);
    void currentUserChanged(const QString &userId);
    void currentUserUpdated(); // the current user's fields changed (an edit, a refresh)
    void usersLoaded(); // a complete user list arrived
    void planStarted(ftmodels::PlanRun *run); // apply() began a run
    void journalChanged(); // a run wrote to the journal, or entries were settled
    void journalSettled(const QStringList &report); // one line per entry settled
    void userRefreshed(const QString &userId); // refreshUser() has the answer in the models
    void membershipRefreshed(const QString &userId, ftapi::MembershipKind kind,
                             const QString &targetId);

private:
    void updateBusy();
    void onUsersDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onUsersRemoved();
    void onChangeFinished(const PlanRun *run, int index);

    QPointer<ftapi::ApiClient> m_client;
    AccountInfo m_account;
    UsersModel *m_users = nullptr;
    RolesModel *m_roles = nullptr;
    NameDirectory *m_names = nullptr;
    MembershipsModel *m_memberships = nullptr;
    AvatarCache *m_avatars = nullptr;
    std::unique_ptr<AccountView> m_view;
    Journal *m_journal = nullptr;
    QString m_currentUserId;
    bool m_busy = false;
};

} // namespace ftmodels
