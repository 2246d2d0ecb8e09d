#include "auditcollector.h"

#include "apiclient.h"
#include "auditassembler.h"
#include "bulkrunner.h"

#include <QCoreApplication>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::ApiClient;
using ftapi::ApiResult;
using ftapi::BulkRunner;

namespace {

// Who a label names: the e-mail people recognise, the id when there is none.
QString who(const ftapi::User &user)
{
    return user.email.isEmpty() ? user.id : user.email;
}

} // namespace

AuditCollector::AuditCollector(ftapi::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_assembler(new AuditAssembler(&m_data, this))
{
    Q_ASSERT(client);
    connect(client->scheduler(), &ftapi::RequestScheduler::requestSent, this,
            &AuditCollector::onRequestSent);
    connect(client->scheduler(), &ftapi::RequestScheduler::pausedUntilChanged, this,
            [this](const QDateTime &until) {
                if (m_running)
                    Q_EMIT pausedUntilChanged(until);
            });
}

AuditCollector::~AuditCollector()
{
    // The runner cancels its calls through the client; without a client there is nothing
    // left to cancel, and the runner must not touch it.
    if (m_runner && !m_client) {
        m_runner->setParent(nullptr); // leaked on purpose rather than crash; see header
        m_runner = nullptr;
    }
    delete m_runner;
}

ftapi::ApiClient *AuditCollector::client() const
{
    return m_client.data();
}

void AuditCollector::setMaxRounds(int rounds)
{
    m_maxRounds = qMax(0, rounds);
}

int AuditCollector::peopleAssembled() const
{
    return m_running ? m_assembler->assembled() : 0;
}

quint64 AuditCollector::requestsMade() const
{
    const ftapi::ApiClient *client = m_client.data();
    if (!client || !client->scheduler())
        return m_result.requests;
    return client->scheduler()->requestsSent() - m_requestBase;
}

QDateTime AuditCollector::pausedUntil() const
{
    const ftapi::ApiClient *client = m_client.data();
    if (!client || !client->scheduler() || !m_running)
        return {};
    return client->scheduler()->pausedUntil();
}

void AuditCollector::start()
{
    ftapi::ApiClient *client = m_client.data();
    if (!client || !client->scheduler())
        return;
    if (m_runner) {
        // Silence the old run: its finished() must not end the new one.
        disconnect(m_runner, nullptr, this, nullptr);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    m_assembler->reset();
    m_data = AuditData();
    m_result = AuditResult();
    m_listsLeft.clear();
    m_userIndex.clear();
    m_seenUsers.clear();
    m_seenCursors.clear();
    m_problems.clear();
    m_connectionListsDone = 0;
    m_teamListsDone = 0;
    m_teamsSettled = false;
    m_lookupsReady = false;
    m_usersDone = 0;
    m_requestBase = client->scheduler()->requestsSent();
    m_running = true;

    m_runner = new BulkRunner(client, this);
    m_runner->setMaxRounds(m_maxRounds);
    connect(m_runner, &BulkRunner::finished, this, &AuditCollector::onRunnerFinished);

    Q_EMIT started();
    Q_EMIT progressChanged(0, 0);
    Q_EMIT requestsChanged(0);
    // Users first: their membership lists are the bulk of the work and wait for them.
    addUsersPageTask(QString(), 1);
    addRolesTask();
    addGroupsTask();
    addTeamsTask();
    m_runner->start();
}

void AuditCollector::cancel()
{
    if (m_running && m_runner)
        m_runner->cancel(); // finished(true) arrives synchronously
}

void AuditCollector::addRolesTask()
{
    m_runner->add(tr("The list of roles"),
                  [this](QObject *context, const BulkRunner::Finish &finish) {
                      return m_client->listRoles(
                          context, [this, finish](const ApiResult<QVector<ftapi::Role>> &result) {
                              if (result) {
                                  m_data.roles = result.value();
                                  m_data.rolesComplete = true;
                                  checkLookups();
                              }
                              finish(ftapi::outcomeOf(result));
                          });
                  });
}

void AuditCollector::addGroupsTask()
{
    m_runner->add(tr("The list of destinations"),
                  [this](QObject *context, const BulkRunner::Finish &finish) {
                      return m_client->listGroups(
                          context, [this, finish](const ApiResult<QVector<ftapi::Group>> &result) {
                              if (result) {
                                  m_data.groups = result.value();
                                  m_data.groupsComplete = true;
                                  for (const ftapi::Group &group : std::as_const(m_data.groups))
                                      addConnectionsTask(group);
                                  checkLookups();
                              }
                              finish(ftapi::outcomeOf(result));
                          });
                  });
}

void AuditCollector::addConnectionsTask(const ftapi::Group &group)
{
    const QString name = group.name.isEmpty() ? group.id : group.name;
    m_runner->addFirst(
        tr("The connections of destination %1").arg(name),
        [this, id = group.id](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listGroupConnections(
                id, context,
                [this, id, finish](const ApiResult<QVector<ftapi::Connection>> &result) {
                    if (result) {
                        for (ftapi::Connection connection : result.value()) {
                            if (connection.groupId.isEmpty())
                                connection.groupId = id;
                            m_data.connections.append(connection);
                        }
                        ++m_connectionListsDone;
                        checkLookups();
                    }
                    finish(ftapi::outcomeOf(result));
                });
        });
}

void AuditCollector::addTeamsTask()
{
    m_runner->add(tr("The list of teams"),
                  [this](QObject *context, const BulkRunner::Finish &finish) {
                      return m_client->listTeams(
                          context, [this, finish](const ApiResult<QVector<ftapi::Team>> &result) {
                              if (!result) {
                                  const ftapi::ApiError &error = result.error();
                                  // A server or key without teams access: carry on without teams,
                                  // and say so.
                                  if (error.kind == ftapi::ApiError::Kind::Http
                                      && (error.httpStatus == 404 || error.httpStatus == 403)) {
                                      m_data.teamsProblem = error.userText();
                                      m_teamsSettled = true;
                                      checkLookups();
                                      finish({});
                                      return;
                                  }
                                  finish(error);
                                  return;
                              }
                              if (!m_data.teamsRead) {
                                  m_data.teamsRead = true;
                                  for (const ftapi::Team &team : result.value()) {
                                      TeamAccess access;
                                      access.team = team;
                                      m_data.teams.append(access);
                                  }
                                  for (int i = 0; i < int(m_data.teams.size()); ++i)
                                      addTeamListTasks(i);
                                  m_teamsSettled = true;
                                  checkLookups();
                              }
                              finish({});
                          });
                  });
}

void AuditCollector::addTeamListTasks(int team)
{
    const ftapi::Team &t = m_data.teams.at(team).team;
    const QString name = t.name.isEmpty() ? t.id : t.name;
    m_runner->addFirst(
        tr("The members of team %1").arg(name),
        [this, team, id = t.id](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listTeamUsers(
                id, context,
                [this, team, finish](const ApiResult<QVector<ftapi::TeamMember>> &result) {
                    if (result) {
                        m_data.teams[team].members = result.value();
                        onTeamListArrived();
                    }
                    finish(ftapi::outcomeOf(result));
                });
        });
    m_runner->addFirst(
        tr("The destination roles of team %1").arg(name),
        [this, team, id = t.id](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listTeamGroups(
                id, context,
                [this, team, finish](const ApiResult<QVector<ftapi::TeamGrant>> &result) {
                    if (result) {
                        m_data.teams[team].destinations = result.value();
                        onTeamListArrived();
                    }
                    finish(ftapi::outcomeOf(result));
                });
        });
    m_runner->addFirst(
        tr("The connection roles of team %1").arg(name),
        [this, team, id = t.id](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listTeamConnections(
                id, context,
                [this, team, finish](const ApiResult<QVector<ftapi::TeamGrant>> &result) {
                    if (result) {
                        m_data.teams[team].connections = result.value();
                        onTeamListArrived();
                    }
                    finish(ftapi::outcomeOf(result));
                });
        });
}

void AuditCollector::addUsersPageTask(const QString &cursor, int pageNumber)
{
    m_runner->addFirst(
        tr("Page %1 of the list of users").arg(pageNumber),
        [this, cursor, pageNumber](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listUsersPage(
                cursor, m_client->pageLimit(), context,
                [this, pageNumber, finish](const ApiResult<ftapi::Page<ftapi::User>> &result) {
                    if (result)
                        onUsersPage(result.value(), pageNumber);
                    finish(ftapi::outcomeOf(result));
                });
        });
}

void AuditCollector::onUsersPage(const ftapi::Page<ftapi::User> &page, int pageNumber)
{
    // The next page goes first, so the rest of the users are not stuck behind the
    // membership lists of this page.
    if (!page.isLast()) {
        if (m_seenCursors.contains(page.nextCursor)) {
            m_problems.append(tr("The list of users after page %1: the server repeated a page "
                                 "cursor, the list would never end.")
                                  .arg(pageNumber));
        } else if (const ftapi::ApiClient *client = m_client.data();
                   client && pageNumber >= client->maxPages()) {
            // A new cursor on every page would be followed forever.
            ftapi::ApiError endless;
            endless.stop = ftapi::ApiError::Stop::TooManyPages;
            endless.limit = client->maxPages();
            m_problems.append(tr("The list of users: %1").arg(endless.userText()));
        } else {
            m_seenCursors.insert(page.nextCursor);
            addUsersPageTask(page.nextCursor, pageNumber + 1);
        }
    } else {
        m_data.usersComplete = true;
    }
    for (const ftapi::User &user : page.items) {
        if (user.id.isEmpty())
            continue;
        if (m_seenUsers.contains(user.id)) {
            // Two users under one id: merging them would hide one's access.
            ftapi::ApiError duplicate;
            duplicate.stop = ftapi::ApiError::Stop::DuplicateId;
            duplicate.subject = user.id;
            m_problems.append(tr("The list of users: %1").arg(duplicate.userText()));
            continue;
        }
        m_seenUsers.insert(user.id);
        m_userIndex.insert(user.id, int(m_data.users.size()));
        m_data.users.append(user);
        m_listsLeft.insert(user.id, 2);
        addMembershipTask(user, true);
        addMembershipTask(user, false);
    }
    Q_EMIT progressChanged(m_usersDone, usersTotal());
}

void AuditCollector::addMembershipTask(const ftapi::User &user, bool destinations)
{
    const QString label = destinations ? tr("The destination memberships of %1").arg(who(user))
                                       : tr("The connection memberships of %1").arg(who(user));
    const ftapi::MembershipKind kind =
        destinations ? ftapi::MembershipKind::Group : ftapi::MembershipKind::Connection;
    m_runner->add(
        label, [this, kind, id = user.id](QObject *context, const BulkRunner::Finish &finish) {
            return m_client->listMemberships(
                kind, id, context,
                [this, kind, id, finish](const ApiResult<QVector<ftapi::Membership>> &result) {
                    if (result) {
                        auto &lists = kind == ftapi::MembershipKind::Group
                            ? m_data.destinationMemberships
                            : m_data.connectionMemberships;
                        if (!lists.contains(id)) {
                            lists.insert(id, result.value());
                            onMembershipsArrived(id);
                        }
                    }
                    finish(ftapi::outcomeOf(result));
                });
        });
}

void AuditCollector::onMembershipsArrived(const QString &userId)
{
    auto it = m_listsLeft.find(userId);
    if (it == m_listsLeft.end())
        return;
    if (--*it == 0) {
        m_listsLeft.erase(it);
        ++m_usersDone;
        m_assembler->personReady(m_userIndex.value(userId, -1));
        Q_EMIT progressChanged(m_usersDone, usersTotal());
    }
}

void AuditCollector::onTeamListArrived()
{
    ++m_teamListsDone;
    checkLookups();
}

void AuditCollector::checkLookups()
{
    // Every person's rows depend on these and on nothing else but the person's own lists.
    if (m_lookupsReady || !m_data.rolesComplete || !m_data.groupsComplete || !m_teamsSettled
        || m_connectionListsDone != int(m_data.groups.size())
        || m_teamListsDone != 3 * int(m_data.teams.size()))
        return;
    m_lookupsReady = true;
    m_data.connectionsComplete = true;
    m_assembler->lookupsReady();
}

void AuditCollector::onRequestSent()
{
    if (m_running)
        Q_EMIT requestsChanged(requestsMade());
}

void AuditCollector::onRunnerFinished(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_data.connectionsComplete =
        m_data.groupsComplete && m_connectionListsDone == int(m_data.groups.size());

    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_result = AuditResult();
    m_assembler->finish(now, &m_result.rows, &m_result.effective);
    m_result.teamsRead = m_data.teamsRead;
    m_result.teamsProblem = m_data.teamsProblem;
    m_result.roles = m_data.roles;
    m_result.userCount = usersTotal();
    m_result.generatedAt = now.toUTC();
    m_result.requests = requestsMade();
    m_result.cancelled = cancelled;
    if (m_runner) {
        const QVector<BulkRunner::Failure> failures = m_runner->failures();
        for (const BulkRunner::Failure &failure : failures)
            m_result.missing.append(failure.label + u": "_s + failure.error.userText());
    }
    m_result.missing += m_problems;
    if (!cancelled && m_result.missing.isEmpty() && !m_data.usersComplete)
        m_result.missing.append(tr("The list of users did not arrive completely."));
    if (m_runner) {
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    Q_EMIT pausedUntilChanged(QDateTime());
    Q_EMIT progressChanged(m_usersDone, usersTotal());
    Q_EMIT finished();
}

} // namespace ftmodels
