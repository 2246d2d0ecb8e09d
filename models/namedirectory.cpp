#include "namedirectory.h"

#include "apiclient.h"

#include <QCoreApplication>

namespace ftmodels {

using namespace Qt::StringLiterals;

NameDirectory::NameDirectory(QObject *parent)
    : QObject(parent)
{
}

NameDirectory::~NameDirectory()
{
    cancel();
}

void NameDirectory::setClient(ftapi::ApiClient *client)
{
    cancel();
    m_client = client;
    m_started = false;
}

void NameDirectory::ensureLoaded()
{
    if (m_started)
        return;
    reload();
}

void NameDirectory::reload()
{
    cancel();
    if (!m_client)
        return;
    m_started = true;
    const quint64 generation = ++m_generation;
    setPending(1);
    const quint64 call = m_client->listGroups(
        this, [this, generation](const ftapi::ApiResult<QVector<ftapi::Group>> &result) {
            onGroups(generation, result);
        });
    if (generation == m_generation && m_pending > 0)
        m_calls.append(call);
}

void NameDirectory::cancel()
{
    ++m_generation;
    if (isLoading())
        m_started = false; // an interrupted load is not a load
    const QVector<quint64> calls = std::exchange(m_calls, {});
    if (m_client) {
        for (quint64 call : calls)
            m_client->cancel(call);
    }
    setPending(0);
}

void NameDirectory::onGroups(quint64 generation,
                             const ftapi::ApiResult<QVector<ftapi::Group>> &result)
{
    if (generation != m_generation)
        return;
    m_calls.clear();
    if (!result) {
        setPending(0);
        m_started = false; // the next ensureLoaded() tries again
        if (result.error().kind != ftapi::ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(result.error());
        return;
    }
    clearContents();
    for (const ftapi::Group &group : result.value()) {
        if (m_groupIndex.contains(group.id))
            continue;
        m_groupIndex.insert(group.id, int(m_groups.size()));
        m_groups.append(group);
    }
    m_groupsComplete = true;
    m_connectionsFailed = false;
    if (m_groups.isEmpty()) {
        m_connectionsComplete = true;
        setPending(0);
        Q_EMIT namesChanged();
        return;
    }
    Q_EMIT namesChanged();
    // One call per group; the scheduler spreads them over its in-flight cap.
    const QVector<ftapi::Group> groups = m_groups;
    setPending(int(groups.size()));
    for (const ftapi::Group &group : groups) {
        const quint64 call = m_client->listGroupConnections(
            group.id, this,
            [this, generation,
             id = group.id](const ftapi::ApiResult<QVector<ftapi::Connection>> &r) {
                onConnections(generation, id, r);
            });
        if (generation != m_generation)
            return; // a synchronous failure cancelled the load
        m_calls.append(call);
    }
}

void NameDirectory::onConnections(quint64 generation, const QString &groupId,
                                  const ftapi::ApiResult<QVector<ftapi::Connection>> &result)
{
    if (generation != m_generation)
        return;
    if (result) {
        QVector<ftapi::Connection> connections = result.value();
        for (ftapi::Connection &connection : connections) {
            if (connection.groupId.isEmpty())
                connection.groupId = groupId;
        }
        addConnections(connections);
    } else if (!m_connectionsFailed) {
        m_connectionsFailed = true;
        if (result.error().kind != ftapi::ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(result.error());
    }
    if (m_pending == 1) {
        m_calls.clear();
        m_connectionsComplete = !m_connectionsFailed;
        if (m_connectionsFailed)
            m_started = false;
        setPending(0);
        Q_EMIT namesChanged();
    } else {
        setPending(m_pending - 1);
    }
}

void NameDirectory::addConnections(const QVector<ftapi::Connection> &connections)
{
    for (const ftapi::Connection &connection : connections) {
        if (m_connectionIndex.contains(connection.id))
            continue;
        m_connectionIndex.insert(connection.id, int(m_connections.size()));
        m_connections.append(connection);
    }
}

void NameDirectory::setPending(int pending)
{
    const bool was = isLoading();
    m_pending = pending;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void NameDirectory::clearContents()
{
    m_groups.clear();
    m_connections.clear();
    m_groupIndex.clear();
    m_connectionIndex.clear();
    m_groupsComplete = false;
    m_connectionsComplete = false;
}

void NameDirectory::setContents(const QVector<ftapi::Group> &groups,
                                const QVector<ftapi::Connection> &connections)
{
    cancel();
    clearContents();
    for (const ftapi::Group &group : groups) {
        if (!m_groupIndex.contains(group.id)) {
            m_groupIndex.insert(group.id, int(m_groups.size()));
            m_groups.append(group);
        }
    }
    addConnections(connections);
    m_groupsComplete = true;
    m_connectionsComplete = true;
    m_started = true;
    Q_EMIT namesChanged();
}

NameDirectory::Lookup NameDirectory::lookup(ftapi::MembershipKind kind, const QString &id) const
{
    if (kind == ftapi::MembershipKind::Group) {
        if (m_groupIndex.contains(id))
            return Lookup::Known;
        return m_groupsComplete ? Lookup::Missing : Lookup::Pending;
    }
    if (m_connectionIndex.contains(id))
        return Lookup::Known;
    return m_connectionsComplete ? Lookup::Missing : Lookup::Pending;
}

const ftapi::Group *NameDirectory::group(const QString &id) const
{
    const auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.constEnd() ? nullptr : &m_groups.at(*it);
}

const ftapi::Connection *NameDirectory::connection(const QString &id) const
{
    const auto it = m_connectionIndex.constFind(id);
    return it == m_connectionIndex.constEnd() ? nullptr : &m_connections.at(*it);
}

QString NameDirectory::targetName(ftapi::MembershipKind kind, const QString &id) const
{
    switch (lookup(kind, id)) {
    case Lookup::Known:
        if (kind == ftapi::MembershipKind::Group) {
            const QString &name = group(id)->name;
            return name.isEmpty() ? id : name;
        }
        return connection(id)->displayName();
    case Lookup::Pending:
        return id;
    case Lookup::Missing:
        return kind == ftapi::MembershipKind::Group
            ? QCoreApplication::translate("ftmodels", "%1 (deleted destination)").arg(id)
            : QCoreApplication::translate("ftmodels", "%1 (deleted connection)").arg(id);
    }
    return id;
}

QVector<ftapi::Connection> NameDirectory::connectionsOfGroup(const QString &groupId) const
{
    QVector<ftapi::Connection> result;
    for (const ftapi::Connection &connection : m_connections) {
        if (connection.groupId == groupId)
            result.append(connection);
    }
    return result;
}

} // namespace ftmodels
