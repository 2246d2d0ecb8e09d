#include "dialogvalidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
namespace check = ftui::DialogValidation;

class TestDialogValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void names();
    void nameSentencesAreWhole();
    void phone_data();
    void phone();
    void picture_data();
    void picture();
};

void TestDialogValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"ann.lee@example.com"_s << true;
    QTest::newRow("plus and subdomain") << u"ann+ops@mail.example.co.uk"_s << true;
    QTest::newRow("spaces around") << u"  ann@example.com "_s << true;
    QTest::newRow("unicode") << u"zoë@exämple.de"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("no at") << u"ann.example.com"_s << false;
    QTest::newRow("two ats") << u"ann@lee@example.com"_s << false;
    QTest::newRow("no domain dot") << u"ann@example"_s << false;
    QTest::newRow("empty local") << u"@example.com"_s << false;
    QTest::newRow("space inside") << u"ann lee@example.com"_s << false;
    QTest::newRow("trailing dot") << u"ann@example."_s << false;
    QTest::newRow("double dot") << u"ann@example..com"_s << false;
    QTest::newRow("too long") << (QString(250, u'a') + u"@example.com"_s) << false;
}

void TestDialogValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    const QString problem = check::emailProblem(email);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestDialogValidation::names()
{
    QVERIFY(check::nameProblem(u"Ann"_s, check::Name::Given).isEmpty());
    QVERIFY(check::nameProblem(QString(100, u'a'), check::Name::Given).isEmpty());
    QVERIFY(check::nameProblem(u"  "_s, check::Name::Given).contains(u"given name"_s));
    QVERIFY(check::nameProblem(QString(), check::Name::Family).contains(u"family name"_s));
    QVERIFY(check::nameProblem(QString(101, u'a'), check::Name::Given).contains(u"100"_s));
    QVERIFY(!check::nameProblem(u"Ann\nLee"_s, check::Name::Given).isEmpty());
    QVERIFY(check::nameProblem(QString(5'000'000, u'x'), check::Name::Given).contains(u"100"_s));
}

namespace {

// German for the whole sentences only: a sentence built from a translated word and an
// English (or German) frame shows as untranslated.
class WholeSentences : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ftui::DialogValidation") != 0)
            return {};
        static const QHash<QByteArray, QString> german {
            { "Enter the given name.", u"Geben Sie den Vornamen ein."_s },
            { "Enter the family name.", u"Geben Sie den Nachnamen ein."_s },
            { "The given name must be on one line.", u"Der Vorname muss in eine Zeile passen."_s },
        };
        return german.value(source);
    }
};

} // namespace

void TestDialogValidation::nameSentencesAreWhole()
{
    WholeSentences translator;
    QCoreApplication::installTranslator(&translator);
    const QString given = check::nameProblem(QString(), check::Name::Given);
    const QString family = check::nameProblem(QString(), check::Name::Family);
    const QString oneLine = check::nameProblem(u"Ann\nLee"_s, check::Name::Given);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(given, u"Geben Sie den Vornamen ein."_s);
    QCOMPARE(family, u"Geben Sie den Nachnamen ein."_s);
    QCOMPARE(oneLine, u"Der Vorname muss in eine Zeile passen."_s);
}

void TestDialogValidation::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is fine") << QString() << true;
    QTest::newRow("international") << u"+1 415 555 0142"_s << true;
    QTest::newRow("brackets and dashes") << u"(020) 7946-0321"_s << true;
    QTest::newRow("letters") << u"call me"_s << false;
    QTest::newRow("too few digits") << u"+1"_s << false;
    QTest::newRow("plus in the middle") << u"415+555"_s << false;
    QTest::newRow("too long") << QString(41, u'1') << false;
}

void TestDialogValidation::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    QCOMPARE(check::phoneProblem(phone).isEmpty(), ok);
}

void TestDialogValidation::picture_data()
{
    QTest::addColumn<QString>("picture");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is fine") << QString() << true;
    QTest::newRow("https") << u"https://avatars.example.com/ann.png"_s << true;
    QTest::newRow("http") << u"http://intranet.example/ann.jpg"_s << true;
    QTest::newRow("data image") << u"data:image/png;base64,iVBORw0KGgo="_s << true;
    QTest::newRow("ftp") << u"ftp://files.example.com/ann.png"_s << false;
    QTest::newRow("no scheme") << u"avatars.example.com/ann.png"_s << false;
    QTest::newRow("data not image") << u"data:text/html,<b>hi</b>"_s << false;
    QTest::newRow("data without comma") << u"data:image/png;base64"_s << false;
    QTest::newRow("huge data") << (u"data:image/png;base64,"_s + QString(300 * 1024, u'A'))
                               << false;
    QTest::newRow("huge url") << (u"https://example.com/"_s + QString(3000, u'a')) << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
}

void TestDialogValidation::picture()
{
    QFETCH(QString, picture);
    QFETCH(bool, ok);
    QCOMPARE(check::pictureProblem(picture).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestDialogValidation)
#include "tst_dialogvalidation.moc"
