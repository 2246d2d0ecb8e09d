#include "keychainsecretstore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// The errors that mean "no usable keychain here", as opposed to "this entry failed" or "the
// person said no". The Secret Service backend reports a missing D-Bus session as OtherError;
// falling back to session memory is the safe reading of it.
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

template<typename JobT>
JobT *newJob(const QString &profile, QObject *parent)
{
    auto *job = new JobT(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(profile);
    return job;
}

void later(QObject *context, std::function<void()> answer)
{
    QTimer::singleShot(0, context, std::move(answer));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::describe() const
{
    return m_available ? u"the system keychain"_s : u"memory, for this session only"_s;
}

void KeychainSecretStore::markUnavailable()
{
    if (!m_available)
        return;
    m_available = false;
    Q_EMIT persistenceChanged(false);
}

void KeychainSecretStore::probe()
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(u"__probe__"_s, this);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (meansNoKeychain(finished->error()))
            markUnavailable();
    });
    job->start();
}

void KeychainSecretStore::read(const QString &profile, QObject *context, ReadCallback done)
{
    if (!m_available) {
        const QString secret = m_sessionOnly.value(profile);
        later(context, [done = std::move(done), secret] { done(true, secret, QString()); });
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(profile, this);
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, profile, receiver, done = std::move(done)](QKeychain::Job *finished) {
                if (!receiver)
                    return;
                const QKeychain::Error error = finished->error();
                if (meansNoKeychain(error))
                    markUnavailable();
                if (error == QKeychain::NoError) {
                    done(true, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(),
                         QString());
                } else if (error == QKeychain::EntryNotFound || meansNoKeychain(error)) {
                    done(true, m_sessionOnly.value(profile), QString());
                } else {
                    done(false, QString(),
                         u"The keychain could not be read: %1"_s.arg(finished->errorString()));
                }
            });
    job->start();
}

void KeychainSecretStore::write(const QString &profile, const QString &secret, QObject *context,
                                DoneCallback done)
{
    if (!m_available) {
        m_sessionOnly.insert(profile, secret);
        later(context, [done = std::move(done)] { done(true, QString()); });
        return;
    }
    auto *job = newJob<QKeychain::WritePasswordJob>(profile, this);
    job->setTextData(secret);
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, profile, secret, receiver, done = std::move(done)](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                bool ok = error == QKeychain::NoError;
                QString problem;
                if (meansNoKeychain(error)) {
                    // No keychain on this system: keep it for this session, never on disk.
                    markUnavailable();
                    m_sessionOnly.insert(profile, secret);
                    ok = true;
                } else if (!ok) {
                    problem = u"The keychain refused to store the secret: %1"_s.arg(
                        finished->errorString());
                }
                if (receiver)
                    done(ok, problem);
            });
    job->start();
}

void KeychainSecretStore::remove(const QString &profile, QObject *context, DoneCallback done)
{
    m_sessionOnly.remove(profile);
    if (!m_available) {
        later(context, [done = std::move(done)] { done(true, QString()); });
        return;
    }
    auto *job = newJob<QKeychain::DeletePasswordJob>(profile, this);
    QPointer<QObject> receiver(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, receiver, done = std::move(done)](QKeychain::Job *finished) {
                const QKeychain::Error error = finished->error();
                if (meansNoKeychain(error))
                    markUnavailable();
                const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound
                    || meansNoKeychain(error);
                if (receiver)
                    done(ok,
                         ok ? QString()
                            : u"The keychain entry could not be removed: %1"_s.arg(
                                finished->errorString()));
            });
    job->start();
}

} // namespace ftmodels
