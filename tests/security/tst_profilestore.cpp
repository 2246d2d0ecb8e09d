#include "memorysecretstore.h"
#include "profilestore.h"
#include "secrettestutil.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using ftmodels::Profile;
using ftmodels::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<ftmodels::MemorySecretStore>();
        m_secrets->setPersistent(true);
        m_store =
            std::make_unique<ProfileStore>(m_secrets.get(), m_dir->filePath(u"settings.ini"_s));
    }

    void savesProfilesAndKeepsTheSecretOutOfTheSettings()
    {
        const QString secret = u"s3cr3t-Value-9f8e7d"_s;
        QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
        const auto saved = fttest::finish([&](auto done) {
            m_store->save({ u"Production"_s, QUrl(u"https://api.fivetran.com/v1"_s), u"key-1"_s },
                          secret, this, done);
        });
        QVERIFY(saved.ok);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profile(u"Production"_s)->apiKey, u"key-1"_s);
        QVERIFY(m_secrets->contains(u"Production"_s));
        QCOMPARE(fttest::readSecret(*m_secrets, u"Production"_s, this).secret, secret);

        // The settings file holds the name, URL and key, never the secret.
        QVERIFY(QFile::exists(m_store->settingsFile()));
        QVERIFY(!fttest::filesContaining(m_dir->path(), u"key-1"_s).isEmpty());
        QCOMPARE(fttest::filesContaining(m_dir->path(), secret), QStringList());
    }

    void replacesByNameAndRemembersTheLastOne()
    {
        for (const QString &name : { u"A"_s, u"B"_s, u"A"_s }) {
            QVERIFY(fttest::finish([&](auto done) {
                        m_store->save({ name, QUrl(u"https://x.example/v1"_s), name + u"-key2"_s },
                                      u"secret-"_s + name, this, done);
                    }).ok);
        }
        QCOMPARE(m_store->profiles().size(), 2);
        m_store->setLastUsed(u"B"_s);
        // A second store on the same file sees the same.
        ProfileStore again(m_secrets.get(), m_store->settingsFile());
        QCOMPARE(again.lastUsed(), u"B"_s);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profile(u"A"_s)->apiKey, u"A-key2"_s);
    }

    void forgetRemovesProfileAndSecret()
    {
        QVERIFY(fttest::finish([&](auto done) {
                    m_store->save({ u"Old"_s, QUrl(u"https://x.example/v1"_s), u"k"_s }, u"gone"_s,
                                  this, done);
                }).ok);
        m_store->setLastUsed(u"Old"_s);
        QVERIFY(fttest::finish([&](auto done) { m_store->forget(u"Old"_s, this, done); }).ok);
        QVERIFY(!m_store->profile(u"Old"_s));
        QVERIFY(!m_secrets->contains(u"Old"_s));
        QCOMPARE(m_store->lastUsed(), QString());
        QCOMPARE(fttest::readSecret(*m_secrets, u"Old"_s, this).secret, QString());
    }

    void checkProfileRefusesPlainHttpExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api.fivetran.com/v1"_s << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080/v1"_s << true;
        QTest::newRow("http localhost") << u"http://localhost/v1"_s << true;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:9/v1"_s << true;
        QTest::newRow("http remote") << u"http://api.fivetran.com/v1"_s << false;
        QTest::newRow("http lookalike") << u"http://localhost.evil.example/v1"_s << false;
        QTest::newRow("ftp") << u"ftp://api.fivetran.com/v1"_s << false;
        QTest::newRow("user info") << u"https://k:s@api.fivetran.com/v1"_s << false;
    }

    void checkProfileRefusesPlainHttpExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = ProfileStore::checkProfile({ u"P"_s, QUrl(url), u"key"_s });
        QCOMPARE(problem.isEmpty(), accepted);
        QVERIFY(!ProfileStore::checkProfile({ QString(), QUrl(url), u"key"_s }).isEmpty());
        QVERIFY(!ProfileStore::checkProfile({ u"P"_s, QUrl(url), QString() }).isEmpty());
    }

    void environmentOverrides()
    {
        QProcessEnvironment env;
        QVERIFY(!ProfileStore::fromEnvironment(env));
        env.insert(u"FIVETRAN_APIKEY"_s, u"envkey"_s);
        QVERIFY(!ProfileStore::fromEnvironment(env)); // a key without a secret is not enough
        env.insert(u"FIVETRAN_APISECRET"_s, u"envsecret"_s);
        auto credentials = ProfileStore::fromEnvironment(env);
        QVERIFY(credentials);
        QCOMPARE(credentials->profile.apiKey, u"envkey"_s);
        QCOMPARE(credentials->secret, u"envsecret"_s);
        QCOMPARE(credentials->profile.url, QUrl(u"https://api.fivetran.com/v1"_s));
        env.insert(u"FIVETRAN_API_URL"_s, u"http://127.0.0.1:5000/v1"_s);
        credentials = ProfileStore::fromEnvironment(env);
        QCOMPARE(credentials->profile.url, QUrl(u"http://127.0.0.1:5000/v1"_s));
    }

    void memoryStoreAnswersLater()
    {
        ftmodels::MemorySecretStore store;
        bool answered = false;
        store.write(u"p"_s, u"x"_s, this, [&answered](bool, const QString &) { answered = true; });
        QVERIFY(!answered); // like a keychain: never synchronously
        QTRY_VERIFY(answered);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ftmodels::MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
