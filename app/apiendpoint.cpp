#include "apiendpoint.h"

#include "commandline.h"
#include "requestlog.h"
#include "sandboxserver.h"
#include "storage.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace ftapp {

using namespace Qt::StringLiterals;

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ApiEndpoint::ApiEndpoint(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_manager(network ? network : new QNetworkAccessManager(this))
{
}

ApiEndpoint::~ApiEndpoint()
{
    m_client.reset(); // before the sandbox it may still be talking to
}

void ApiEndpoint::replaceClient(const QUrl &url, const ftapi::Credentials &credentials)
{
    m_client.reset();
    m_client = std::make_unique<ftapi::ApiClient>(m_manager, url, credentials);
}

QUrl ApiEndpoint::url() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

bool ApiEndpoint::startSandbox(QString *error)
{
    m_client.reset(); // a client of an earlier sandbox goes before its server
    ftsandbox::SandboxOptions options;
    options.apiKey = randomToken(12);
    options.apiSecret = randomToken(24);
    options.seed = kDemoSeed; // the same demo account every time (screenshots, `call --demo`)
    options.users = kDemoUsers;
    options.groups = kDemoGroups;
    options.connections = kDemoConnections;
    options.teams = kDemoTeams;
    // Ids and names stay the same every run; dates end at the start of today (UTC), so
    // "last login" reads as recent and nothing lies in the future.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    options.referenceMSecs = QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_sandbox = std::make_unique<ftsandbox::SandboxServer>(options);
    if (!m_sandbox->listen(0)) {
        *error = u"Could not start the built-in demo server on 127.0.0.1."_s;
        m_sandbox.reset();
        return false;
    }
    replaceClient(m_sandbox->baseUrl(), ftapi::Credentials { options.apiKey, options.apiSecret });
    m_demoCredentials = { options.apiKey, options.apiSecret };
    return true;
}

void ApiEndpoint::applyOptions(const CommandLine &line, const ftapi::Credentials &credentials)
{
    m_keyFingerprint = ftmodels::AccountKey::fingerprint(credentials.apiKey);
    if (line.connectors)
        m_client->setConnectorRoute(ftapi::ApiClient::ConnectorRoute::Connectors);
    if (line.verbose) {
        auto *log = new ftapi::RequestLog(m_client->scheduler(), m_client.get());
        log->addSecret(credentials.apiSecret);
        log->addSecret(QString::fromLatin1(
            QByteArray(credentials.apiKey.toUtf8() + ':' + credentials.apiSecret.toUtf8())
                .toBase64()));
    }
}

bool ApiEndpoint::openWith(const QUrl &url, const ftapi::Credentials &credentials,
                           const CommandLine &line, QString *error)
{
    const QString problem = ftapi::ApiClient::checkBaseUrl(url);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    replaceClient(url, credentials);
    applyOptions(line, credentials);
    return true;
}

bool ApiEndpoint::open(const CommandLine &line, const QProcessEnvironment &environment,
                       QString *error)
{
    if (line.demo) {
        if (!startSandbox(error))
            return false;
    } else {
        QString urlText = line.apiUrl;
        if (urlText.isEmpty())
            urlText = environment.value(u"FIVETRAN_API_URL"_s);
        const QUrl url = urlText.isEmpty() ? ftapi::ApiClient::defaultBaseUrl()
                                           : QUrl(urlText, QUrl::StrictMode);
        const QString problem = ftapi::ApiClient::checkBaseUrl(url);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        const ftapi::Credentials credentials { environment.value(u"FIVETRAN_APIKEY"_s),
                                               environment.value(u"FIVETRAN_APISECRET"_s) };
        if (credentials.apiKey.isEmpty() || credentials.apiSecret.isEmpty()) {
            *error = u"No API credentials: set FIVETRAN_APIKEY and FIVETRAN_APISECRET (or use "
                     u"--demo for the built-in sandbox)."_s;
            return false;
        }
        replaceClient(url, credentials);
        applyOptions(line, credentials);
        return true;
    }
    applyOptions(line, m_demoCredentials);
    return true;
}

} // namespace ftapp
