#include "auditfixture.h"
#include "auditmodel.h"
#include "timeformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AuditFlag;
using ftmodels::AuditKind;
using ftmodels::AuditModel;
using ftmodels::AuditResult;
using ftmodels::AuditRow;

namespace {

QString cell(const AuditModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestAuditModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester();
    void showsEveryField();
    void namesDeletedTargets();
    void explainsRolesAndFlags();
    void countsFlags();
    void sortValues();
};

void TestAuditModel::passesTheModelTester()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(30, 4, 10, 3));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(),
             int(fttest::expectedAuditRows(sandbox.store(), fttest::auditNow()).size()));
    QCOMPARE(model.columnCount(), int(AuditModel::ColumnCount));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    QVERIFY(model.rowCount() > 0);
}

void TestAuditModel::showsEveryField()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(20, 4, 10, 3));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    const QVector<QStringList> expected =
        fttest::expectedAuditRows(sandbox.store(), fttest::auditNow());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList &e = expected.at(row);
        const ftsandbox::SandboxUser *user = sandbox.store().user(e.at(0));
        QVERIFY(user);
        QCOMPARE(cell(model, row, AuditModel::UserIdColumn), e.at(0));
        QCOMPARE(model.data(model.index(row, 0), AuditModel::UserIdRole).toString(), e.at(0));
        QCOMPARE(cell(model, row, AuditModel::UserColumn), e.at(1).isEmpty() ? e.at(2) : e.at(1));
        QCOMPARE(cell(model, row, AuditModel::EmailColumn), e.at(2));
        QCOMPARE(cell(model, row, AuditModel::StatusColumn),
                 ftmodels::statusText(ftmodels::userStatus(fttest::toApiUser(*user))));
        const QDateTime login =
            user->loggedInAt ? fttest::sandboxTime(*user->loggedInAt) : QDateTime();
        QCOMPARE(cell(model, row, AuditModel::LastLoginColumn),
                 ftmodels::TimeFormat::relative(login, fttest::auditNow()));
        QCOMPARE(model.data(model.index(row, 0), AuditModel::KindRole).toInt(),
                 int(ftmodels::Audit::kindFromKey(e.at(5)).value_or(AuditKind::Account)));
        QCOMPARE(cell(model, row, AuditModel::TargetIdColumn), e.at(6));
        if (!e.at(7).isEmpty())
            QCOMPARE(cell(model, row, AuditModel::TargetColumn), e.at(7));
        QCOMPARE(cell(model, row, AuditModel::RoleColumn),
                 e.at(8).isEmpty() ? AuditModel::tr("No role") : e.at(8));
        QCOMPARE(cell(model, row, AuditModel::SinceColumn),
                 ftmodels::TimeFormat::shortDate(fttest::sandboxTime(e.at(9))));
        QCOMPARE(QStringList(ftmodels::Audit::flagKeys(model.rowAt(row).flags)).join(u';'),
                 e.at(10));
    }
}

void TestAuditModel::namesDeletedTargets()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5, 2, 4, 1));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    int missing = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditRow &r = model.rowAt(row);
        if (!r.flags.testFlag(AuditFlag::MissingTarget))
            continue;
        ++missing;
        const QString text = cell(model, row, AuditModel::TargetColumn);
        QVERIFY2(text.contains(r.targetId), qPrintable(text));
        QVERIFY2(text.contains(u"deleted"_s), qPrintable(text));
    }
    QVERIFY(missing >= 2);
    // Account rows have no target.
    QVERIFY(cell(model, 0, AuditModel::TargetColumn).isEmpty());
}

void TestAuditModel::explainsRolesAndFlags()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(5, 2, 4, 1));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    bool sawDeprecated = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditRow &r = model.rowAt(row);
        const QString roleTip = cell(model, row, AuditModel::RoleColumn, Qt::ToolTipRole);
        if (const ftsandbox::SandboxRole *role = sandbox.store().role(r.role)) {
            QVERIFY2(roleTip.contains(role->description), qPrintable(roleTip));
            QVERIFY2(roleTip.startsWith(role->name), qPrintable(roleTip)); // elided in the column
            if (role->isDeprecated) {
                sawDeprecated = true;
                QVERIFY2(roleTip.contains(role->replacementRoleName), qPrintable(roleTip));
            }
        }
        // The free texts whole on hovering, since a narrow column elides them.
        QCOMPARE(cell(model, row, AuditModel::EmailColumn, Qt::ToolTipRole), r.email);
        QVERIFY(cell(model, row, AuditModel::UserColumn, Qt::ToolTipRole).contains(r.email));
        QCOMPARE(cell(model, row, AuditModel::UserIdColumn, Qt::ToolTipRole), r.userId);
        // One sign per flag in the cell; the words for a screen reader and in the tooltip.
        const QString signs = cell(model, row, AuditModel::FlagsColumn);
        const QString words = cell(model, row, AuditModel::FlagsColumn, Qt::AccessibleTextRole);
        const QString tip = cell(model, row, AuditModel::FlagsColumn, Qt::ToolTipRole);
        for (AuditFlag flag : ftmodels::Audit::allFlags()) {
            QCOMPARE(signs.contains(ftmodels::Audit::flagMark(flag)), r.flags.testFlag(flag));
            QCOMPARE(words.contains(ftmodels::Audit::flagText(flag)), r.flags.testFlag(flag));
            QCOMPARE(tip.contains(ftmodels::Audit::flagExplanation(flag)), r.flags.testFlag(flag));
        }
    }
    QVERIFY(sawDeprecated);
}

void TestAuditModel::countsFlags()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(40, 3, 8, 3));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    const QVector<QStringList> expected =
        fttest::expectedAuditRows(sandbox.store(), fttest::auditNow());
    for (AuditFlag flag : ftmodels::Audit::allFlags()) {
        const QString key = ftmodels::Audit::flagKey(flag);
        int rows = 0;
        QSet<QString> users;
        for (const QStringList &e : expected) {
            if (e.at(10).split(u';').contains(key)) {
                ++rows;
                users.insert(e.at(0));
            }
        }
        QVERIFY2(rows > 0, qPrintable(key)); // the seed covers every flag
        QCOMPARE(model.rowsWithFlag(flag), rows);
        QCOMPARE(model.usersWithFlag(flag), int(users.size()));
    }
    const QStringList roles = model.distinctRoles();
    QVERIFY(roles.contains(QString())); // the user without an account role
    for (const QStringList &e : expected)
        QVERIFY(roles.contains(e.at(8)));
}

void TestAuditModel::sortValues()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(10, 2, 4, 2));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    AuditModel model;
    model.setResult(fttest::auditResultFromStore(sandbox.store()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditRow &r = model.rowAt(row);
        const QVariant login =
            model.data(model.index(row, AuditModel::LastLoginColumn), AuditModel::SortValueRole);
        QCOMPARE(login.toDateTime(), r.lastLogin.value_or(QDateTime()));
        QCOMPARE(model.data(model.index(row, AuditModel::SinceColumn), AuditModel::SortValueRole)
                     .toDateTime(),
                 r.since);
        QCOMPARE(model.data(model.index(row, 0), AuditModel::SourceRowRole).toInt(), row);
    }
}

QTEST_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
