#include "dialogfixture.h"

#include <QFormLayout>

using namespace Qt::StringLiterals;
using fttest::DialogFixture;

namespace {

// The smallest real dialog: one field, a GET of the user whose id is typed.
class LookUpDialog : public ftui::ApiDialog
{
public:
    explicit LookUpDialog(ftmodels::Session *session, QWidget *parent = nullptr)
        : ApiDialog(session, parent)
    {
        QFormLayout *form = addForm();
        id = new QLineEdit(this);
        addField(form, u"User id:"_s, id, u"user_id"_s);
        revalidate();
    }

    void failWith(const ftapi::ApiError &error) { fail(error); }

    QLineEdit *id = nullptr;
    QString found;

protected:
    bool validate() override
    {
        const QString problem = id->text().trimmed().isEmpty() ? u"Type an id."_s : QString();
        setFieldProblem(id, problem);
        return problem.isEmpty();
    }

    void submit() override
    {
        beginCall(client()->getUser(id->text().trimmed(), this,
                                    [this](const ftapi::ApiResult<ftapi::User> &result) {
                                        if (!finishCall(result))
                                            return;
                                        found = result.value().email;
                                        succeed(u"Found "_s + found);
                                    }),
                  u"Looking…"_s);
    }
};

} // namespace

class TestApiDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okFollowsTheFormAndProblemsWaitForATouch();
    void succeedsClosesAndSaysWhat();
    void serverMessageLandsAtItsField();
    void failureWithoutAFieldStaysInTheBanner();
    void cancelStopsTheCallAndCloses();
    void closingWithACallInFlightIsSafe();
    void rateLimitCountsDownThenSends();
    void sharedRules();
};

void TestApiDialog::initTestCase()
{
    fttest::useTestSettings();
}

void TestApiDialog::okFollowsTheFormAndProblemsWaitForATouch()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->fieldError(dialog->id).isEmpty()); // untouched: no complaint yet
    QVERIFY(dialog->banner()->isHidden());
    QVERIFY(dialog->busyIndicator()->isHidden());

    QTest::keyClicks(dialog->id, u"x"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::keyClick(dialog->id, Qt::Key_Backspace);
    QCOMPARE(dialog->fieldError(dialog->id), u"Type an id."_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->reject();
}

void TestApiDialog::succeedsClosesAndSaysWhat()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    QSignalSpy succeeded(dialog, &ftui::ApiDialog::succeeded);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    fttest::typeInto(dialog->id, u"nozzle_eat"_s);
    QPointer<ftui::ApiDialog> guard(dialog);
    QTest::keyClick(dialog->id, Qt::Key_Return);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard); // deleted on close
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(succeeded.at(0).at(0).toString(),
             u"Found "_s + f.sandbox.store().user(u"nozzle_eat"_s)->email);
}

void TestApiDialog::serverMessageLandsAtItsField()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    fttest::typeInto(dialog->id, u"abc"_s);
    const ftapi::ApiError error = ftapi::ApiError::make(
        ftapi::ApiError::Kind::Http, u"Field 'user_id' is too long"_s, 400, u"InvalidInput"_s);
    dialog->failWith(error);
    QCOMPARE(dialog->fieldError(dialog->id), u"Field 'user_id' is too long"_s);
    QCOMPARE(dialog->banner()->text(), u"Field 'user_id' is too long"_s);
    QCOMPARE(dialog->focusWidget(), dialog->id);
    QCOMPARE(dialog->id->text(), u"abc"_s);
    // Whatever the server says is shown as words, never as markup.
    dialog->failWith(ftapi::ApiError::make(ftapi::ApiError::Kind::Http,
                                           u"Field 'user_id' <img src=x> is <b>bad</b>"_s, 400,
                                           u"InvalidInput"_s));
    auto *label = dialog->findChild<QLabel *>(u"fieldError_user_id"_s);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), u"Field 'user_id' <img src=x> is <b>bad</b>"_s);
    // Answering the field takes the server's complaint away.
    QTest::keyClicks(dialog->id, u"d"_s);
    QVERIFY(dialog->fieldError(dialog->id).isEmpty());
    dialog->reject();
}

void TestApiDialog::failureWithoutAFieldStaysInTheBanner()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    fttest::typeInto(dialog->id, u"no_such_user"_s);
    QPointer<ftui::ApiDialog> guard(dialog);
    fttest::clickOk(dialog);
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(fttest::showsFailure(dialog));
    QVERIFY(dialog->banner()->text().contains(u"no_such_user"_s));
    QVERIFY(dialog->fieldError(dialog->id).isEmpty());
    QCOMPARE(dialog->id->text(), u"no_such_user"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->id->isEnabled());
}

