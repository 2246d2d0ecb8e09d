// Every dialog of the console opened in English and in German, at the default font and at
// 1.25 times that size: no label, button, choice or placeholder shows less than its words, also
// with the messages a failure brings (the banner, an error under each field); a dialog grows
// for a message and shrinks back once it goes; the users table's headers are never cut.
#include "aboutdialog.h"
#include "clipcheck.h"
#include "connectdialog.h"
#include "deleteuserdialog.h"
#include "dialogfixture.h"
#include "edituserdialog.h"
#include "inviteuserdialog.h"
#include "membershipdialog.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "removeaccountroledialog.h"
#include "translations.h"
#include "usersmodel.h"
#include "usersview.h"

#include <QApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;
using fttest::DialogFixture;

namespace {

// In the fixed demo account: an Account Reviewer, member of the destination warm_harbor.
const QString kUser = u"keen_walnut"_s;
const QString kDestination = u"warm_harbor"_s;

QByteArray listed(const QStringList &items)
{
    return (u"\n  "_s + items.join(u"\n  "_s)).toUtf8();
}

// A long message of the service, as a failure would put in the banner.
const QString kLongMessage =
    u"The service refused the change: the address is already used by another user of this "
    "account, or by an invitation that has not been accepted yet. Check the address and try "
    "again."_s;

} // namespace

class TestDialogSizes : public QObject
{
    Q_OBJECT

private:
    QFont m_defaultFont;
    DialogFixture *m_f = nullptr;

    // Shown, settled (what it loads has arrived), then read for clipped words.
    bool settle(QWidget *dialog)
    {
        if (!QTest::qWaitForWindowExposed(dialog))
            return false;
        if (!QTest::qWaitFor([&] { return !m_f->session->isBusy(); }, 10000))
            return false;
        // A change travels up as layout requests, one nesting level per pass of the event loop
        // (a field's box, the form, the dialog): let every level take it in.
        for (int pass = 0; pass < 8; ++pass) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        return true;
    }

    void checkDialog(QDialog *dialog)
    {
        QPointer<QDialog> guard(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        QVERIFY(settle(dialog));
        const QStringList clipped = fttest::clippedTexts(dialog);
        QVERIFY2(clipped.isEmpty(), listed(clipped).constData());
        if (guard)
            guard->reject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fttest::useTestSettings();
        m_defaultFont = QApplication::font();
    }

    void languageAndFont_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("en 1.0") << u"en"_s << 1.0;
        QTest::newRow("en 1.25") << u"en"_s << 1.25;
        QTest::newRow("de 1.0") << u"de"_s << 1.0;
        QTest::newRow("de 1.25") << u"de"_s << 1.25;
    }

    // Every dialog, as it opens and with the words of a failure shown.
    void languageAndFont()
    {
        QFETCH(QString, language);
        QFETCH(qreal, scale);
        QFont font = m_defaultFont;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * scale);
        else
            font.setPixelSize(qRound(font.pixelSize() * scale));
        QApplication::setFont(font);
        if (language != u"en"_s)
            QCOMPARE(ftui::Translations::install(QLocale(language)), language);

        DialogFixture f;
        m_f = &f;
        // The widest of the few texts a last login reads as ("10 months ago" is wider than
        // the demo's), and one person without an account role.
        ftsandbox::SandboxUser away;
        away.id = u"long_away"_s;
        away.email = u"away@example.com"_s;
        away.givenName = u"Ada"_s;
        away.familyName = u"Away"_s;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        away.createdAt = ftsandbox::SandboxStore::timestamp(now - 900LL * 86400 * 1000);
        away.loggedInAt = ftsandbox::SandboxStore::timestamp(now - 330LL * 86400 * 1000);
        f.sandbox.store().addUser(away);
        QVERIFY(f.open());
        QVERIFY(f.selectUser(kUser));

        // The users table: every header whole.
        const QStringList cut =
            fttest::cutHeaders(f.window->usersView()->table()->horizontalHeader());
        QVERIFY2(cut.isEmpty(), listed(cut).constData());
        // ... and the columns whose texts are few and known (role, status, last login) show
        // every cell whole; names and e-mail addresses may be elided.
        QTableView *table = f.window->usersView()->table();
        const QStringList narrow = fttest::cutColumns(table, table->horizontalHeader(),
                                                      { ftmodels::UsersModel::RoleColumn,
                                                        ftmodels::UsersModel::StatusColumn,
                                                        ftmodels::UsersModel::LastLoginColumn });
        QVERIFY2(narrow.isEmpty(), listed(narrow).constData());

