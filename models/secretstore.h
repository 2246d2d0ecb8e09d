#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ftmodels {

// Where API secrets live: the system keychain in the product (KeychainSecretStore), memory in
// tests (MemorySecretStore). Every call is asynchronous, as keychains are, and answers once
// through a callback run on `context`'s thread (never if `context` is gone). A store that has
// no backend keeps what it is given in memory for this session only and says so through
// isPersistent(): a secret is never written to a file by this class or its subclasses.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // `ok` false: `error` says why in plain words. A missing secret reads as ok with an empty
    // secret.
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    // True when secrets survive the program (a keychain); false when they last one session.
    virtual bool isPersistent() const = 0;
    // A short description for the connect dialog ("the system keychain", "memory only").
    virtual QString describe() const = 0;

    virtual void read(const QString &profile, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &profile, const QString &secret, QObject *context,
                       DoneCallback done) = 0;
    virtual void remove(const QString &profile, QObject *context, DoneCallback done) = 0;

    // Finds out whether the backend works (isPersistent() may change, with
    // persistenceChanged()). The default does nothing.
    virtual void probe() { }

    // The keychain service name entries are filed under.
    static QString serviceName() { return QStringLiteral("fivetran-admin"); }

Q_SIGNALS:
    void persistenceChanged(bool persistent);
};

} // namespace ftmodels
