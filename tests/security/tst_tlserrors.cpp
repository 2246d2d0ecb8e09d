#include "apiclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

// An HTTPS server whose certificate nobody trusts (self-signed): the client must refuse it,
// send nothing, and say why in words a person can act on. TLS errors are never ignored.
class TestTlsErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend in this Qt build.");
        QFile certFile(QStringLiteral(FT_TEST_CERT));
        QFile keyFile(QStringLiteral(FT_TEST_KEY));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(!config.localCertificate().isNull());
        QVERIFY(!config.privateKey().isNull());
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections()) {
                auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection());
                connect(socket, &QSslSocket::readyRead, this, [this, socket] {
                    m_plaintext += socket->readAll(); // only ever decrypted HTTP
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsRefusedAndExplained()
    {
        QNetworkAccessManager manager;
        const QUrl url(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
        ftapi::ApiClient client(&manager, url, { u"key"_s, u"tls-secret-value"_s });
        client.scheduler()->setTransferTimeout(10000);
        std::optional<ftapi::ApiError> error;
        client.listRoles(this, [&error](const ftapi::ApiResult<QVector<ftapi::Role>> &result) {
            error = result ? ftapi::ApiError() : result.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 15000);
        QCOMPARE(error->kind, ftapi::ApiError::Kind::Network);
        QVERIFY2(error->isTlsError(), qPrintable(error->toString()));
        // The certificate problem is named, and the text says what to check.
        QVERIFY2(error->message.contains(u"self"_s, Qt::CaseInsensitive)
                     || error->message.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(error->message));
        QVERIFY(error->userText().contains(u"could not be verified"_s));
        QVERIFY(!error->userText().contains(u"tls-secret-value"_s));
        // One attempt only: an untrusted server is not retried, and never saw a request.
        QCOMPARE(client.scheduler()->requestsSent(), quint64(1));
        QVERIFY2(!m_plaintext.contains("Authorization"), m_plaintext.constData());
        QVERIFY(m_plaintext.isEmpty());
    }

private:
    QSslServer m_server;
    QByteArray m_plaintext;
};

QTEST_GUILESS_MAIN(TestTlsErrors)
#include "tst_tlserrors.moc"