        ftmodels::Session *session = f.session.get();
        QWidget *parent = f.window.get();
        checkDialog(new ftui::InviteUserDialog(session, parent));
        checkDialog(new ftui::EditUserDialog(session, kUser, parent));
        checkDialog(new ftui::DeleteUserDialog(session, kUser, parent));
        checkDialog(new ftui::RemoveAccountRoleDialog(session, kUser, parent));
        checkDialog(new ftui::MembershipDialog(session, kUser, MembershipKind::Group, parent));
        checkDialog(new ftui::MembershipDialog(session, kUser, MembershipKind::Connection, parent));
        checkDialog(new ftui::MembershipDialog(session, kUser, MembershipKind::Group, kDestination,
                                               parent));
        checkDialog(new ftui::AboutDialog(parent));
        {
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            ftmodels::MemorySecretStore secrets;
            ftmodels::ProfileStore profiles(&secrets, dir.filePath(u"profiles.ini"_s));
            QNetworkAccessManager network;
            auto *connect = new ftui::ConnectDialog(&profiles, &network, parent);
            connect->open();
            QVERIFY(settle(connect));
            const QStringList clipped = fttest::clippedTexts(connect);
            delete connect; // before the stores it points to
            QVERIFY2(clipped.isEmpty(), listed(clipped).constData());
        }

        // The invitation with everything wrong at once and the service's words in the banner:
        // every message whole, every field still its size; then it shrinks back.
        auto *invite = new ftui::InviteUserDialog(session, parent);
        QPointer<ftui::InviteUserDialog> guard(invite);
        invite->open();
        QVERIFY(settle(invite));
        const int openHeight = invite->height();
        fttest::typeInto(invite->emailEdit(), u"ann.lee@example"_s);
        fttest::typeInto(invite->givenNameEdit(), QString(101, u'a'));
        fttest::typeInto(invite->phoneEdit(), u"call me"_s);
        fttest::typeInto(invite->pictureEdit(), u"ftp://pictures/ann.png"_s);
        QTest::keyClick(invite->familyNameEdit(), Qt::Key_Return); // says everything missing
        invite->banner()->showMessage(kLongMessage, ftui::MessageWidget::Type::Error);
        QVERIFY(settle(invite));
        QVERIFY(!invite->fieldError(invite->emailEdit()).isEmpty());
        QVERIFY(!invite->fieldError(invite->rolePicker()).isEmpty());
        QVERIFY(invite->height() > openHeight);
        QStringList clipped = fttest::clippedTexts(invite);
        QVERIFY2(clipped.isEmpty(), listed(clipped).constData());

        // A role with its description under the box, and every field put right.
        QVERIFY(fttest::chooseRole(invite->rolePicker(), u"Account Reviewer"_s));
        fttest::typeInto(invite->emailEdit(), u"ann.lee@example.com"_s);
        fttest::typeInto(invite->givenNameEdit(), u"Ann"_s);
        fttest::typeInto(invite->familyNameEdit(), u"Lee"_s);
        fttest::typeInto(invite->phoneEdit(), QString());
        fttest::typeInto(invite->pictureEdit(), QString());
        invite->banner()->hideMessage();
        QVERIFY(settle(invite));
        QVERIFY(invite->okButton()->isEnabled());
        clipped = fttest::clippedTexts(invite);
        QVERIFY2(clipped.isEmpty(), listed(clipped).constData());
        // Back to its first size but for the role's description, which is one or two lines.
        const int descriptionHeight = invite->rolePicker()->descriptionLabel()->height();
        QVERIFY2(
            invite->height() <= openHeight + descriptionHeight + 8,
            qPrintable(
                u"%1 > %2 + %3"_s.arg(invite->height()).arg(openHeight).arg(descriptionHeight)));
        invite->reject();
        m_f = nullptr;
    }

    void cleanup()
    {
        m_f = nullptr;
        ftui::Translations::uninstall();
        QApplication::setFont(m_defaultFont);
    }

    // The checker itself: a label given less than its words is found, one at its size is not.
    void checkerFindsACutLabel()
    {
        QWidget window;
        auto *label = new QLabel(u"A caption long enough to be cut"_s, &window);
        label->setObjectName(u"caption"_s);
        window.resize(400, 100);
        label->setGeometry(0, 0, label->sizeHint().width(), label->sizeHint().height());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(fttest::clippedTexts(&window).isEmpty());
        label->resize(label->sizeHint().width() / 2, label->sizeHint().height());
        const QStringList found = fttest::clippedTexts(&window);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().startsWith(u"QLabel#caption"_s));
        // Wrapped, it needs the height of its lines.
        label->setWordWrap(true);
        label->resize(60, label->fontMetrics().height());
        QCOMPARE(fttest::clippedTexts(&window).size(), 1);
        label->resize(60, label->heightForWidth(60));
        QVERIFY(fttest::clippedTexts(&window).isEmpty());
        // Pushed out of its window.
        label->move(window.width() - 10, 0);
        QCOMPARE(fttest::clippedTexts(&window).size(), 1);
    }
};

QTEST_MAIN(TestDialogSizes)
#include "tst_dialogsizes.moc"
