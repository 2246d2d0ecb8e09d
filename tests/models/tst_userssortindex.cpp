// UsersSortIndex::merge(), the in-place merge every batch of rows goes through: the result is
// what a stable sort of the old items followed by the new ones gives (old before new among
// equals, new among themselves in their order), whatever the sizes and wherever the new items
// fall.
#include "userssortindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using ftmodels::UsersSortIndex;

namespace {

struct Tagged
{
    int key = 0;
    int tag = 0; // where it came from, to see stability
    friend bool operator==(const Tagged &a, const Tagged &b)
    {
        return a.key == b.key && a.tag == b.tag;
    }
};

bool byKey(const Tagged &a, const Tagged &b)
{
    return a.key < b.key;
}

QVector<Tagged> sortedRun(QRandomGenerator &random, int count, int keys, int firstTag)
{
    QVector<Tagged> items;
    for (int i = 0; i < count; ++i)
        items.append({ int(random.bounded(keys)), firstTag + i });
    std::stable_sort(items.begin(), items.end(), byKey);
    return items;
}

} // namespace

class TestUsersSortIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeEqualsAStableSort_data()
    {
        QTest::addColumn<int>("old");
        QTest::addColumn<int>("fresh");
        QTest::addColumn<int>("keys");
        QTest::newRow("into nothing") << 0 << 7 << 5;
        QTest::newRow("nothing new") << 9 << 0 << 5;
        QTest::newRow("one into many") << 1000 << 1 << 50;
        QTest::newRow("a batch into many, few keys") << 5000 << 250 << 8;
        QTest::newRow("a batch into many, many keys") << 5000 << 250 << 1000000;
        QTest::newRow("more new than old") << 30 << 400 << 100;
    }

    void mergeEqualsAStableSort()
    {
        QFETCH(int, old);
        QFETCH(int, fresh);
        QFETCH(int, keys);
        QRandomGenerator random(old * 7919 + fresh * 31 + keys);
        for (int round = 0; round < 5; ++round) {
            QVector<Tagged> sorted = sortedRun(random, old, keys, 0);
            const QVector<Tagged> added = sortedRun(random, fresh, keys, old);
            QVector<Tagged> expected = sorted + added;
            std::stable_sort(expected.begin(), expected.end(), byKey);
            UsersSortIndex::merge(sorted, added, byKey);
            QCOMPARE(sorted, expected);
        }
    }

    void mergeAtTheEndsMovesNothingOld()
    {
        // All new items after the old ones (rows appended in the server's order), or before.
        QVector<int> sorted { 1, 2, 3 };
        UsersSortIndex::merge(sorted, QVector<int> { 4, 5 }, std::less<int>());
        QCOMPARE(sorted, (QVector<int> { 1, 2, 3, 4, 5 }));
        UsersSortIndex::merge(sorted, QVector<int> { -1, 0 }, std::less<int>());
        QCOMPARE(sorted, (QVector<int> { -1, 0, 1, 2, 3, 4, 5 }));
    }
};

QTEST_GUILESS_MAIN(TestUsersSortIndex)
#include "tst_userssortindex.moc"
