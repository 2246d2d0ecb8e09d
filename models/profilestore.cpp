#include "profilestore.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

const QString kGroup = u"Profiles"_s;
const QString kList = u"list"_s;
const QString kLast = u"last"_s;

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    // The same file as the main window's settings.
    const QString organisation = QCoreApplication::organizationName();
    return std::make_unique<QSettings>(QSettings::UserScope,
                                       organisation.isEmpty() ? u"fivetran-admin"_s : organisation,
                                       QCoreApplication::applicationName());
}

} // namespace

ProfileStore::ProfileStore(SecretStore *secrets, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(openSettings(settingsFile))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFile() const
{
    return m_settings->fileName();
}

QVector<Profile> ProfileStore::profiles() const
{
    QVector<Profile> result;
    m_settings->beginGroup(kGroup);
    const int count = m_settings->beginReadArray(kList);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.name = m_settings->value(u"name"_s).toString();
        profile.url = QUrl(m_settings->value(u"url"_s).toString());
        profile.apiKey = m_settings->value(u"apiKey"_s).toString();
        if (!profile.name.isEmpty())
            result.append(profile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const QVector<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kGroup + u"/"_s + kLast).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kGroup + u"/"_s + kLast, name);
    m_settings->sync();
}

void ProfileStore::writeProfiles(const QVector<Profile> &profiles)
{
    m_settings->beginGroup(kGroup);
    m_settings->remove(kList);
    m_settings->beginWriteArray(kList, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, profiles.at(i).name);
        m_settings->setValue(u"url"_s, profiles.at(i).url.toString());
        m_settings->setValue(u"apiKey"_s, profiles.at(i).apiKey);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT profilesChanged();
}

void ProfileStore::save(const Profile &profile, const QString &secret, QObject *context,
                        SecretStore::DoneCallback done)
{
    QVector<Profile> all = profiles();
    bool replaced = false;
    for (Profile &existing : all) {
        if (existing.name == profile.name) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeProfiles(all);
    m_secrets->write(profile.name, secret, context, std::move(done));
}

void ProfileStore::forget(const QString &name, QObject *context, SecretStore::DoneCallback done)
{
    QVector<Profile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&name](const Profile &p) { return p.name == name; }),
              all.end());
    writeProfiles(all);
    if (lastUsed() == name)
        setLastUsed(QString());
    m_secrets->remove(name, context, std::move(done));
}

void ProfileStore::readSecret(const QString &name, QObject *context, SecretStore::ReadCallback done)
{
    m_secrets->read(name, context, std::move(done));
}

QString ProfileStore::checkProfile(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (profile.apiKey.trimmed().isEmpty())
        return tr("Enter the API key.");
    return ftapi::ApiClient::checkBaseUrl(profile.url);
}

std::optional<ProfileStore::EnvironmentCredentials>
ProfileStore::fromEnvironment(const QProcessEnvironment &environment)
{
    const QString key = environment.value(u"FIVETRAN_APIKEY"_s);
    const QString secret = environment.value(u"FIVETRAN_APISECRET"_s);
    if (key.isEmpty() || secret.isEmpty())
        return std::nullopt;
    const QString url = environment.value(u"FIVETRAN_API_URL"_s);
    EnvironmentCredentials credentials;
    credentials.profile.name = u"Environment"_s;
    credentials.profile.url =
        url.isEmpty() ? ftapi::ApiClient::defaultBaseUrl() : QUrl(url, QUrl::StrictMode);
    credentials.profile.apiKey = key;
    credentials.secret = secret;
    return credentials;
}

} // namespace ftmodels
