#pragma once

#include "usersorder.h"

#include <QVector>

#include <algorithm>

namespace ftmodels {

class UsersModel;

// Every row of a UsersModel in name order and in e-mail order (UsersOrder's), kept as rows
// come, change and go. These are the two orders that need string comparisons; with them at
// hand a sort by any column is a pass over them (ascending()), a few milliseconds for 50,000
// rows, instead of a comparison sort of strings on the click. Each order keeps its rows'
// KeyHeads beside them, so that merging a page of k rows costs k log n comparisons of
// integers in one array, not of strings all over the heap; and the other columns' values are
// kept per row in one small array, so a sort reads them without touching the model's rows.
class UsersSortIndex
{
public:
    void clear();
    void rebuild(const UsersModel &users); // from scratch
    // Rows first..last are new (rows after them moved down by their number).
    void inserted(const UsersModel &users, int first, int last);
    void changed(const UsersModel &users, int first, int last); // their values may differ
    void removed(int first, int last); // rows after them moved up

    int rowCount() const { return int(m_keys.size()); } // rows it knows
    // Every row in `column`'s ascending order. Every column breaks its ties by the name
    // order, so the columns other than the name and e-mail are a stable sort of the name
    // order by one integer per row (status, the role's rank, a time): no string is compared.
    QVector<int> ascending(const UsersModel &users, int column) const;

    // Merges `fresh` (sorted by `less`) into `sorted` (sorted by `less`), in place from the
    // back: each new item's place by binary search, and each old item after the first new
    // one's place moves once, in blocks; k new items cost k log n comparisons. No second
    // array of every row per batch (that copy was most of a merge), no scratch kept.
    template<typename T, typename Less>
    static void merge(QVector<T> &sorted, const QVector<T> &fresh, Less less)
    {
        if (fresh.isEmpty())
            return;
        const qsizetype old = sorted.size();
        sorted.resize(old + fresh.size());
        T *data = sorted.data();
        qsizetype end = old; // data[0, end) are the old items not yet moved
        for (qsizetype j = fresh.size() - 1; j >= 0; --j) {
            const T &item = fresh.at(j);
            const qsizetype at = std::upper_bound(data, data + end, item, less) - data;
            std::move_backward(data + at, data + end, data + end + j + 1);
            data[at + j] = item;
            end = at;
        }
    }

private:
    struct Item
    {
        KeyHead head; // of the row's name or e-mail key
        int row = 0;
    };

    // The values of the columns sorted by a number, by row.
    struct RowKeys
    {
        qint64 loggedIn = 0;
        qint64 created = 0;
        int roleId = 0;
        int status = 0;
    };

    void place(const UsersModel &users, int first, int last); // rows absent from both orders
    void readKeys(const UsersModel &users, int first, int last);
    static QVector<int> rowsOf(const QVector<Item> &items);

    QVector<Item> m_byName;
    QVector<Item> m_byEmail;
    QVector<RowKeys> m_keys;
};

} // namespace ftmodels
