// AccessReasons on the demo account: each kind of path in the words a person reads, with the
// names of destinations and teams, and unknown roles said to be unknown.
#include "accessreasons.h"
#include "auditfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AccessGraph;
using ftmodels::AccessLevel;
using ftmodels::AccessReasons;
using ftmodels::AuditKind;
using ftmodels::EffectiveAccess;

namespace {

// The reasons a demo user reaches a target for, in words.
QStringList reasonsFor(const EffectiveAccess &access, const QString &userId, AuditKind kind,
                       const QString &targetId)
{
    const int target = access.graph().targetIndex(kind, targetId);
    for (const ftmodels::EffectiveRow &row : access.rows()) {
        if (row.target == target && access.personOf(row).access.userId == userId)
            return AccessReasons::reasons(access.graph(), target, access.paths(row));
    }
    return {};
}

} // namespace

class TestAccessReasons : public QObject
{
    Q_OBJECT

private:
    EffectiveAccess m_access;

private Q_SLOTS:
    void initTestCase()
    {
        ftsandbox::SandboxStore store;
        ftsandbox::SandboxSeeder::seed(store, ftsandbox::SandboxOptions {});
        m_access = EffectiveAccess::build(fttest::auditDataFromStore(store), fttest::auditNow());
        QVERIFY(!m_access.isEmpty());
    }

    void levels()
    {
        QCOMPARE(AccessReasons::levelText(AccessLevel::Manage), u"Manage"_s);
        QCOMPARE(AccessReasons::levelText(AccessLevel::Edit), u"Edit"_s);
        QCOMPARE(AccessReasons::levelText(AccessLevel::View), u"View"_s);
        QCOMPARE(AccessReasons::levelText(AccessLevel::Unknown), u"Unknown"_s);
        QVERIFY(AccessReasons::levelExplanation(AccessLevel::Unknown).contains(u"not guessed"_s));
        QCOMPARE(AccessReasons::viaText(ftmodels::AccessPath::Via::Team), u"Team"_s);
    }

    void accountRole()
    {
        QCOMPARE(reasonsFor(m_access, u"nozzle_eat"_s, AuditKind::Destination, u"warm_harbor"_s),
                 QStringList { u"Manage, because their account role is Account Administrator"_s });
    }

    void ownMembershipAndDestination()
    {
        // Priya is an Account Analyst with View on Finance Redshift: two ways to its stripe.
        QCOMPARE(reasonsFor(m_access, u"candid_atlas"_s, AuditKind::Connection, u"sturdy_ledge"_s),
                 (QStringList {
                     u"View, because their account role is Account Analyst"_s,
                     u"View, through the destination Finance Redshift (View Destination)"_s }));
        QCOMPARE(reasonsFor(m_access, u"candid_atlas"_s, AuditKind::Destination, u"warm_harbor"_s),
                 (QStringList { u"Edit, as a member with the role Edit Destination"_s,
                                u"View, because their account role is Account Analyst"_s }));
    }

    void teams()
    {
        // Hannah is in Finance Analysts and in Platform Reviewers.
        QCOMPARE(
            reasonsFor(m_access, u"frosty_paddle"_s, AuditKind::Connection, u"tidy_ferry"_s),
            (QStringList {
                u"View, through the team Finance Analysts and the destination Finance Redshift (View Destination)"_s,
                u"Edit, through the team Finance Analysts (Edit Connection)"_s,
                u"View, through the team Platform Reviewers, whose account role is Account Reviewer"_s }));
        QCOMPARE(reasonsFor(m_access, u"keen_walnut"_s, AuditKind::Destination, u"quiet_summit"_s),
                 QStringList { u"Edit, through the team Marketing Ops (Destination Analyst)"_s });
    }

    void unknownRolesAreSaid()
    {
        const QStringList reasons =
            reasonsFor(m_access, u"candid_atlas"_s, AuditKind::Connection, u"hazel_quill"_s);
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons.at(2),
                 u"Unknown, through the team Data Stewards (Data Steward) (a custom role: what it "
                 "reaches is not documented)"_s);
        ftmodels::AccessPath odd {
            ftmodels::AccessPath::Via::Direct, AccessLevel::Unknown, u"Warehouse Wizard"_s, {}, {}
        };
        QVERIFY(AccessReasons::reason(m_access.graph(), 0, odd).contains(u"does not know"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccessReasons)
#include "tst_accessreasons.moc"
