#include "apiclient.h"

#include "jsonparsers.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

namespace ftapi {

using namespace Qt::StringLiterals;

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// Ids go into paths; an empty or dot id would address a different route.
QString idProblem(const QString &id, const QString &what)
{
    if (id.isEmpty())
        return u"The %1 is empty."_s.arg(what);
    if (id == u"."_s || id == u".."_s)
        return u"The %1 is not valid."_s.arg(what);
    return {};
}

ApiError invalid(const QString &message)
{
    return ApiError::make(ApiError::Kind::InvalidRequest, message);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *manager, const QUrl &baseUrl,
                     const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_scheduler(new RequestScheduler(manager, this))
    , m_parsePool(QThreadPool::globalInstance())
{
    setBaseUrl(baseUrl);
    setCredentials(credentials);
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(u"https://api.fivetran.com/v1"_s);
}

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    // Shown in the connection dialog, so in the window's language.
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API address \"%1\" is not a valid URL.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password.");
    if (url.query(QUrl::FullyEncoded).size() > 0 || url.hasFragment())
        return tr("The API address must not contain a query or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Refusing plain http:// to %1: the API key would cross the network "
                  "unencrypted. Use https://, or http:// only for localhost/127.0.0.1.")
            .arg(url.host());
    }
    return tr("The API address must start with https:// (got \"%1\").").arg(url.scheme());
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_urlProblem = checkBaseUrl(url);
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_mask.clear();
    m_mask.setCredentials(credentials.apiKey, credentials.apiSecret);
    if (credentials.apiKey.isEmpty() && credentials.apiSecret.isEmpty()) {
        m_authorization.clear();
        return;
    }
    const QByteArray pair = credentials.apiKey.toUtf8() + ':' + credentials.apiSecret.toUtf8();
    m_authorization = "Basic " + pair.toBase64();
}

bool ApiClient::hasCredentials() const
{
    return !m_authorization.isEmpty();
}

void ApiClient::setConnectorRoute(ConnectorRoute route)
{
    if (route == m_connectorRoute)
        return;
    m_connectorRoute = route;
    Q_EMIT connectorRouteChanged(route);
}

void ApiClient::setParsePool(QThreadPool *pool)
{
    m_parsePool = pool ? pool : QThreadPool::globalInstance();
}

void ApiClient::setPageLimit(int limit)
{
    m_pageLimit = qBound(1, limit, 1000);
}

void ApiClient::setMaxPages(int pages)
{
    m_maxPages = qMax(1, pages);
}

QString ApiClient::membershipsPath(MembershipKind kind, const QString &userId)
{
    return u"/users"_s + ApiRequest::segment(userId)
        + (kind == MembershipKind::Group ? u"/groups"_s : u"/"_s + ApiRequest::connectionsToken());
}

QString ApiClient::resolvePath(const QString &path) const
{
    QString resolved = path;
    resolved.replace(ApiRequest::connectionsToken(),
                     m_connectorRoute == ConnectorRoute::Connections ? u"connections"_s
                                                                     : u"connectors"_s);
    return resolved;
}

QNetworkRequest ApiClient::networkRequest(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + resolvePath(request.path), QUrl::TolerantMode);
    if (!request.query.isEmpty()) {
        QStringList parts;
        for (const auto &item : request.query)
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + u"="_s
                         + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    }
    QNetworkRequest r(url);
    if (!m_authorization.isEmpty())
        r.setRawHeader("Authorization", m_authorization);
    r.setRawHeader("Accept", "application/json");
    if (request.body)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QByteArrayLiteral("fivetran-admin/" FT_VERSION " (Qt)"));
    // Never carry the Authorization header to another host.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    return r;
}

ApiClient::CallId ApiClient::refuse(QObject *context, const std::function<void()> &deliver)
{
    const CallId call = m_scheduler->newTicket();
    QTimer::singleShot(0, context ? context : this, deliver);
    return call;
}

