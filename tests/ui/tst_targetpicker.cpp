#include "namedirectory.h"
#include "targetpicker.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

void fill(ftmodels::NameDirectory &names)
{
    names.setContents({ { u"g_w"_s, u"warehouse"_s, std::nullopt },
                        { u"g_a"_s, u"Analytics"_s, std::nullopt },
                        { u"g_e"_s, u"Empty"_s, std::nullopt } },
                      { { u"c_1"_s, u"postgres"_s, u"app_db"_s, u"g_w"_s, false },
                        { u"c_2"_s, u"salesforce"_s, u"crm"_s, u"g_w"_s, true },
                        { u"c_3"_s, u"google_ads"_s, u"ads"_s, u"g_a"_s, false },
                        { u"c_4"_s, u"hubspot"_s, u"hubspot"_s, u"g_a"_s, false } });
}

QStringList topLevel(const ftui::TargetPicker &picker)
{
    QStringList out;
    for (int i = 0; i < picker.tree()->topLevelItemCount(); ++i)
        out.append(picker.tree()->topLevelItem(i)->text(0));
    return out;
}

} // namespace

class TestTargetPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destinationsByNameTakenOnesShownNotChosen();
    void connectionsUnderTheirDestination();
    void typingNarrowsAndChooses();
    void arrowsFromTheBoxMoveThroughTheMatches();
    void newNamesKeepTheChoice();
    void saysWhenThereIsNothing();
};

void TestTargetPicker::destinationsByNameTakenOnesShownNotChosen()
{
    ftmodels::NameDirectory names;
    fill(names);
    ftui::TargetPicker picker(&names, MembershipKind::Group);
    picker.setTaken({ { u"g_w"_s, u"Manage Destination"_s } });
    const QStringList shown = topLevel(picker);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0), u"Analytics"_s); // sorted without regard to case
    QCOMPARE(shown.at(1), u"Empty"_s);
    QCOMPARE(shown.at(2), u"warehouse  —  already a member (Manage Destination)"_s);
    QVERIFY(picker.isLoaded());
    QCOMPARE(picker.choosableCount(), 2);
    QVERIFY(!picker.select(u"g_w"_s));
    QVERIFY(picker.selectedId().isEmpty());
    QVERIFY(picker.select(u"g_a"_s));
    QCOMPARE(picker.selectedId(), u"g_a"_s);
    QCOMPARE(picker.selectedName(), u"Analytics"_s);
}

void TestTargetPicker::connectionsUnderTheirDestination()
{
    ftmodels::NameDirectory names;
    fill(names);
    ftui::TargetPicker picker(&names, MembershipKind::Connection);
    // Destinations without connections are left out; headings cannot be chosen.
    QCOMPARE(topLevel(picker), (QStringList { u"Analytics"_s, u"warehouse"_s }));
    QTreeWidgetItem *warehouse = picker.tree()->topLevelItem(1);
    QVERIFY(!(warehouse->flags() & Qt::ItemIsSelectable));
    QCOMPARE(warehouse->childCount(), 2);
    QCOMPARE(warehouse->child(0)->text(0), u"app_db (postgres)"_s);
    QCOMPARE(warehouse->child(1)->text(0), u"crm (salesforce) · paused"_s);
    QCOMPARE(picker.choosableCount(), 4);
    picker.tree()->setCurrentItem(warehouse);
    QVERIFY(picker.selectedId().isEmpty());
}

void TestTargetPicker::typingNarrowsAndChooses()
{
    ftmodels::NameDirectory names;
    fill(names);
    ftui::TargetPicker picker(&names, MembershipKind::Connection);
    QSignalSpy activated(&picker, &ftui::TargetPicker::activated);
    QSignalSpy selection(&picker, &ftui::TargetPicker::selectionChanged);
    QTest::keyClicks(picker.filterEdit(), u"HUB"_s);
    QCOMPARE(picker.choosableCount(), 1);
    QCOMPARE(picker.selectedId(), u"c_4"_s);
    QVERIFY(activated.count() >= 1);
    QVERIFY(selection.count() >= 1);

    // A destination's name shows all of its connections.
    picker.filterEdit()->clear();
    QTest::keyClicks(picker.filterEdit(), u"wareh"_s);
    QCOMPARE(picker.choosableCount(), 2);
    QCOMPARE(picker.selectedId(), u"c_1"_s);

    QTest::keyClicks(picker.filterEdit(), u"zzz"_s);
    QCOMPARE(picker.choosableCount(), 0);
    QVERIFY(picker.selectedId().isEmpty());
}

void TestTargetPicker::arrowsFromTheBoxMoveThroughTheMatches()
{
    ftmodels::NameDirectory names;
    fill(names);
    ftui::TargetPicker picker(&names, MembershipKind::Connection);
    QTest::keyClicks(picker.filterEdit(), u"a"_s); // every connection has an "a"
    const QString first = picker.selectedId();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    const QString second = picker.selectedId();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(picker.filterEdit()->text(), u"a"_s); // the keys did not go into the box
}

void TestTargetPicker::newNamesKeepTheChoice()
{
    ftmodels::NameDirectory names;
    fill(names);
    ftui::TargetPicker picker(&names, MembershipKind::Group);
    QVERIFY(picker.select(u"g_a"_s));
    names.setContents(
        { { u"g_a"_s, u"Analytics"_s, std::nullopt }, { u"g_b"_s, u"Billing"_s, std::nullopt } },
        {});
    QCOMPARE(picker.selectedId(), u"g_a"_s);
    QCOMPARE(picker.choosableCount(), 2);
}

void TestTargetPicker::saysWhenThereIsNothing()
{
    ftmodels::NameDirectory names;
    names.setContents({}, {});
    ftui::TargetPicker picker(&names, MembershipKind::Connection);
    QCOMPARE(picker.tree()->topLevelItemCount(), 1);
    QCOMPARE(picker.tree()->topLevelItem(0)->text(0), u"This account has no connections."_s);
    QCOMPARE(picker.choosableCount(), 0);

    ftmodels::NameDirectory unloaded; // no client: the load cannot happen
    ftui::TargetPicker waiting(&unloaded, MembershipKind::Group);
    QVERIFY(!waiting.isLoaded());
    QVERIFY(waiting.tree()->topLevelItem(0)->text(0).contains(u"could not be loaded"_s)
            || waiting.tree()->topLevelItem(0)->text(0).contains(u"Loading"_s));
}

QTEST_MAIN(TestTargetPicker)
#include "tst_targetpicker.moc"
