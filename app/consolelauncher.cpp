#include "consolelauncher.h"

#include "apiendpoint.h"
#include "connectdialog.h"
#include "journal.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "profilestore.h"
#include "session.h"
#include "storage.h"

#include <QAction>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace ftapp {

using namespace Qt::StringLiterals;

ConsoleLauncher::ConsoleLauncher(const CommandLine &line, const QProcessEnvironment &environment,
                                 ftmodels::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_line(line)
    , m_environment(environment)
    , m_profiles(std::make_unique<ftmodels::ProfileStore>(secrets))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

ConsoleLauncher::~ConsoleLauncher()
{
    closeWindow();
}

void ConsoleLauncher::start()
{
    const bool fromEnvironment = ftmodels::ProfileStore::fromEnvironment(m_environment).has_value();
    if (m_line.demo || fromEnvironment || !m_line.apiUrl.isEmpty()) {
        m_endpoint = std::make_unique<ApiEndpoint>(m_network.get());
        QString problem;
        if (!m_endpoint->open(m_line, m_environment, &problem)) {
            m_endpoint.reset();
            if (!m_line.apiUrl.isEmpty() && !fromEnvironment) {
                // An address but no key: the dialog asks for the rest.
                openConnectDialog(problem);
                return;
            }
            Q_EMIT failed(problem);
            return;
        }
        showWindow(fromEnvironment && !m_line.demo ? u"Environment"_s : QString());
        return;
    }
    // The last profile, when its secret is still there; the dialog otherwise.
    const QString last = m_profiles->lastUsed();
    const std::optional<ftmodels::Profile> profile = m_profiles->profile(last);
    if (!profile) {
        openConnectDialog();
        return;
    }
    m_profiles->readSecret(
        last, this, [this, profile](bool ok, const QString &secret, const QString &error) {
            if (!ok || secret.isEmpty()
                || !connectTo(profile->name, profile->url, profile->apiKey, secret)) {
                openConnectDialog(ok && secret.isEmpty()
                                      ? tr("Enter the API secret for \"%1\" (it is not kept "
                                           "between sessions on this computer).")
                                            .arg(profile->name)
                                      : error);
            }
        });
}

bool ConsoleLauncher::connectTo(const QString &name, const QUrl &url, const QString &key,
                                const QString &secret)
{
    closeWindow();
    m_endpoint = std::make_unique<ApiEndpoint>(m_network.get());
    QString problem;
    if (!m_endpoint->openWith(url, { key, secret }, m_line, &problem)) {
        m_endpoint.reset();
        return false;
    }
    showWindow(name);
    return true;
}

void ConsoleLauncher::openJournal(const QString &profileName)
{
    QString path = ftmodels::Storage::defaultPath();
    if (m_endpoint->isDemo()) {
        m_demoData = std::make_unique<QTemporaryDir>();
        path = m_demoData->filePath(u"demo-journal.sqlite"_s);
    }
    m_storage = std::make_unique<ftmodels::Storage>();
    QString error;
    if (!m_storage->open(path, &error)) {
        // Without a journal the console still works; Undo and History stay off, and the
        // window says why.
        qWarning("fivetran-admin: the change journal cannot be opened: %s", qPrintable(error));
        m_storage.reset();
        return;
    }
    const qint64 account = m_storage->accountId(
        { m_endpoint->isDemo() ? u"demo"_s : profileName,
          m_endpoint->url().toString(QUrl::StripTrailingSlash), m_endpoint->keyFingerprint() });
    if (account > 0)
        m_journal = std::make_unique<ftmodels::Journal>(m_storage.get(), account);
}

void ConsoleLauncher::showWindow(const QString &profileName)
{
    openJournal(profileName);
    m_session = std::make_unique<ftmodels::Session>(
        m_endpoint->client(),
        ftmodels::AccountInfo { profileName, m_endpoint->url(), m_endpoint->isDemo() });
    m_session->setJournal(m_journal.get());
    m_window = std::make_unique<ftui::MainWindow>(m_session.get());
    QAction *connectAction = m_window->actions()->connectAccount;
    connectAction->setEnabled(true);
    connect(connectAction, &QAction::triggered, this, [this] { openConnectDialog(); });
    m_window->show();
    m_session->start();
    m_session->settleJournal();
    Q_EMIT windowShown(m_window.get());
}

void ConsoleLauncher::closeWindow()
{
    if (m_window)
        m_window->saveSettings();
    m_window.reset(); // before the session it shows, and the session before its client
    m_session.reset();
    m_journal.reset();
    m_storage.reset();
    m_demoData.reset();
    m_endpoint.reset();
}

void ConsoleLauncher::openConnectDialog(const QString &reason)
{
    auto *dialog = new ftui::ConnectDialog(m_profiles.get(), m_network.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason);
    if (!m_line.apiUrl.isEmpty() && !m_window)
        dialog->urlEdit()->setText(m_line.apiUrl);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ftmodels::Profile profile = dialog->chosenProfile();
        if (!connectTo(profile.name, profile.url, profile.apiKey, dialog->chosenSecret()))
            Q_EMIT failed(tr("Could not open %1.").arg(profile.url.toDisplayString()));
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            Q_EMIT failed(QString()); // nothing to show: the person chose not to connect
    });
    dialog->open();
}

} // namespace ftapp