ApiClient::CallId ApiClient::send(const ApiRequest &request, QObject *context,
                                  Callback<ApiResponse> done)
{
    return sendOn(m_scheduler->newTicket(), request, context, std::move(done), true);
}

void ApiClient::submitRaw(CallId call, const ApiRequest &request, QObject *target,
                          std::function<void(const RawReply &raw)> done)
{
    const QByteArray body =
        request.body ? QJsonDocument(*request.body).toJson(QJsonDocument::Compact) : QByteArray();
    m_scheduler->submit(call, networkRequest(request), ApiRequest::verbName(request.verb), body,
                        request.isIdempotent(), target, std::move(done));
}

ApiClient::CallId ApiClient::sendOn(CallId call, const ApiRequest &request, QObject *context,
                                    Callback<ApiResponse> done, bool mayFallBack)
{
    QObject *target = context ? context : this;
    if (!m_urlProblem.isEmpty()) {
        const ApiError error = invalid(m_urlProblem);
        QTimer::singleShot(0, target, [done, error] { done(error); });
        return call;
    }
    const bool connectorRoute = request.path.contains(ApiRequest::connectionsToken());
    const ConnectorRoute usedRoute = m_connectorRoute;
    const bool emptyBodyAllowed = request.verb == ApiRequest::Verb::Delete;
    submitRaw(call, request, target,
              [this, call, request, target, done, mayFallBack, connectorRoute, usedRoute,
               emptyBodyAllowed](const RawReply &raw) {
                  // Nothing the server said leaves here with a credential in it.
                  ApiResult<ApiResponse> result = interpretReply(raw, emptyBodyAllowed);
                  if (result)
                      result = m_mask.apply(result.value());
                  else
                      result = m_mask.apply(result.error());
                  if (!result && mayFallBack && m_routeFallback && connectorRoute
                      && isRouteNotFound(result.error())) {
                      if (m_connectorRoute == usedRoute)
                          setConnectorRoute(usedRoute == ConnectorRoute::Connections
                                                ? ConnectorRoute::Connectors
                                                : ConnectorRoute::Connections);
                      sendOn(call, request, target, done, false);
                      return;
                  }
                  done(result);
              });
    return call;
}

template<typename T>
ApiClient::CallId ApiClient::listAll(const ApiRequest &request, ItemParser<T> parser,
                                     QObject *context, Callback<QVector<T>> done)
{
    auto all = std::make_shared<QVector<T>>();
    return fetchAll(
        request, context,
        [all, parser](const QVector<QJsonValue> &items) -> ApiResult<void> {
            for (qsizetype i = 0; i < items.size(); ++i) {
                ApiResult<T> item = parser(items.at(i));
                if (!item)
                    return item.error();
                all->append(std::move(item).value());
            }
            return {};
        },
        [all, done](const ApiResult<void> &outcome) {
            if (outcome)
                done(std::move(*all));
            else
                done(outcome.error());
        });
}

template<typename T>
ApiClient::CallId ApiClient::sendParsed(const ApiRequest &request, ItemParser<T> parser,
                                        QObject *context, Callback<T> done)
{
    return send(request, context, [parser, done](const ApiResult<ApiResponse> &reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        done(parser(reply.value().data));
    });
}

ApiClient::CallId ApiClient::sendNoValue(const ApiRequest &request, QObject *context,
                                         Callback<void> done)
{
    return send(request, context,
                [done](const ApiResult<ApiResponse> &reply) { done(outcomeOf(reply)); });
}

// ---- users

ApiClient::CallId ApiClient::listUsers(QObject *context, Callback<QVector<User>> done)
{
    return listAll<User>(ApiRequest::get(u"/users"_s), &parseUser, context, std::move(done));
}

