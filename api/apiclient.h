#pragma once

// ApiClient: the one door to the Fivetran user-management API (../shared/API.md).
//
// Every call takes a context QObject and a callback; the callback runs exactly once on the
// context's thread with an ApiResult<T>, unless the context was destroyed first (then never).
// Every call returns a CallId for cancel(); a cancelled call's callback runs once with
// ApiError::Kind::Cancelled. List calls fetch every page with limit=1000 until next_cursor is
// empty; listUsersPaged() also hands over each page as it arrives.
//
//   client->getUser(id, this, [this](const ftapi::ApiResult<ftapi::User> &r) {
//       if (r) show(r.value()); else banner(r.error().userText());
//   });
//
// Operation seed names -> calls:
//   list_all_users -> listUsers / listUsersPaged / listUsersPage   create_user -> createUser
//   user_details -> getUser   modify_user -> modifyUser   delete_user -> deleteUser
//   delete_user_membership_in_account -> removeAccountRole
//   get_user_memberships_in_groups|connectors -> listMemberships(kind, ...)
//   add_user_membership_in_group|connector    -> addMembership(kind, ...)
//   get_user_membership_in_group|connector    -> getMembership(kind, ...)
//   update_user_membership_in_group|connector -> updateMembership(kind, ...)
//   delete_user_membership_in_group|connector -> deleteMembership(kind, ...)
//   look-ups: listRoles, listGroups, listGroupConnections,
//             listTeams, listTeamUsers, listTeamGroups, listTeamConnections
// Rate limits, retries, timeouts and the in-flight cap are the scheduler()'s; watch its
// requestSent(total) and pausedUntilChanged(until) signals for progress and 429 countdowns.
// Long jobs (audits, bulk changes) go through BulkRunner, which re-queues what failed.

#include "apirequest.h"
#include "apitypes.h"
#include "jsonparsers.h"
#include "replyinterpreter.h"
#include "requestscheduler.h"
#include "secretmask.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThreadPool;

namespace ftapi {

// An API key and secret. Never logged, never written to settings.
struct Credentials
{
    QString apiKey;
    QString apiSecret;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    using CallId = quint64;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;
    // A page's items are the callback's to keep: it may move them away.
    template<typename T>
    using PageCallback = std::function<void(QVector<T> &&items)>;

    enum class ConnectorRoute { Connections, Connectors };
    Q_ENUM(ConnectorRoute)

    // `manager` is not owned (use a child of the client or of the caller).
    ApiClient(QNetworkAccessManager *manager, const QUrl &baseUrl, const Credentials &credentials,
              QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl defaultBaseUrl(); // https://api.fivetran.com/v1
    // Empty when `url` may be used; otherwise why not (plain http is only for loopback).
    static QString checkBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    void setCredentials(const Credentials &credentials);
    bool hasCredentials() const;

    ConnectorRoute connectorRoute() const { return m_connectorRoute; }
    void setConnectorRoute(ConnectorRoute route);
    // On a route-level 404 (not a NotFound_* one) retry once with the other spelling and keep
    // it. Default on.
    void setConnectorRouteFallback(bool enabled) { m_routeFallback = enabled; }

    int pageLimit() const { return m_pageLimit; }
    void setPageLimit(int limit); // 1..1000, default 1000
    // Pages one list may take before it is stopped as endless (a server handing out a new
    // cursor on every page): default 2000, two million items at limit=1000.
    int maxPages() const { return m_maxPages; }
    void setMaxPages(int pages);
    // What every message from this client is cleaned of (the credentials); for logs beside it.
    const SecretMask &secretMask() const { return m_mask; }

    // Where listUsersPaged() reads its pages (the JSON and the users in it), away from the
    // thread of the client: default QThreadPool::globalInstance(). Not owned; it must outlive
    // the client's calls (a pool's destructor waits for its work, so a pool that outlives the
    // client does).
    QThreadPool *parsePool() const { return m_parsePool; }
    void setParsePool(QThreadPool *pool);

    RequestScheduler *scheduler() const { return m_scheduler; }
    // The manager the client was made with, for the program's other fetches (pictures) to share.
    QNetworkAccessManager *networkManager() const { return m_manager; }

    // Users
    CallId listUsers(QObject *context, Callback<QVector<User>> done);
    CallId listUsersPaged(QObject *context, PageCallback<User> onPage, Callback<void> done);
    CallId listUsersPage(const QString &cursor, int limit, QObject *context,
                         Callback<Page<User>> done);
    CallId createUser(const NewUser &user, QObject *context, Callback<User> done);
    CallId getUser(const QString &userId, QObject *context, Callback<User> done);
    CallId modifyUser(const QString &userId, const UserUpdate &update, QObject *context,
                      Callback<User> done);
    CallId deleteUser(const QString &userId, QObject *context, Callback<void> done);
    CallId removeAccountRole(const QString &userId, QObject *context, Callback<void> done);

    // A user's memberships in groups (destinations) or connections
    CallId listMemberships(MembershipKind kind, const QString &userId, QObject *context,
                           Callback<QVector<Membership>> done);
    CallId addMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                         const QString &role, QObject *context, Callback<Membership> done);
    CallId getMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                         QObject *context, Callback<Membership> done);
    CallId updateMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                            const QString &role, QObject *context, Callback<void> done);
    CallId deleteMembership(MembershipKind kind, const QString &userId, const QString &targetId,
                            QObject *context, Callback<void> done);

    // Look-ups
    CallId listRoles(QObject *context, Callback<QVector<Role>> done);
    CallId listGroups(QObject *context, Callback<QVector<Group>> done);
    CallId listGroupConnections(const QString &groupId, QObject *context,
                                Callback<QVector<Connection>> done);
    // Teams. A server or key without teams access answers 404 NotFound or 403 to listTeams():
    // callers that can do without teams treat that as "teams could not be read".
    CallId listTeams(QObject *context, Callback<QVector<Team>> done);
    CallId listTeamUsers(const QString &teamId, QObject *context,
                         Callback<QVector<TeamMember>> done);
    CallId listTeamGroups(const QString &teamId, QObject *context,
                          Callback<QVector<TeamGrant>> done);
    // /teams/{id}/connections, or the older /connectors, as connectorRoute() says.
    CallId listTeamConnections(const QString &teamId, QObject *context,
                               Callback<QVector<TeamGrant>> done);

    // The generic path, for callers that want the JSON as sent (fivetran-admin call).
    CallId send(const ApiRequest &request, QObject *context, Callback<ApiResponse> done);
    // Every page of a list request merged into one array of items.
    CallId sendAllPages(const ApiRequest &request, QObject *context, Callback<QJsonArray> done);

    void cancel(CallId call);
    void cancelAll();

    // Path of a user's membership collection, "{connections}" token included.
    static QString membershipsPath(MembershipKind kind, const QString &userId);

