#pragma once

#include "apierror.h"
#include "profilestore.h"

#include <QDialog>
#include <QPointer>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace ftapi {
class ApiClient;
}

namespace ftui {

// Choosing the account to administer: on first start (no saved credentials) and from
// File > Connect to Account. A profile is a name, an API URL and an API key, kept in the
// settings; the secret goes to the ProfileStore's SecretStore (the system keychain), or, when
// the system has none, is kept for this session only, and the dialog says which.
// "Test connection" makes one cheap call (GET /users?limit=1) and explains a refused key, a
// missing permission, an unreachable or untrusted server in plain words. "Forget credentials"
// removes the profile and its keychain entry. Connect saves and accepts; chosenProfile() and
// chosenSecret() then say what to connect to. Nothing typed is cleared by a failure.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `profiles` and `network` (what "Test connection" asks through) are not owned and must
    // outlive the dialog.
    ConnectDialog(ftmodels::ProfileStore *profiles, QNetworkAccessManager *network,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    ftmodels::Profile chosenProfile() const;
    QString chosenSecret() const;

    // Pre-selects a saved profile (its secret is read from the store) or, for an unknown
    // name, starts a new one with that name.
    void selectProfile(const QString &name);
    // A line above the form, e.g. why the dialog opened ("The key was not accepted").
    void setReason(const QString &text);

    // The widgets, for tests.
    QComboBox *profileBox() const { return m_profileBox; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *forgetButton() const { return m_forget; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *storageLabel() const { return m_storage; }
    bool isBusy() const;

    // Plain words for a failed test call (public for tests and the main window's banner).
    static QString explain(const ftapi::ApiError &error, const QUrl &url);

public Q_SLOTS:
    void testConnection();
    void forgetCredentials();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &text);
    void saved(const QString &profileName);
    void forgotten(const QString &profileName);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void forget(const QString &name); // once the person said so
    void reloadProfiles(const QString &select);
    void onProfileChosen(int index);
    void updateStorageNote();
    void revalidate();
    QString problem() const; // what stops Connect/Test, empty when nothing
    void setBusy(const QString &text);
    void setStatus(const QString &text, bool error);

    ftmodels::ProfileStore *m_profiles = nullptr;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<ftapi::ApiClient> m_probe;
    QLabel *m_reason = nullptr;
    QComboBox *m_profileBox = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_storage = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_saving = false;
    bool m_urlProblemShown = false; // the status line says what is wrong with the address
    std::pair<QString, bool> m_statusBeforeUrl; // what it said before, and whether an error
    bool m_placed = false; // shown and placed: its height may follow its words
    int m_secretReads = 0; // a read in flight fills the secret unless the person typed one
};

} // namespace ftui
