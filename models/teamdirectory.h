#pragma once

#include "accessgraph.h"
#include "apierror.h"
#include "apiresult.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

// The account's teams with their members and roles, for the details panel's "Can reach": read
// on first need (GET /teams, then each team's users, groups and connections over the client's
// scheduler) and again on reload(). A server or key that refuses GET /teams with 404 or 403 is
// Unreadable, not a failure: effective access is then shown without teams, and says so.
class TeamDirectory : public QObject
{
    Q_OBJECT

public:
    enum class State { NotLoaded, Loading, Loaded, Unreadable, Failed };
    Q_ENUM(State)

    explicit TeamDirectory(QObject *parent = nullptr);
    ~TeamDirectory() override;

    void setClient(ftapi::ApiClient *client);

    void ensureLoaded(); // the first load; nothing once loaded or loading (a failure retries)
    void reload();
    void reloadIfLoaded(); // a refresh: only what was read before is read again
    void cancel();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    QString problem() const { return m_problem; } // why Unreadable or Failed
    const QVector<TeamAccess> &teams() const { return m_teams; }

    // For tests and for callers that already hold the teams: replaces everything, Loaded.
    void setTeams(const QVector<TeamAccess> &teams);

Q_SIGNALS:
    void teamsChanged(); // the teams or the state changed
    void loadingChanged(bool loading);
    void loadFailed(const ftapi::ApiError &error);

private:
    void onTeams(quint64 generation, const ftapi::ApiResult<QVector<ftapi::Team>> &result);
    void listDone(quint64 generation, const ftapi::ApiError *error);
    void setState(State state);

    QPointer<ftapi::ApiClient> m_client;
    QVector<TeamAccess> m_teams;
    QVector<quint64> m_calls;
    QString m_problem;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_listFailed = false;
    State m_state = State::NotLoaded;
};

} // namespace ftmodels
