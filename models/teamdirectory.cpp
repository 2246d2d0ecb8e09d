#include "teamdirectory.h"

#include "apiclient.h"

namespace ftmodels {

TeamDirectory::TeamDirectory(QObject *parent)
    : QObject(parent)
{
}

TeamDirectory::~TeamDirectory()
{
    cancel();
}

void TeamDirectory::setClient(ftapi::ApiClient *client)
{
    cancel();
    m_client = client;
    m_state = State::NotLoaded;
}

void TeamDirectory::ensureLoaded()
{
    if (m_state == State::NotLoaded || m_state == State::Failed)
        reload();
}

void TeamDirectory::reloadIfLoaded()
{
    if (m_state != State::NotLoaded)
        reload();
}

void TeamDirectory::reload()
{
    cancel();
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_listFailed = false;
    setState(State::Loading);
    const quint64 call = m_client->listTeams(
        this, [this, generation](const ftapi::ApiResult<QVector<ftapi::Team>> &result) {
            onTeams(generation, result);
        });
    if (generation == m_generation && isLoading())
        m_calls.append(call);
}

void TeamDirectory::cancel()
{
    ++m_generation;
    const QVector<quint64> calls = std::exchange(m_calls, {});
    if (m_client) {
        for (quint64 call : calls)
            m_client->cancel(call);
    }
    m_pending = 0;
    if (isLoading())
        setState(State::NotLoaded); // an interrupted load is not a load
}

void TeamDirectory::setState(State state)
{
    const bool was = isLoading();
    m_state = state;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void TeamDirectory::onTeams(quint64 generation,
                            const ftapi::ApiResult<QVector<ftapi::Team>> &result)
{
    if (generation != m_generation)
        return;
    m_calls.clear();
    if (!result) {
        const ftapi::ApiError &error = result.error();
        m_teams.clear();
        m_problem = error.userText();
        const bool refused = error.kind == ftapi::ApiError::Kind::Http
            && (error.httpStatus == 404 || error.httpStatus == 403);
        setState(refused ? State::Unreadable : State::Failed);
        if (!refused && error.kind != ftapi::ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(error);
        Q_EMIT teamsChanged();
        return;
    }
    QVector<TeamAccess> teams;
    for (const ftapi::Team &team : result.value())
        teams.append(TeamAccess { team, {}, {}, {} });
    m_teams = teams;
    m_problem.clear();
    if (m_teams.isEmpty()) {
        setState(State::Loaded);
        Q_EMIT teamsChanged();
        return;
    }
    m_pending = int(m_teams.size()) * 3;
    for (int i = 0; i < int(m_teams.size()) && generation == m_generation; ++i) {
        const QString id = m_teams.at(i).team.id;
        using Grants = ftapi::ApiResult<QVector<ftapi::TeamGrant>>;
        m_calls.append(m_client->listTeamUsers(
            id, this, [this, generation, i](const ftapi::ApiResult<QVector<ftapi::TeamMember>> &r) {
                if (generation == m_generation && r)
                    m_teams[i].members = r.value();
                listDone(generation, r ? nullptr : &r.error());
            }));
        m_calls.append(m_client->listTeamGroups(id, this, [this, generation, i](const Grants &r) {
            if (generation == m_generation && r)
                m_teams[i].destinations = r.value();
            listDone(generation, r ? nullptr : &r.error());
        }));
        m_calls.append(
            m_client->listTeamConnections(id, this, [this, generation, i](const Grants &r) {
                if (generation == m_generation && r)
                    m_teams[i].connections = r.value();
                listDone(generation, r ? nullptr : &r.error());
            }));
    }
}

void TeamDirectory::listDone(quint64 generation, const ftapi::ApiError *error)
{
    if (generation != m_generation)
        return;
    if (error && !m_listFailed) {
        m_listFailed = true;
        m_problem = error->userText();
        if (error->kind != ftapi::ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(*error);
    }
    if (--m_pending > 0)
        return;
    m_calls.clear();
    setState(m_listFailed ? State::Failed : State::Loaded);
    Q_EMIT teamsChanged();
}

void TeamDirectory::setTeams(const QVector<TeamAccess> &teams)
{
    cancel();
    m_teams = teams;
    m_problem.clear();
    setState(State::Loaded);
    Q_EMIT teamsChanged();
}

} // namespace ftmodels
