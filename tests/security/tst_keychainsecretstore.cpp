#include "keychainsecretstore.h"
#include "secrettestutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// The QtKeychain store where no keychain exists (a headless machine without a D-Bus session
// bus): it must keep the secret for the session, say so, and write nothing to disk. Skipped
// where a session bus exists, so a developer's real keychain is never touched.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("A D-Bus session bus is present; this test must not touch a real keychain.");
        QVERIFY(m_home.isValid());
        // Everything a library might write lands here.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u".config"_s).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(u".local/share"_s).toLocal8Bit());
    }

    void fallsBackToSessionMemoryWithoutWritingToDisk()
    {
        ftmodels::KeychainSecretStore store;
        QSignalSpy persistence(&store, &ftmodels::SecretStore::persistenceChanged);
        const QString secret = u"never-on-disk-5b1c2a"_s;
        const auto written =
            fttest::finish([&](auto done) { store.write(u"Headless"_s, secret, this, done); });
        QVERIFY2(written.ok, qPrintable(written.error));
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.size(), 1);
        QVERIFY(store.describe().contains(u"session"_s));

        QCOMPARE(fttest::readSecret(store, u"Headless"_s, this).secret, secret);
        QCOMPARE(fttest::filesContaining(m_home.path(), secret), QStringList());

        QVERIFY(fttest::finish([&](auto done) { store.remove(u"Headless"_s, this, done); }).ok);
        QCOMPARE(fttest::readSecret(store, u"Headless"_s, this).secret, QString());
    }

    void probeFindsNoKeychain()
    {
        ftmodels::KeychainSecretStore store;
        QVERIFY(store.isPersistent()); // assumed until a job says otherwise
        QSignalSpy persistence(&store, &ftmodels::SecretStore::persistenceChanged);
        store.probe();
        QVERIFY(persistence.wait(30000));
        QCOMPARE(persistence.first().first().toBool(), false);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
