// The German catalogue against the program: lupdate over the sources (with the options of the
// build) changes nothing in it, nothing in it is unfinished or obsolete, and every string the
// main window and the dialogs look up in German is found in it (a lookup under a context the
// catalogue does not have, or of an unfinished entry, falls through to a recorder behind it).
#include "../ui/dialogfixture.h"
#include "deleteuserdialog.h"
#include "edituserdialog.h"
#include "inviteuserdialog.h"
#include "membershipdialog.h"
#include "removeaccountroledialog.h"
#include "translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

const QString kUser = u"keen_walnut"_s;
const QString kDestination = u"warm_harbor"_s;
const QString kCatalogue =
    QStringLiteral(FT_SOURCE_DIR "/resources/translations/fivetran-admin_de.ts");
// English is the source language; its catalogue holds the plural forms only.
const QString kPlurals =
    QStringLiteral(FT_SOURCE_DIR "/resources/translations/fivetran-admin_en.ts");

// Both catalogues for the tests that read one.
void catalogues()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << kCatalogue << false;
    QTest::newRow("English plurals") << kPlurals << true;
}

// Every item on a line of its own (a failure message would be cut), then how many.
QByteArray listed(const QStringList &items)
{
    for (const QString &item : items)
        qInfo().noquote() << item;
    return QByteArray::number(items.size()) + " listed above";
}

// Asked last, so it hears only what no catalogue before it translated.
class MissRecorder : public QTranslator
{
public:
    QStringList misses;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString where = QString::fromUtf8(context);
        // Qt's own contexts (QDialogButtonBox, QLineEdit...) belong to Qt's catalogue.
        if (where.startsWith(u'Q') || !sourceText || !*sourceText)
            return {};
        const QString miss = where + u": "_s + QString::fromUtf8(sourceText);
        if (!misses.contains(miss))
            const_cast<MissRecorder *>(this)->misses.append(miss);
        return {};
    }
};

// context: source -> the kind of translation ("", "unfinished", "obsolete", "vanished").
QMap<QString, QString> entries(const QString &file, QString *error)
{
    QMap<QString, QString> found;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return found;
    }
    QXmlStreamReader xml(&in);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1)
            context = xml.readElementText();
        else if (xml.name() == "source"_L1)
            source = xml.readElementText();
        else if (xml.name() == "translation"_L1) {
            found.insert(context + u": "_s + source, xml.attributes().value("type"_L1).toString());
            xml.skipCurrentElement(); // plural forms are elements of their own
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return found;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fttest::useTestSettings(); }

    void nothingUnfinishedOrObsolete_data() { catalogues(); }
    void nothingUnfinishedOrObsolete()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralsOnly);
        QString error;
        const QMap<QString, QString> all = entries(catalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(all.size() > (pluralsOnly ? 20 : 300));
        QStringList open;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (!it.value().isEmpty())
                open.append(it.value() + u" — "_s + it.key());
        }
        QVERIFY2(open.isEmpty(), listed(open).constData());
    }

    // lupdate as the build runs it (ui/CMakeLists.txt), into a copy: the copy must not change.
    void lupdateChangesNothing_data() { catalogues(); }
    void lupdateChangesNothing()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralsOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(catalogue).fileName());
        QVERIFY(QFile::copy(catalogue, copy));
        QFile list(dir.filePath(u"sources.lst"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        const QDir root(QStringLiteral(FT_SOURCE_DIR));
        QStringList includes;
        for (const QString &folder : { u"api"_s, u"ui"_s, u"models"_s, u"app"_s }) {
            includes << u"-I"_s << root.filePath(folder);
            const QStringList files =
                QDir(root.filePath(folder))
                    .entryList({ u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDir::Name);
            for (const QString &file : files)
                list.write((root.filePath(folder + u'/' + file) + u'\n').toUtf8());
        }
        list.close();

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList options { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s };
        if (pluralsOnly)
            options << u"-pluralonly"_s;
        lupdate.start(QStringLiteral(FT_LUPDATE),
                      options + includes
                          + QStringList { u"@"_s + list.fileName(), u"-ts"_s, copy });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QMap<QString, QString> before = entries(catalogue, &error);
        const QMap<QString, QString> after = entries(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                changed.append(u"new: "_s + it.key());
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!after.contains(it.key()))
                changed.append(u"gone from the sources: "_s + it.key());
        }
        QVERIFY2(changed.isEmpty(), listed(changed).constData());
    }

    // The window and every dialog in German: each lookup finds its translation.
    void everyLookupIsFound()
    {
        MissRecorder recorder;
        QCoreApplication::installTranslator(&recorder);
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        {
            fttest::DialogFixture f;
            QVERIFY(f.open());
            QVERIFY(f.selectUser(kUser));
            ftmodels::Session *session = f.session.get();
            QWidget *parent = f.window.get();
            const QList<QDialog *> dialogs {
                new ftui::InviteUserDialog(session, parent),
                new ftui::EditUserDialog(session, kUser, parent),
                new ftui::DeleteUserDialog(session, kUser, parent),
                new ftui::RemoveAccountRoleDialog(session, kUser, parent),
                new ftui::MembershipDialog(session, kUser, MembershipKind::Group, parent),
                new ftui::MembershipDialog(session, kUser, MembershipKind::Connection, parent),
                new ftui::MembershipDialog(session, kUser, MembershipKind::Group, kDestination,
                                           parent),
            };
            for (QDialog *dialog : dialogs) {
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                QVERIFY(f.waitIdle());
                // Enter on the empty invitation says every field's problem.
                if (auto *invite = qobject_cast<ftui::InviteUserDialog *>(dialog))
                    invite->accept();
                delete dialog;
            }
        }
        ftui::Translations::uninstall();
        QCoreApplication::removeTranslator(&recorder);
        QVERIFY2(recorder.misses.isEmpty(), listed(recorder.misses).constData());
    }
};

QTEST_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