void TestApiDialog::cancelStopsTheCallAndCloses()
{
    DialogFixture f;
    QVERIFY(f.open());
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    fttest::typeInto(dialog->id, u"nozzle_eat"_s);
    f.hangWithTimeout(60000); // only Cancel can end this
    QPointer<ftui::ApiDialog> guard(dialog);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    fttest::clickOk(dialog);
    QVERIFY(fttest::isOpenAndBusy(guard));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(!dialog->busyIndicator()->isHidden());
    QVERIFY(!dialog->id->isEnabled());
    QCOMPARE(dialog->cursor().shape(), Qt::BusyCursor);
    QVERIFY(dialog->cancelButton()->isEnabled());
    QTRY_COMPARE(f.sandbox.server().stats().value(u"in_flight"_s).toInt(), 1);

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QTRY_VERIFY(!guard);
    QCOMPARE(f.client->scheduler()->inFlight(), 0); // the request was aborted, not left running
    f.sandbox.server().setHang(false);
}

void TestApiDialog::closingWithACallInFlightIsSafe()
{
    DialogFixture f;
    QVERIFY(f.open());
    f.sandbox.server().setLatencyMs(200);
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    fttest::typeInto(dialog->id, u"nozzle_eat"_s);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    delete dialog; // e.g. the window closes
    QTRY_COMPARE(f.client->scheduler()->inFlight(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(f.sandbox.server().stats().value(u"in_flight"_s).toInt(), 0, 5000);
}

// A 429 holds the call in the queue: the busy line counts the seconds down instead of
// "Looking…", then the call goes through and the dialog finishes as usual.
void TestApiDialog::rateLimitCountsDownThenSends()
{
    DialogFixture f;
    QVERIFY(f.open());
    f.sandbox.server().setRateLimit(0.5); // one request per two seconds
    // The one token there is goes to another request first.
    bool spent = false;
    f.client->getUser(u"nozzle_eat"_s, this,
                      [&spent](const ftapi::ApiResult<ftapi::User> &) { spent = true; });
    QTRY_VERIFY(spent);
    auto *dialog = new LookUpDialog(f.session.get(), f.window.get());
    dialog->open();
    fttest::typeInto(dialog->id, u"nozzle_eat"_s);
    QPointer<ftui::ApiDialog> guard(dialog);
    QSignalSpy succeeded(dialog, &ftui::ApiDialog::succeeded);
    fttest::clickOk(dialog);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(guard && dialog->busyText().contains(u"slow down"_s), 10000);
    QVERIFY2(dialog->busyText().contains(u"second"_s), qPrintable(dialog->busyText()));
    QVERIFY(dialog->banner()->isHidden()); // waiting is not a failure
    QVERIFY(fttest::waitForAnswer(guard));
    QVERIFY(!guard);
    QCOMPARE(succeeded.count(), 1);
    QVERIFY(f.sandbox.server().stats().value(u"responses_429"_s).toInt() >= 1);
    f.sandbox.server().setRateLimit(0);
}

void TestApiDialog::sharedRules()
{
    DialogFixture f;
    ftsandbox::SandboxUserPatch demote;
    demote.role = u"Account Analyst"_s;
    ftapi::User olivia;
    olivia.id = u"nozzle_eat"_s;
    olivia.role = ftui::ApiDialog::accountAdministratorRole();
    // Not loaded yet: nobody can say, so the server decides.
    QVERIFY(!ftui::ApiDialog::isLastAccountAdministrator(f.session.get(), olivia));
    QVERIFY(f.open());
    QVERIFY(!ftui::ApiDialog::isLastAccountAdministrator(f.session.get(), olivia)); // two
    ftsandbox::SandboxUser marcus;
    QVERIFY(!f.sandbox.store().updateUser(u"decorum_mantle"_s, demote, &marcus).isError());
    f.session->upsertUser(fttest::toApiUser(marcus));
    QVERIFY(ftui::ApiDialog::isLastAccountAdministrator(f.session.get(), olivia));
    ftapi::User priya = *f.session->users()->user(u"candid_atlas"_s);
    QVERIFY(!ftui::ApiDialog::isLastAccountAdministrator(f.session.get(), priya));

    QCOMPARE(ftui::ApiDialog::displayName(priya), u"Priya Sharma"_s);
    priya.givenName.clear();
    priya.familyName.clear();
    QCOMPARE(ftui::ApiDialog::displayName(priya), priya.email);
}

QTEST_MAIN(TestApiDialog)
#include "tst_apidialog.moc"
