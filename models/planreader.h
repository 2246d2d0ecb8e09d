#pragma once

#include "accountview.h"
#include "plan.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace ftapi {
class ApiClient;
class BulkRunner;
} // namespace ftapi

namespace ftmodels {

// Reads what a plan's check needs and `base` does not already know, into a snapshot layered
// over `base`: the user list (to find people by e-mail and count the Account Administrators),
// the roles, the destinations and connections the plan names, and the memberships of the
// people whose memberships it changes. Reads only; every list through one BulkRunner job, so
// they share the scheduler's cap and survive transient failures. In the window most of it is
// already in the models and nothing is read; on the command line everything is.
class PlanReader : public QObject
{
    Q_OBJECT

public:
    // `client` and `base` (may be null) must outlive the reader.
    PlanReader(ftapi::ApiClient *client, const AccountView *base, QObject *parent = nullptr);
    ~PlanReader() override;

    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; } // see BulkRunner
    void start(const Plan &plan);
    void cancel();

    const AccountSnapshot &snapshot() const { return m_snapshot; }
    // What could not be read, one line each; empty when everything arrived.
    const QStringList &problems() const { return m_problems; }
    int tasks() const { return m_tasks; } // lists read (each one or more requests)

Q_SIGNALS:
    void finished();

private:
    void readUsers();
    void readRoles();
    void readGroups(bool withConnections);
    void readMemberships(const QString &userId, ftapi::MembershipKind kind);
    void resolveByEmail();
    void onRunnerFinished();

    QPointer<ftapi::ApiClient> m_client;
    const AccountView *m_base = nullptr;
    ftapi::BulkRunner *m_runner = nullptr;
    AccountSnapshot m_snapshot;
    Plan m_plan;
    QSet<QString> m_listed; // "user id/kind" already asked for
    QStringList m_problems;
    int m_tasks = 0;
    int m_retryDelayMs = 1000;
    bool m_usersRead = false;
    bool m_done = false;
};

} // namespace ftmodels
