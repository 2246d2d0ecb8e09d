// UsersTextMatches, the filter text's remembered answers: whatever was typed before (a longer
// text, a shorter one, a text erased again) and whichever way the rows were asked (one by
// one or all at once), every row's answer is the one a plain look at its name and e-mail
// gives; rows that come, go or change are answered for what they are now.
#include "usersmodel.h"
#include "userstextmatches.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using ftmodels::UsersModel;
using ftmodels::UsersTextMatches;

namespace {

ftapi::User person(const QString &id, const QString &given, const QString &family,
                   const QString &email)
{
    ftapi::User u;
    u.id = id;
    u.givenName = given;
    u.familyName = family;
    u.email = email;
    u.active = true;
    u.verified = true;
    u.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return u;
}

QVector<ftapi::User> people()
{
    const QStringList given { u"Ann"_s,   u"Anna"_s, u"Hannah"_s, u"Zoë"_s,
                              u"Émile"_s, u"Bob"_s,  u"Joanne"_s, u"Ölaf"_s };
    const QStringList family { u"Müller"_s, u"Smith"_s, u"O'Neil"_s, u"Ångström"_s, u"Brown"_s };
    QVector<ftapi::User> users;
    for (int i = 0; i < 60; ++i) {
        const QString g = given.at(i % given.size());
        const QString f = family.at((i / 3) % family.size());
        users.append(person(u"u%1"_s.arg(i), g, f,
                            u"%1.%2@%3"_s.arg(g.toLower())
                                .arg(i)
                                .arg(i % 4 ? u"example.com"_s : u"annex.example.org"_s)));
    }
    return users;
}

// What a plain look gives: the folded text within the folded name or e-mail.
bool plainMatch(const ftapi::User &u, const QString &needle)
{
    return UsersModel::foldKey(u.fullName()).contains(needle)
        || UsersModel::foldKey(u.email).contains(needle);
}

// Rows whose answer differs from the plain look; empty when none.
QString wrongRows(UsersTextMatches &matches, const UsersModel &model,
                  const QVector<ftapi::User> &users, bool allAtOnce)
{
    if (allAtOnce)
        matches.matchAll(model);
    QStringList wrong;
    for (int row = 0; row < users.size(); ++row) {
        const int at = model.rowOf(users.at(row).id);
        if (matches.matches(model, at) != plainMatch(users.at(row), matches.needle()))
            wrong.append(users.at(row).email);
    }
    return wrong.join(u", "_s);
}

} // namespace

class TestUsersTextMatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anyTypingGivesThePlainAnswers_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<bool>("allAtOnce");
        const QStringList growing { u"a"_s, u"an"_s, u"ann"_s, u"anne"_s, u"annex"_s };
        const QStringList erasing { u"annex"_s, u"anne"_s, u"ann"_s, u"an"_s, u"a"_s };
        const QStringList back { u"mü"_s, u"mül"_s, u"müll"_s, u"mül"_s, u"mü"_s, u"mül"_s };
        const QStringList jumping { u"smith"_s, u"zoë"_s, u"ann"_s, u"zoë"_s, u"@example"_s };
        for (const bool all : { false, true }) {
            const char *how = all ? "all at once" : "row by row";
            QTest::addRow("growing, %s", how) << growing << all;
            QTest::addRow("erasing, %s", how) << erasing << all;
            QTest::addRow("typed and erased again, %s", how) << back << all;
            QTest::addRow("unrelated texts, %s", how) << jumping << all;
        }
    }

    void anyTypingGivesThePlainAnswers()
    {
        QFETCH(QStringList, typed);
        QFETCH(bool, allAtOnce);
        const QVector<ftapi::User> users = people();
        UsersModel model;
        model.setUsers(users);
        UsersTextMatches matches;
        bool toldApart = false; // some text matched some rows and not others
        for (const QString &text : typed) {
            const QString needle = UsersModel::foldKey(text);
            QVERIFY(matches.setNeedle(&model, needle));
            QVERIFY(!matches.setNeedle(&model, needle)); // the same text changes nothing
            QCOMPARE(matches.needle(), needle);
            const QString wrong = wrongRows(matches, model, users, allAtOnce);
            QVERIFY2(wrong.isEmpty(), qPrintable(u"'%1': %2"_s.arg(text, wrong)));
            matches.settle();
            const auto some = std::count_if(users.cbegin(), users.cend(),
                                            [&](const auto &u) { return plainMatch(u, needle); });
            toldApart = toldApart || (some > 0 && some < users.size());
        }
        QVERIFY(toldApart);
    }

    void rowsThatComeOrGoAreAnsweredForWhatTheyAre()
    {
        QVector<ftapi::User> users = people();
        UsersModel model;
        model.setUsers(users);
        UsersTextMatches matches;
        matches.setNeedle(&model, UsersModel::foldKey(u"ann"_s));
        QVERIFY(wrongRows(matches, model, users, true).isEmpty());

        // New people at the end.
        const QVector<ftapi::User> more { person(u"n1"_s, u"Annika"_s, u"Berg"_s, u"ab@x.org"_s),
                                          person(u"n2"_s, u"Tom"_s, u"Berg"_s, u"tb@x.org"_s) };
        const int first = model.rowCount();
        model.appendUsers(more);
        matches.appended(model, first, model.rowCount() - 1);
        users += more;
        QString wrong = wrongRows(matches, model, users, false);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // Everyone again, in another order: every remembered answer is forgotten.
        std::reverse(users.begin(), users.end());
        model.setUsers(users);
        matches.clear();
        matches.setNeedle(&model, UsersModel::foldKey(u"anna"_s));
        wrong = wrongRows(matches, model, users, true);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // The rows' people change in place after "ann" was answered in full and another text
        // followed: going back to "ann" does not bring back the old rows' answers.
        matches.setNeedle(&model, UsersModel::foldKey(u"ann"_s));
        QVERIFY(wrongRows(matches, model, users, true).isEmpty());
        matches.settle();
        matches.setNeedle(&model, UsersModel::foldKey(u"zoë"_s));
        QVERIFY(wrongRows(matches, model, users, true).isEmpty());
        matches.settle();
        std::rotate(users.begin(), users.begin() + 1, users.end());
        model.setUsers(users);
        matches.changed(0, model.rowCount() - 1);
        matches.setNeedle(&model, UsersModel::foldKey(u"ann"_s));
        wrong = wrongRows(matches, model, users, false);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        matches.reset();
        QVERIFY(matches.needle().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsersTextMatches)
#include "tst_userstextmatches.moc"