Q_SIGNALS:
    void connectorRouteChanged(ftapi::ApiClient::ConnectorRoute route);

private:
    struct PagedCall;
    using RawPageHandler = std::function<ApiResult<void>(const QVector<QJsonValue> &items)>;
    // Takes a page's answer as it came off the wire and, on a worker, makes items of it.
    using RawReplyHandler =
        std::function<void(const std::shared_ptr<PagedCall> &paged, const RawReply &raw)>;

    CallId sendOn(CallId call, const ApiRequest &request, QObject *context,
                  Callback<ApiResponse> done, bool mayFallBack);
    // Hands `raw` to the scheduler as sendOn() does, and its answer to `done` uninterpreted.
    void submitRaw(CallId call, const ApiRequest &request, QObject *target,
                   std::function<void(const RawReply &raw)> done);
    CallId fetchAll(const ApiRequest &request, QObject *context, RawPageHandler onPage,
                    Callback<void> done);
    CallId startPaged(const std::shared_ptr<PagedCall> &paged);
    template<typename T>
    CallId fetchAllOffThread(const ApiRequest &request, ItemParser<T> parser, QObject *context,
                             PageCallback<T> onPage, Callback<void> done);
    void fetchNextPage(const std::shared_ptr<PagedCall> &paged);
    void finishPaged(const std::shared_ptr<PagedCall> &paged, const ApiResult<void> &outcome);
    // After a page was handed over: the end, a cancel, a broken cursor, or the next page.
    void continuePaged(const std::shared_ptr<PagedCall> &paged, const QString &next);
    QNetworkRequest networkRequest(const ApiRequest &request) const;
    QString resolvePath(const QString &path) const;
    CallId refuse(QObject *context, const std::function<void()> &deliver);
    template<typename T>
    CallId listAll(const ApiRequest &request, ItemParser<T> parser, QObject *context,
                   Callback<QVector<T>> done);
    template<typename T>
    CallId sendParsed(const ApiRequest &request, ItemParser<T> parser, QObject *context,
                      Callback<T> done);
    CallId sendNoValue(const ApiRequest &request, QObject *context, Callback<void> done);

    QUrl m_baseUrl;
    QByteArray m_authorization;
    QString m_urlProblem;
    QNetworkAccessManager *m_manager = nullptr;
    RequestScheduler *m_scheduler = nullptr;
    ConnectorRoute m_connectorRoute = ConnectorRoute::Connections;
    bool m_routeFallback = true;
    int m_pageLimit = 1000;
    int m_maxPages = 2000;
    SecretMask m_mask;
    QThreadPool *m_parsePool = nullptr;
    QHash<CallId, std::shared_ptr<PagedCall>> m_paged;
};

} // namespace ftapi
