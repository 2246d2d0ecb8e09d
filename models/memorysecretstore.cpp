#include "memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// Answers on the next event-loop turn, as a keychain would, so callers cannot come to rely on
// a synchronous answer that the real store never gives.
void later(QObject *context, std::function<void()> answer)
{
    QTimer::singleShot(0, context, std::move(answer));
}

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString MemorySecretStore::describe() const
{
    return m_persistent ? u"the test keychain"_s : u"memory, for this session only"_s;
}

void MemorySecretStore::read(const QString &profile, QObject *context, ReadCallback done)
{
    const QString secret = m_secrets.value(profile);
    later(context, [done = std::move(done), secret] { done(true, secret, QString()); });
}

void MemorySecretStore::write(const QString &profile, const QString &secret, QObject *context,
                              DoneCallback done)
{
    m_secrets.insert(profile, secret);
    later(context, [done = std::move(done)] { done(true, QString()); });
}

void MemorySecretStore::remove(const QString &profile, QObject *context, DoneCallback done)
{
    m_secrets.remove(profile);
    later(context, [done = std::move(done)] { done(true, QString()); });
}

} // namespace ftmodels