ApiClient::CallId ApiClient::listUsersPage(const QString &cursor, int limit, QObject *context,
                                           Callback<Page<User>> done)
{
    ApiRequest request = ApiRequest::get(u"/users"_s);
    request.query.append({ u"limit"_s, QString::number(qBound(1, limit, 1000)) });
    if (!cursor.isEmpty())
        request.query.append({ u"cursor"_s, cursor });
    return send(request, context, [this, done](const ApiResult<ApiResponse> &reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        ApiResult<Page<User>> page = parsePage<User>(reply.value().data, &parseUser);
        if (page) {
            QSet<QString> seen;
            for (const User &user : page.value().items) {
                if (seen.contains(user.id)) {
                    done(m_mask.apply(
                        ApiError::listStopped(ApiError::Stop::DuplicateId, 0, user.id)));
                    return;
                }
                seen.insert(user.id);
            }
        }
        done(page);
    });
}

ApiClient::CallId ApiClient::createUser(const NewUser &user, QObject *context, Callback<User> done)
{
    return sendParsed<User>(ApiRequest::post(u"/users"_s, toJson(user)), &parseUser, context,
                            std::move(done));
}

ApiClient::CallId ApiClient::getUser(const QString &userId, QObject *context, Callback<User> done)
{
    const QString problem = idProblem(userId, u"user id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendParsed<User>(ApiRequest::get(u"/users"_s + ApiRequest::segment(userId)), &parseUser,
                            context, std::move(done));
}

ApiClient::CallId ApiClient::modifyUser(const QString &userId, const UserUpdate &update,
                                        QObject *context, Callback<User> done)
{
    const QString problem = idProblem(userId, u"user id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendParsed<User>(
        ApiRequest::patch(u"/users"_s + ApiRequest::segment(userId), toJson(update)), &parseUser,
        context, std::move(done));
}

ApiClient::CallId ApiClient::deleteUser(const QString &userId, QObject *context,
                                        Callback<void> done)
{
    const QString problem = idProblem(userId, u"user id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendNoValue(ApiRequest::del(u"/users"_s + ApiRequest::segment(userId)), context,
                       std::move(done));
}

ApiClient::CallId ApiClient::removeAccountRole(const QString &userId, QObject *context,
                                               Callback<void> done)
{
    const QString problem = idProblem(userId, u"user id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendNoValue(ApiRequest::del(u"/users"_s + ApiRequest::segment(userId) + u"/role"_s),
                       context, std::move(done));
}

// ---- memberships

ApiClient::CallId ApiClient::listMemberships(MembershipKind kind, const QString &userId,
                                             QObject *context, Callback<QVector<Membership>> done)
{
    const QString problem = idProblem(userId, u"user id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return listAll<Membership>(ApiRequest::get(membershipsPath(kind, userId)), &parseMembership,
                               context, std::move(done));
}

ApiClient::CallId ApiClient::addMembership(MembershipKind kind, const QString &userId,
                                           const QString &targetId, const QString &role,
                                           QObject *context, Callback<Membership> done)
{
    QString problem = idProblem(userId, u"user id"_s);
    if (problem.isEmpty())
        problem =
            idProblem(targetId, kind == MembershipKind::Group ? u"group id"_s : u"connection id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendParsed<Membership>(
        ApiRequest::post(membershipsPath(kind, userId), membershipRequestJson(targetId, role)),
        &parseMembership, context, std::move(done));
}

ApiClient::CallId ApiClient::getMembership(MembershipKind kind, const QString &userId,
                                           const QString &targetId, QObject *context,
                                           Callback<Membership> done)
{
    QString problem = idProblem(userId, u"user id"_s);
    if (problem.isEmpty())
        problem = idProblem(targetId, u"target id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendParsed<Membership>(
        ApiRequest::get(membershipsPath(kind, userId) + ApiRequest::segment(targetId)),
        &parseMembership, context, std::move(done));
}

