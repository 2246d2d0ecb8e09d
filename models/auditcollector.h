#pragma once

#include "apierror.h"
#include "auditdata.h"
#include "auditresult.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ftapi {
class ApiClient;
class BulkRunner;
template<typename T>
struct Page;
} // namespace ftapi

namespace ftmodels {

class AuditAssembler;

// Fetches everything an access audit needs with the fewest requests the API allows: one
// GET /roles, GET /users page by page (limit 1000), GET /groups and each group's connections,
// GET /teams and, when there are teams, each team's users, groups and connections, then one
// paged membership list per user and kind. A server that refuses GET /teams with 404 or 403
// is no failure: the audit completes without teams and result().teamsRead says so. The lists run as
// one BulkRunner job over the client's scheduler, so they spread over its in-flight cap, wait out a
// 429, and a list that still fails after the scheduler's own attempts is queued again; only what
// fails for good ends up in result().missing. Membership lists start as soon as the first page of
// users arrives; the look-ups (each destination's connections, each team's lists, the next page
// of users) go before the membership lists that wait, and once they are all in, each person's
// rows are built as that person's lists arrive (AuditAssembler), so the result is ready soon
// after the last answer.
//
//   auto *audit = new AuditCollector(client, this);
//   connect(audit, &AuditCollector::finished, this, [audit] { show(audit->result()); });
//   audit->start();
//
// The client must outlive the collector.
class AuditCollector : public QObject
{
    Q_OBJECT

public:
    explicit AuditCollector(ftapi::ApiClient *client, QObject *parent = nullptr);
    ~AuditCollector() override;

    ftapi::ApiClient *client() const;

    // The instant the hygiene flags are computed against; invalid (the default) means the
    // clock when the run ends.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now; }

    // How often a list that failed after the scheduler's attempts is tried again (default 5).
    void setMaxRounds(int rounds);
    int maxRounds() const { return m_maxRounds; }

    void start(); // cancels a run in progress and starts again from nothing
    void cancel(); // finishes at once with what has arrived, result().cancelled set
    bool isRunning() const { return m_running; }

    // Progress: a user is done once both membership lists arrived.
    int usersDone() const { return m_usersDone; }
    int usersTotal() const { return int(m_data.users.size()); }
    bool usersListed() const { return m_data.usersComplete; } // usersTotal() is final
    // People whose rows are built already, while the run goes on (the rest are built when it
    // ends); 0 once it has ended.
    int peopleAssembled() const;
    quint64 requestsMade() const;
    QDateTime pausedUntil() const; // the scheduler's 429 pause; invalid when not paused

    const AuditResult &result() const { return m_result; } // valid after finished()
    const AuditData &data() const { return m_data; }

Q_SIGNALS:
    void started();
    void progressChanged(int usersDone, int usersTotal);
    void requestsChanged(quint64 requests);
    void pausedUntilChanged(const QDateTime &until); // invalid: running again
    void finished();

private:
    enum class Part { Roles, Users, Groups, Connections, Memberships };

    void addRolesTask();
    void addGroupsTask();
    void addTeamsTask();
    void addTeamListTasks(int team);
    void addConnectionsTask(const ftapi::Group &group);
    void addUsersPageTask(const QString &cursor, int pageNumber);
    void addMembershipTask(const ftapi::User &user, bool destinations);
    void onUsersPage(const ftapi::Page<ftapi::User> &page, int pageNumber);
    void onMembershipsArrived(const QString &userId);
    void onTeamListArrived();
    void checkLookups();
    void onRunnerFinished(bool cancelled);
    void onRequestSent();

    QPointer<ftapi::ApiClient> m_client;
    ftapi::BulkRunner *m_runner = nullptr;
    AuditData m_data;
    AuditAssembler *m_assembler; // builds each person's rows as their lists arrive
    AuditResult m_result;
    QHash<QString, int> m_listsLeft; // user id -> membership lists still to arrive
    QSet<QString> m_seenUsers;
    QHash<QString, int> m_userIndex; // user id -> index in m_data.users
    QSet<QString> m_seenCursors;
    QStringList m_problems; // failures that are not a task's (a repeated cursor)
    QDateTime m_now;
    quint64 m_requestBase = 0;
    int m_connectionListsDone = 0;
    int m_teamListsDone = 0;
    bool m_teamsSettled = false; // GET /teams answered, or refused as no teams access
    bool m_lookupsReady = false; // everything but the people's own lists is in
    int m_usersDone = 0;
    int m_maxRounds = 5;
    bool m_running = false;
};

} // namespace ftmodels
