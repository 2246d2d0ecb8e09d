#pragma once

#include "apiresult.h"
#include "connection.h"
#include "group.h"
#include "membership.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace ftapi {
class ApiClient;
}

namespace ftmodels {

// Names for ids: every group (destination) and every connection of the account, fetched
// lazily on first need (GET /groups, then each group's connections, spread over the client's
// scheduler) and shared by everything that shows a membership. Knows the difference between
// "not fetched yet" (show the id) and "fetched, and it is not there" (a deleted target).
class NameDirectory : public QObject
{
    Q_OBJECT

public:
    enum class Lookup {
        Known, // the target exists and has a name
        Pending, // not known yet: still loading, never loaded, or the load failed
        Missing, // the complete list was fetched and the target is not in it
    };
    Q_ENUM(Lookup)

    explicit NameDirectory(QObject *parent = nullptr);
    ~NameDirectory() override;

    void setClient(ftapi::ApiClient *client);

    void ensureLoaded(); // starts the first load; does nothing once loaded or loading
    void reload(); // fetches everything again (F5)
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    bool groupsComplete() const { return m_groupsComplete; }
    bool connectionsComplete() const { return m_connectionsComplete; }

    Lookup lookup(ftapi::MembershipKind kind, const QString &id) const;
    const ftapi::Group *group(const QString &id) const;
    const ftapi::Connection *connection(const QString &id) const;
    // What a person sees for a target: its name; the id while the name is not known; the id
    // and "deleted destination/connection" when it no longer exists.
    QString targetName(ftapi::MembershipKind kind, const QString &id) const;

    QVector<ftapi::Group> groups() const { return m_groups; }
    QVector<ftapi::Connection> connections() const { return m_connections; }
    QVector<ftapi::Connection> connectionsOfGroup(const QString &groupId) const;

    // For tests and for callers that already hold the lists: replaces everything, complete.
    void setContents(const QVector<ftapi::Group> &groups,
                     const QVector<ftapi::Connection> &connections);

Q_SIGNALS:
    void namesChanged();
    void loadingChanged(bool loading);
    void loadFailed(const ftapi::ApiError &error);

private:
    void onGroups(quint64 generation, const ftapi::ApiResult<QVector<ftapi::Group>> &result);
    void onConnections(quint64 generation, const QString &groupId,
                       const ftapi::ApiResult<QVector<ftapi::Connection>> &result);
    void addConnections(const QVector<ftapi::Connection> &connections);
    void setPending(int pending);
    void clearContents();

    QPointer<ftapi::ApiClient> m_client;
    QVector<ftapi::Group> m_groups;
    QVector<ftapi::Connection> m_connections;
    QHash<QString, int> m_groupIndex;
    QHash<QString, int> m_connectionIndex;
    QVector<quint64> m_calls;
    quint64 m_generation = 0;
    int m_pending = 0; // outstanding calls of the current load
    bool m_started = false;
    bool m_groupsComplete = false;
    bool m_connectionsComplete = false;
    bool m_connectionsFailed = false;
};

} // namespace ftmodels