ApiClient::CallId ApiClient::updateMembership(MembershipKind kind, const QString &userId,
                                              const QString &targetId, const QString &role,
                                              QObject *context, Callback<void> done)
{
    QString problem = idProblem(userId, u"user id"_s);
    if (problem.isEmpty())
        problem = idProblem(targetId, u"target id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    QJsonObject body;
    body.insert(u"role"_s, role);
    return sendNoValue(
        ApiRequest::patch(membershipsPath(kind, userId) + ApiRequest::segment(targetId), body),
        context, std::move(done));
}

ApiClient::CallId ApiClient::deleteMembership(MembershipKind kind, const QString &userId,
                                              const QString &targetId, QObject *context,
                                              Callback<void> done)
{
    QString problem = idProblem(userId, u"user id"_s);
    if (problem.isEmpty())
        problem = idProblem(targetId, u"target id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return sendNoValue(
        ApiRequest::del(membershipsPath(kind, userId) + ApiRequest::segment(targetId)), context,
        std::move(done));
}

// ---- look-ups

ApiClient::CallId ApiClient::listRoles(QObject *context, Callback<QVector<Role>> done)
{
    return listAll<Role>(ApiRequest::get(u"/roles"_s), &parseRole, context, std::move(done));
}

ApiClient::CallId ApiClient::listGroups(QObject *context, Callback<QVector<Group>> done)
{
    return listAll<Group>(ApiRequest::get(u"/groups"_s), &parseGroup, context, std::move(done));
}

ApiClient::CallId ApiClient::listGroupConnections(const QString &groupId, QObject *context,
                                                  Callback<QVector<Connection>> done)
{
    const QString problem = idProblem(groupId, u"group id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return listAll<Connection>(ApiRequest::get(u"/groups"_s + ApiRequest::segment(groupId) + u"/"_s
                                               + ApiRequest::connectionsToken()),
                               &parseConnection, context, std::move(done));
}

ApiClient::CallId ApiClient::listTeams(QObject *context, Callback<QVector<Team>> done)
{
    return listAll<Team>(ApiRequest::get(u"/teams"_s), &parseTeam, context, std::move(done));
}

ApiClient::CallId ApiClient::listTeamUsers(const QString &teamId, QObject *context,
                                           Callback<QVector<TeamMember>> done)
{
    const QString problem = idProblem(teamId, u"team id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return listAll<TeamMember>(
        ApiRequest::get(u"/teams"_s + ApiRequest::segment(teamId) + u"/users"_s), &parseTeamMember,
        context, std::move(done));
}

ApiClient::CallId ApiClient::listTeamGroups(const QString &teamId, QObject *context,
                                            Callback<QVector<TeamGrant>> done)
{
    const QString problem = idProblem(teamId, u"team id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return listAll<TeamGrant>(
        ApiRequest::get(u"/teams"_s + ApiRequest::segment(teamId) + u"/groups"_s), &parseTeamGrant,
        context, std::move(done));
}

ApiClient::CallId ApiClient::listTeamConnections(const QString &teamId, QObject *context,
                                                 Callback<QVector<TeamGrant>> done)
{
    const QString problem = idProblem(teamId, u"team id"_s);
    if (!problem.isEmpty())
        return refuse(context, [done, problem] { done(invalid(problem)); });
    return listAll<TeamGrant>(ApiRequest::get(u"/teams"_s + ApiRequest::segment(teamId) + u"/"_s
                                              + ApiRequest::connectionsToken()),
                              &parseTeamGrant, context, std::move(done));
}

ApiClient::CallId ApiClient::sendAllPages(const ApiRequest &request, QObject *context,
                                          Callback<QJsonArray> done)
{
    auto all = std::make_shared<QJsonArray>();
    return fetchAll(
        request, context,
        [all](const QVector<QJsonValue> &items) -> ApiResult<void> {
            for (const QJsonValue &item : items)
                all->append(item);
            return {};
        },
        [all, done](const ApiResult<void> &outcome) {
            if (outcome)
                done(*all);
            else
                done(outcome.error());
        });
}

} // namespace ftapi
