#include "connectdialog.h"
#include "memorysecretstore.h"
#include "messagebox.h"
#include "profilestore.h"
#include "secrettestutil.h"
#include "testsandbox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using ftui::ConnectDialog;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A home of our own: the "nothing secret on disk" check walks all of it.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"fivetran-admin-tests"_s);
        QCoreApplication::setApplicationName(u"tst_connectdialog"_s);
        QVERIFY(m_sandbox.isListening());
    }

    void init()
    {
        ftui::MessageBox::clear();
        m_secrets = std::make_unique<ftmodels::MemorySecretStore>();
        m_secrets->setPersistent(true);
        m_profiles = std::make_unique<ftmodels::ProfileStore>(m_secrets.get());
        for (const ftmodels::Profile &p : m_profiles->profiles())
            QVERIFY(fttest::finish([&](auto done) { m_profiles->forget(p.name, this, done); }).ok);
    }

    void savingAProfileWritesNoSecretUnderHome()
    {
        ConnectDialog dialog(m_profiles.get(), &m_network);
        dialog.show();
        QVERIFY(!dialog.connectButton()->isEnabled()); // nothing typed yet
        fill(dialog, u"Sandbox"_s, options().apiKey, options().apiSecret, sandboxUrl());
        QVERIFY(dialog.testButton()->isEnabled());
        QVERIFY(dialog.connectButton()->isEnabled());
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);

        QSignalSpy tested(&dialog, &ConnectDialog::testFinished);
        QSignalSpy asked(&m_network, &QNetworkAccessManager::finished);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        // The test call went through the manager the dialog was given; it made none of its own.
        QCOMPARE(asked.count(), 1);
        QVERIFY(dialog.findChildren<QNetworkAccessManager *>(Qt::FindDirectChildrenOnly).isEmpty());
        QVERIFY(dialog.statusLabel()->text().contains(u"Connected"_s));

        QSignalSpy saved(&dialog, &ConnectDialog::saved);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenProfile().name, u"Sandbox"_s);
        QCOMPARE(dialog.chosenSecret(), options().apiSecret);
        QCOMPARE(m_profiles->lastUsed(), u"Sandbox"_s);
        QVERIFY(m_secrets->contains(u"Sandbox"_s));

        // The settings file is under the test home and has the key, never the secret.
        const QString file = m_profiles->settingsFile();
        QVERIFY2(file.startsWith(m_home.path()), qPrintable(file));
        QVERIFY(QFile::exists(file));
        QSettings settings(file, QSettings::NativeFormat);
        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!settings.value(key).toString().contains(options().apiSecret),
                     qPrintable(key));
        QVERIFY(fttest::countFiles(m_home.path()) > 0);
        QVERIFY(!fttest::filesContaining(m_home.path(), options().apiKey).isEmpty());
        QCOMPARE(fttest::filesContaining(m_home.path(), options().apiSecret), QStringList());
        const QString token = QString::fromLatin1(
            QString(options().apiKey + u':' + options().apiSecret).toUtf8().toBase64());
        QCOMPARE(fttest::filesContaining(m_home.path(), token), QStringList());
    }

    void aSavedProfileComesBackWithItsSecret()
    {
        QVERIFY(fttest::finish([&](auto done) {
                    m_profiles->save({ u"Saved"_s, sandboxUrl(), u"saved-key"_s },
                                     u"saved-secret"_s, this, done);
                }).ok);
        m_profiles->setLastUsed(u"Saved"_s);
        ConnectDialog dialog(m_profiles.get(), &m_network);
        QCOMPARE(dialog.profileBox()->currentData().toString(), u"Saved"_s);
        QCOMPARE(dialog.keyEdit()->text(), u"saved-key"_s);
        QTRY_COMPARE(dialog.secretEdit()->text(), u"saved-secret"_s);
        QVERIFY(dialog.forgetButton()->isEnabled());
        // "New profile…" empties the form.
        dialog.selectProfile(u"Another"_s);
        QCOMPARE(dialog.nameEdit()->text(), u"Another"_s);
        QVERIFY(dialog.keyEdit()->text().isEmpty());
        QVERIFY(!dialog.forgetButton()->isEnabled());
    }

    void aRefusedKeyIsExplainedAndNothingTypedIsLost()
    {
        ConnectDialog dialog(m_profiles.get(), &m_network);
        fill(dialog, u"Wrong"_s, options().apiKey, u"not-the-secret"_s, sandboxUrl());
        QSignalSpy tested(&dialog, &ConnectDialog::testFinished);
        dialog.testConnection();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(dialog.statusLabel()->text().contains(u"not accepted"_s),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.secretEdit()->text(), u"not-the-secret"_s);
        QCOMPARE(dialog.nameEdit()->text(), u"Wrong"_s);
        QVERIFY(dialog.connectButton()->isEnabled());
    }

    void anUnreachableServerIsExplained()
    {
        ConnectDialog dialog(m_profiles.get(), &m_network);
        // A port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        fill(dialog, u"Down"_s, u"k"_s, u"s"_s, QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
        QSignalSpy tested(&dialog, &ConnectDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(dialog.statusLabel()->text().contains(u"Could not reach 127.0.0.1"_s),
                 qPrintable(dialog.statusLabel()->text()));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        ConnectDialog dialog(m_profiles.get(), &m_network);
        fill(dialog, u"Remote"_s, u"k"_s, u"s"_s, QUrl(u"http://api.fivetran.com/v1"_s));
        QVERIFY(!dialog.testButton()->isEnabled());
        QVERIFY(!dialog.connectButton()->isEnabled());
        dialog.accept();
        QVERIFY(dialog.statusLabel()->text().contains(u"http://"_s));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QVERIFY(!m_profiles->profile(u"Remote"_s));
    }

    void saysWhatIsWrongWithTheAddressAsItIsTyped()
    {
        ConnectDialog dialog(m_profiles.get(), &m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, u"Typed"_s, u"k"_s, u"s"_s, QUrl(u"https://api.fivetran.com/v1"_s));
        QVERIFY(dialog.statusLabel()->text().isEmpty());
        QVERIFY(dialog.connectButton()->isEnabled());
        QCoreApplication::sendPostedEvents();
        const int height = dialog.height();
        // "https" loses its s on the way to a remote host: refused, and said at once.
        QLineEdit *url = dialog.urlEdit();
        url->setCursorPosition(5);
        QTest::keyClick(url, Qt::Key_Backspace);
        QCOMPARE(url->text(), u"http://api.fivetran.com/v1"_s);
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY2(dialog.statusLabel()->text().contains(u"unencrypted"_s),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.statusLabel()->property("error").toBool(), true);
        // The dialog grows for the words, and the fields keep their height.
        QVERIFY(dialog.statusLabel()->isVisible());
        QTRY_VERIFY(dialog.height() > height);
        QCOMPARE(url->height(), url->sizeHint().height());
        QTest::keyClicks(url, u"s"_s);
        QVERIFY(dialog.connectButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().isEmpty());
        QTRY_COMPARE(dialog.height(), height); // and gives the room back
        // A key left empty is the disabled button's own story: no status for it.
        dialog.keyEdit()->clear();
        QVERIFY(dialog.statusLabel()->text().isEmpty());
        // What the line said before the address went wrong comes back once it is mended...
        dialog.testConnection();
        const QString before = dialog.statusLabel()->text();
        QVERIFY2(before.contains(u"API key"_s), qPrintable(before));
        url->end(false);
        QTest::keyClicks(url, u"?x=1"_s);
        QVERIFY(dialog.statusLabel()->text().contains(u"query"_s));
        QTest::keyClick(url, Qt::Key_Backspace);
        QTest::keyClick(url, Qt::Key_Backspace);
        QVERIFY(dialog.statusLabel()->text().contains(u"query"_s)); // "?x" is still there
        QTest::keyClick(url, Qt::Key_Backspace); // an empty query is none
        QCOMPARE(dialog.statusLabel()->text(), before);
        QTest::keyClick(url, Qt::Key_Backspace);
        QCOMPARE(url->text(), u"https://api.fivetran.com/v1"_s);
        // ...and what is said while it is wrong is not wiped when it is mended.
        QTest::keyClicks(url, u"#top"_s);
        QVERIFY(dialog.statusLabel()->text().contains(u"fragment"_s));
        dialog.testConnection(); // says the key is missing, over the address's problem
        QCOMPARE(dialog.statusLabel()->text(), before);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(url, Qt::Key_Backspace);
        QCOMPARE(dialog.statusLabel()->text(), before);
    }

    void explainsForbiddenAndTls()
    {
        const QUrl url(u"https://api.fivetran.com/v1"_s);
        ftapi::ApiError forbidden =
            ftapi::ApiError::make(ftapi::ApiError::Kind::Http, QString(), 403);
        QVERIFY(ConnectDialog::explain(forbidden, url).contains(u"not allowed"_s));
        ftapi::ApiError tls =
            ftapi::ApiError::make(ftapi::ApiError::Kind::Network, u"The certificate has expired"_s,
                                  0, ftapi::ApiError::tlsErrorCode());
        const QString text = ConnectDialog::explain(tls, url);
        QVERIFY(text.contains(u"could not be verified"_s));
        QVERIFY(text.contains(u"expired"_s));
    }

    void forgetRemovesProfileAndKeychainEntry()
    {
        QVERIFY(
            fttest::finish([&](auto done) {
                m_profiles->save({ u"Gone"_s, sandboxUrl(), u"k"_s }, u"gone-secret"_s, this, done);
            }).ok);
        m_profiles->setLastUsed(u"Gone"_s);
        ConnectDialog dialog(m_profiles.get(), &m_network);
        QVERIFY(dialog.forgetButton()->isEnabled());
        ftui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy forgotten(&dialog, &ConnectDialog::forgotten);
        QTest::mouseClick(dialog.forgetButton(), Qt::LeftButton);
        QVERIFY(forgotten.wait(5000));
        QVERIFY(!m_profiles->profile(u"Gone"_s));
        QVERIFY(!m_secrets->contains(u"Gone"_s));
        QCOMPARE(dialog.profileBox()->findData(u"Gone"_s), -1);
    }

    void saysWhenSecretsLastOneSessionOnly()
    {
        ftmodels::MemorySecretStore sessionOnly;
        ftmodels::ProfileStore profiles(&sessionOnly);
        ConnectDialog dialog(&profiles, &m_network);
        QVERIFY(dialog.storageLabel()->text().contains(u"this session only"_s));
        QVERIFY(dialog.storageLabel()->text().contains(u"never written to disk"_s));
        ConnectDialog withKeychain(m_profiles.get(), &m_network);
        QVERIFY(withKeychain.storageLabel()->text().contains(u"never in a settings file"_s));
    }

private:
    const ftsandbox::SandboxOptions &options() { return m_sandbox.server().options(); }
    QUrl sandboxUrl() { return m_sandbox.server().baseUrl(); }

    static void fill(ConnectDialog &dialog, const QString &name, const QString &key,
                     const QString &secret, const QUrl &url)
    {
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), name);
        dialog.keyEdit()->clear();
        QTest::keyClicks(dialog.keyEdit(), key);
        dialog.secretEdit()->clear();
        QTest::keyClicks(dialog.secretEdit(), secret);
        dialog.urlEdit()->clear();
        QTest::keyClicks(dialog.urlEdit(), url.toString());
    }

    QTemporaryDir m_home;
    fttest::TestSandbox m_sandbox;
    QNetworkAccessManager m_network; // what the dialogs ask through
    std::unique_ptr<ftmodels::MemorySecretStore> m_secrets;
    std::unique_ptr<ftmodels::ProfileStore> m_profiles;
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
