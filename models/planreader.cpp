#include "planreader.h"

#include "apiclient.h"
#include "bulkrunner.h"

#include <memory>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::ApiResult;
using ftapi::MembershipKind;

PlanReader::PlanReader(ftapi::ApiClient *client, const AccountView *base, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_base(base)
    , m_snapshot(base)
{
}

PlanReader::~PlanReader() = default;

void PlanReader::start(const Plan &plan)
{
    m_plan = plan;
    m_problems.clear();
    m_listed.clear();
    m_tasks = 0;
    m_done = false;
    if (!m_client) {
        m_problems.append(tr("Not connected to a Fivetran account."));
        m_done = true;
        QMetaObject::invokeMethod(this, &PlanReader::finished, Qt::QueuedConnection);
        return;
    }
    delete m_runner;
    m_runner = new ftapi::BulkRunner(m_client, this);
    m_runner->setRequeueDelay(m_retryDelayMs);
    connect(m_runner, &ftapi::BulkRunner::finished, this, &PlanReader::onRunnerFinished);

    bool roles = false;
    bool groups = false;
    bool connections = false;
    bool byEmail = false;
    for (const Change &c : plan.changes()) {
        roles = roles || !c.role.isEmpty() || c.newAccountRole();
        if (c.isMembership()) {
            groups = groups || c.kind == MembershipKind::Group;
            connections = connections || c.kind == MembershipKind::Connection;
        }
        byEmail = byEmail || c.userId.isEmpty();
    }
    const bool haveUsers = m_base && m_base->usersComplete();
    if (!plan.isEmpty() && !haveUsers)
        readUsers();
    if (roles && !(m_base && m_base->rolesKnown()))
        readRoles();
    const bool needGroups = groups && !(m_base && m_base->targetsKnown(MembershipKind::Group));
    const bool needConnections =
        connections && !(m_base && m_base->targetsKnown(MembershipKind::Connection));
    if (needGroups || needConnections)
        readGroups(needConnections);
    // Memberships of people named by id need not wait for the user list. A deletion reads
    // both kinds: what is lost is said, kept in the journal, and given back by an undo.
    for (const Change &c : plan.changes()) {
        if ((!c.isMembership() && c.op != ChangeOp::DeleteUser) || c.userId.isEmpty())
            continue;
        if (haveUsers && !m_base->user(c.userId))
            continue; // not a user: the check says so
        if (c.op == ChangeOp::DeleteUser) {
            if (!c.expectedGroups)
                readMemberships(c.userId, MembershipKind::Group);
            if (!c.expectedConnections)
                readMemberships(c.userId, MembershipKind::Connection);
        } else {
            readMemberships(c.userId, c.kind);
        }
    }
    if (byEmail && haveUsers)
        resolveByEmail();
    if (m_runner->total() == 0) {
        m_done = true;
        QMetaObject::invokeMethod(this, &PlanReader::finished, Qt::QueuedConnection);
        return;
    }
    m_runner->start();
}

void PlanReader::cancel()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void PlanReader::readUsers()
{
    ++m_tasks;
    m_runner->add(tr("the users"), [this](QObject *context, ftapi::BulkRunner::Finish finish) {
        return m_client->listUsers(context,
                                   [this, finish](const ApiResult<QVector<ftapi::User>> &r) {
                                       if (r) {
                                           m_snapshot.setUsers(r.value());
                                           m_usersRead = true;
                                           resolveByEmail();
                                       }
                                       finish(ftapi::outcomeOf(r));
                                   });
    });
}

void PlanReader::readRoles()
{
    ++m_tasks;
    m_runner->add(tr("the roles"), [this](QObject *context, ftapi::BulkRunner::Finish finish) {
        return m_client->listRoles(context,
                                   [this, finish](const ApiResult<QVector<ftapi::Role>> &r) {
                                       if (r)
                                           m_snapshot.setRoles(r.value());
                                       finish(ftapi::outcomeOf(r));
                                   });
    });
}

void PlanReader::readGroups(bool withConnections)
{
    ++m_tasks;
    m_runner->add(
        tr("the destinations"),
        [this, withConnections](QObject *context, ftapi::BulkRunner::Finish finish) {
            return m_client->listGroups(
                context,
                [this, finish, withConnections](const ApiResult<QVector<ftapi::Group>> &r) {
                    if (!r) {
                        finish(r.error());
                        return;
                    }
                    m_snapshot.setGroups(r.value());
                    if (withConnections) {
                        // Every group's connections, gathered before the list is declared complete.
                        auto all = std::make_shared<QVector<ftapi::Connection>>();
                        auto left = std::make_shared<int>(int(r.value().size()));
                        if (*left == 0)
                            m_snapshot.setConnections({});
                        for (const ftapi::Group &g : r.value()) {
                            ++m_tasks;
                            const QString id = g.id;
                            m_runner->add(
                                tr("the connections of %1").arg(g.name),
                                [this, id, all, left](QObject *ctx,
                                                      ftapi::BulkRunner::Finish done) {
                                    return m_client->listGroupConnections(
                                        id, ctx,
                                        [this, all, left,
                                         done](const ApiResult<QVector<ftapi::Connection>> &c) {
                                            if (c) {
                                                *all += c.value();
                                                if (--*left == 0)
                                                    m_snapshot.setConnections(*all);
                                            }
                                            done(ftapi::outcomeOf(c));
                                        });
                                });
                        }
                    }
                    finish({});
                });
        });
}

void PlanReader::readMemberships(const QString &userId, MembershipKind kind)
{
    if (m_base && m_base->memberships(userId, kind))
        return;
    const QString key = userId + (kind == MembershipKind::Group ? u"/g"_s : u"/c"_s);
    if (m_listed.contains(key))
        return;
    m_listed.insert(key);
    ++m_tasks;
    m_runner->add(
        tr("the memberships of %1").arg(userId),
        [this, userId, kind](QObject *context, ftapi::BulkRunner::Finish finish) {
            return m_client->listMemberships(
                kind, userId, context,
                [this, userId, kind, finish](const ApiResult<QVector<ftapi::Membership>> &r) {
                    if (r) {
                        m_snapshot.setMemberships(userId, kind, r.value());
                    } else if (r.error().problem() == ftapi::ApiError::Problem::UserNotFound) {
                        m_snapshot.setUserMissing(userId); // the check says so
                        finish({});
                        return;
                    }
                    finish(ftapi::outcomeOf(r));
                });
        });
}

void PlanReader::resolveByEmail()
{
    for (const Change &c : m_plan.changes()) {
        if ((!c.isMembership() && c.op != ChangeOp::DeleteUser) || !c.userId.isEmpty())
            continue;
        const ftapi::User *u = m_snapshot.userByEmail(c.email.trimmed());
        if (!u)
            continue;
        if (c.op == ChangeOp::DeleteUser) {
            if (!c.expectedGroups)
                readMemberships(u->id, MembershipKind::Group);
            if (!c.expectedConnections)
                readMemberships(u->id, MembershipKind::Connection);
        } else {
            readMemberships(u->id, c.kind);
        }
    }
}

void PlanReader::onRunnerFinished()
{
    for (const ftapi::BulkRunner::Failure &f : m_runner->failures())
        m_problems.append(tr("%1 could not be read: %2").arg(f.label, f.error.userText()));
    m_done = true;
    Q_EMIT finished();
}

} // namespace ftmodels
