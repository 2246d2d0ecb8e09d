#pragma once

#include "secretstore.h"

#include <QHash>

namespace ftmodels {

// Secrets in the system keychain (Secret Service/KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain, filed under serviceName() with the
// profile name as key. QtKeychain's insecure plain-file fallback stays off. When the system
// has no keychain (a headless machine without a D-Bus secret service), secrets are kept in
// memory for this session only, isPersistent() turns false and persistenceChanged() says so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    bool isPersistent() const override { return m_available; }
    QString describe() const override;
    void probe() override;

    void read(const QString &profile, QObject *context, ReadCallback done) override;
    void write(const QString &profile, const QString &secret, QObject *context,
               DoneCallback done) override;
    void remove(const QString &profile, QObject *context, DoneCallback done) override;

private:
    void markUnavailable();

    QHash<QString, QString> m_sessionOnly; // used only when there is no keychain
    bool m_available = true;
};

} // namespace ftmodels
