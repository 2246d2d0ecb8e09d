#pragma once

#include "apiclient.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class QNetworkAccessManager;

namespace ftsandbox {
class SandboxServer;
}

namespace ftapp {

struct CommandLine;

// Where the console talks to, resolved once from the command line and the environment: the
// embedded sandbox (--demo, started in-process on a free loopback port with its own random
// key and secret) or an API URL with the credentials from FIVETRAN_APIKEY/FIVETRAN_APISECRET.
// Owns the client, and the network manager unless it was given one.
class ApiEndpoint : public QObject
{
    Q_OBJECT

public:
    // `network` (not owned) is what the client asks through; null: a manager of its own.
    explicit ApiEndpoint(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~ApiEndpoint() override;

    // False with a message for people (usage-level problems: no credentials, insecure URL).
    bool open(const CommandLine &line, const QProcessEnvironment &environment, QString *error);
    // The console's way: credentials from a saved profile (or the connect dialog). Keeps
    // --verbose and --connectors from `line`.
    bool openWith(const QUrl &url, const ftapi::Credentials &credentials, const CommandLine &line,
                  QString *error);

    ftapi::ApiClient *client() const { return m_client.get(); }
    QUrl url() const;
    bool isDemo() const { return m_sandbox != nullptr; }
    // A one-way fingerprint of the API key in use (never the key): what the journal keys its
    // rows by, with the URL and the profile.
    QString keyFingerprint() const { return m_keyFingerprint; }

    // The demo account's size.
    static constexpr int kDemoUsers = 200;
    static constexpr int kDemoGroups = 10;
    static constexpr int kDemoConnections = 60;
    static constexpr int kDemoTeams = 12; // seeded last: the rest of the demo stays as it was
    static constexpr quint32 kDemoSeed = 1;

private:
    bool startSandbox(QString *error);
    void applyOptions(const CommandLine &line, const ftapi::Credentials &credentials);
    // The one place a client is made: the one before (if any) is deleted first, so its
    // unanswered calls end before anything it talked to goes.
    void replaceClient(const QUrl &url, const ftapi::Credentials &credentials);

    std::unique_ptr<ftsandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager *m_manager = nullptr;
    std::unique_ptr<ftapi::ApiClient> m_client;
    ftapi::Credentials m_demoCredentials; // the sandbox's random ones, masked in the log
    QString m_keyFingerprint;
};

} // namespace ftapp
