#pragma once

#include "secretstore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <QVector>

#include <memory>
#include <optional>

class QSettings;

namespace ftmodels {

// One account the console can connect to. Deliberately has no secret: a Profile is what may
// be written to the settings file.
struct Profile
{
    QString name; // "Production"
    QUrl url; // the API base URL
    QString apiKey; // the key is an identifier, not a secret; the secret is elsewhere
};

// The saved profiles: names, URLs and API keys in QSettings (group "Profiles"), secrets in a
// SecretStore (the system keychain in the product). The last profile used is remembered so the
// next start connects to it. The environment (FIVETRAN_APIKEY, FIVETRAN_APISECRET,
// FIVETRAN_API_URL) overrides every profile; see fromEnvironment().
//
//   ProfileStore profiles(new KeychainSecretStore(this));
//   profiles.save({u"Production"_s, url, key}, secret, this, [](bool ok, const QString &e) {});
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // `secrets` is not owned. The settings go to the application's settings file, or to
    // `settingsFile` when given (tests).
    explicit ProfileStore(SecretStore *secrets, const QString &settingsFile = {},
                          QObject *parent = nullptr);
    ~ProfileStore() override;

    SecretStore *secrets() const { return m_secrets; }
    QString settingsFile() const;

    QVector<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // Saves (or replaces, by name) the profile in the settings and the secret in the secret
    // store; `done` runs once both are written.
    void save(const Profile &profile, const QString &secret, QObject *context,
              SecretStore::DoneCallback done);
    // "Forget credentials": the profile leaves the settings and its secret the store.
    void forget(const QString &name, QObject *context, SecretStore::DoneCallback done);
    void readSecret(const QString &name, QObject *context, SecretStore::ReadCallback done);

    // Empty when the profile may be saved; otherwise what is wrong, in plain words.
    static QString checkProfile(const Profile &profile);

    // The credentials from FIVETRAN_APIKEY / FIVETRAN_APISECRET (and FIVETRAN_API_URL, or the
    // default URL), when both key and secret are set.
    struct EnvironmentCredentials
    {
        Profile profile; // named "Environment"
        QString secret;
    };
    static std::optional<EnvironmentCredentials>
    fromEnvironment(const QProcessEnvironment &environment);

Q_SIGNALS:
    void profilesChanged();

private:
    void writeProfiles(const QVector<Profile> &profiles);

    SecretStore *m_secrets = nullptr;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ftmodels
