#pragma once

#include "commandline.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace ftmodels {
class Journal;
class ProfileStore;
class Storage;
class SecretStore;
class Session;
} // namespace ftmodels

namespace ftui {
class MainWindow;
}

namespace ftapp {

class ApiEndpoint;

// Opens the console on the right account and switches accounts later: --demo, else the
// environment (FIVETRAN_APIKEY/FIVETRAN_APISECRET/FIVETRAN_API_URL, which override every
// profile), else the last profile used with its secret from the keychain, else the connect
// dialog. File > Connect to Account (and Reconnect after a 401) reopens the dialog; accepting
// it replaces the session and window. Quits when the first dialog is cancelled.
class ConsoleLauncher : public QObject
{
    Q_OBJECT

public:
    // `secrets` is not owned (the product passes a KeychainSecretStore, tests a memory one).
    ConsoleLauncher(const CommandLine &line, const QProcessEnvironment &environment,
                    ftmodels::SecretStore *secrets, QObject *parent = nullptr);
    ~ConsoleLauncher() override;

    void start();

    ftmodels::ProfileStore *profiles() const { return m_profiles.get(); }
    ftui::MainWindow *window() const { return m_window.get(); }
    ftmodels::Session *session() const { return m_session.get(); }

public Q_SLOTS:
    void openConnectDialog(const QString &reason = {});

Q_SIGNALS:
    void windowShown(ftui::MainWindow *window);
    void failed(const QString &message); // could not open anything; the caller quits

private:
    bool connectTo(const QString &name, const QUrl &url, const QString &key, const QString &secret);
    void showWindow(const QString &profileName);
    void closeWindow();
    void openJournal(const QString &profileName);

    CommandLine m_line;
    QProcessEnvironment m_environment;
    std::unique_ptr<ftmodels::ProfileStore> m_profiles;
    // One manager for every request of the console (the connect dialog's test, the client):
    // declared before what uses it, so it goes last.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiEndpoint> m_endpoint;
    // The change journal of the open account; the demo's lives in a temporary folder, since
    // its account is made anew at every start.
    std::unique_ptr<QTemporaryDir> m_demoData;
    std::unique_ptr<ftmodels::Storage> m_storage;
    std::unique_ptr<ftmodels::Journal> m_journal;
    std::unique_ptr<ftmodels::Session> m_session;
    std::unique_ptr<ftui::MainWindow> m_window;
};

} // namespace ftapp
