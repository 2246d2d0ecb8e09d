// `cmake --install` into a throw-away prefix, then the files a desktop reads are checked by
// the desktop's own validators (desktop-file-validate, appstreamcli) and the installed binary
// is started.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInstalledFiles : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    // Runs a program to its end; a program that cannot start or hangs fails the test.
    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        Run result;
        if (!process.waitForStarted(10000)) {
            result.output = u"could not start "_s + program;
            return result;
        }
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            result.output = program + u" did not finish"_s;
            return result;
        }
        result.output = QString::fromUtf8(process.readAll());
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return result;
    }

    static QString tool(const char *name)
    {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (path.isEmpty())
            qWarning("%s is missing: run scripts/install-deps.sh", name);
        return path;
    }

    QTemporaryDir m_prefix;
    const QString m_appId = QStringLiteral(FT_APP_ID);

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install =
            run(QStringLiteral(FT_CMAKE_COMMAND),
                { u"--install"_s, QStringLiteral(FT_BUILD_DIR), u"--prefix"_s, m_prefix.path() });
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void installsEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << u"bin/fivetran-admin"_s;
        QTest::newRow("sandbox") << u"bin/fivetran-sandbox"_s;
        QTest::newRow("launcher") << u"share/applications/"_s + m_appId + u".desktop"_s;
        QTest::newRow("metainfo") << u"share/metainfo/"_s + m_appId + u".metainfo.xml"_s;
        QTest::newRow("svg icon") << u"share/icons/hicolor/scalable/apps/"_s + m_appId + u".svg"_s;
        for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
            const QString dir = QString::number(size) + u'x' + QString::number(size);
            QTest::newRow(qPrintable(u"png "_s + dir))
                << u"share/icons/hicolor/"_s + dir + u"/apps/"_s + m_appId + u".png"_s;
        }
        QTest::newRow("license") << u"share/doc/fivetran-admin/LICENSE"_s;
    }

    void installsEveryFile()
    {
        QFETCH(QString, path);
        const QFileInfo file(installed(path));
        QVERIFY2(file.isFile(), qPrintable(path));
        QVERIFY2(file.size() > 0, qPrintable(path));
    }

    void pngIconsHaveTheirSize()
    {
        for (const int size : { 16, 48, 256 }) {
            const QString dir = QString::number(size) + u'x' + QString::number(size);
            QFile png(
                installed(u"share/icons/hicolor/"_s + dir + u"/apps/"_s + m_appId + u".png"_s));
            QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
            // The IHDR chunk: 8-byte signature, length, "IHDR", then width and height (big-endian).
            const QByteArray head = png.read(24);
            QCOMPARE(head.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
            const auto be32 = [&head](int at) {
                return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16)
                    | (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
            };
            QCOMPARE(be32(16), quint32(size));
            QCOMPARE(be32(20), quint32(size));
        }
    }

    void desktopFileValidates()
    {
        const QString validator = tool("desktop-file-validate");
        QVERIFY(!validator.isEmpty());
        const Run check =
            run(validator, { installed(u"share/applications/"_s + m_appId + u".desktop"_s) });
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        // It exits 0 on hints too; a clean launcher has nothing to say.
        QVERIFY2(check.output.trimmed().isEmpty(), qPrintable(check.output));
    }

    void metainfoValidates()
    {
        const QString validator = tool("appstreamcli");
        QVERIFY(!validator.isEmpty());
        const Run check = run(validator,
                              { u"validate"_s, u"--no-net"_s,
                                installed(u"share/metainfo/"_s + m_appId + u".metainfo.xml"_s) });
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
    }

    void launcherAndMetainfoAgree()
    {
        QFile desktop(installed(u"share/applications/"_s + m_appId + u".desktop"_s));
        QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString launcher = QString::fromUtf8(desktop.readAll());
        QVERIFY(launcher.contains(u"\nIcon="_s + m_appId + u'\n'));
        QVERIFY(launcher.contains(u"\nExec=fivetran-admin"_s));

        QFile metainfo(installed(u"share/metainfo/"_s + m_appId + u".metainfo.xml"_s));
        QVERIFY(metainfo.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString xml = QString::fromUtf8(metainfo.readAll());
        QVERIFY(xml.contains(u"<id>"_s + m_appId + u"</id>"_s));
        QVERIFY(xml.contains(u"<launchable type=\"desktop-id\">"_s + m_appId
                             + u".desktop</launchable>"_s));
        QVERIFY(xml.contains(u"<release version=\"" FT_VERSION "\""_s));
    }

    void installedBinaryStarts()
    {
        const Run version = run(installed(u"bin/fivetran-admin"_s), { u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), u"fivetran-admin " FT_VERSION ""_s);
    }
};

QTEST_GUILESS_MAIN(TestInstalledFiles)
#include "tst_installedfiles.moc"
