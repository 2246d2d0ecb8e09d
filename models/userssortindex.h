#pragma once

#include <QVector>

#include <algorithm>
#include <iterator>

namespace ftmodels {

class UsersModel;

// Every row of a UsersModel in name order and in e-mail order (UsersOrder's), kept as rows
// come, change and go. These are the two orders that need string comparisons; with them at
// hand a sort by any column is a pass over them (UsersOrder::ascending), a few milliseconds
// for 50,000 rows, instead of a comparison sort of strings on the click. Pages merge in: a
// page of k rows costs k log n comparisons of mostly integers (the rows' KeyHeads).
class UsersSortIndex
{
public:
    void clear();
    void rebuild(const UsersModel &users); // from scratch
    // Rows first..last are new (rows after them moved down by their number).
    void inserted(const UsersModel &users, int first, int last);
    void changed(const UsersModel &users, int first, int last); // their names or e-mails may differ
    void removed(int first, int last); // rows after them moved up

    // Every row in `column`'s ascending order.
    QVector<int> ascending(const UsersModel &users, int column) const;

    const QVector<int> &byName() const { return m_byName; }
    const QVector<int> &byEmail() const { return m_byEmail; }

    // Merges `fresh` (sorted by `less`) into `sorted` (sorted by `less`): each new row's place
    // by binary search, then one pass of copies; k new rows cost k log n comparisons, not n.
    template<typename Less>
    static void merge(QVector<int> &sorted, const QVector<int> &fresh, Less less)
    {
        QVector<int> merged;
        merged.reserve(sorted.size() + fresh.size());
        auto from = sorted.cbegin();
        for (const int row : fresh) {
            const auto at = std::upper_bound(from, sorted.cend(), row, less);
            std::copy(from, at, std::back_inserter(merged));
            merged.append(row);
            from = at;
        }
        std::copy(from, sorted.cend(), std::back_inserter(merged));
        sorted = std::move(merged);
    }

private:
    void place(const UsersModel &users, int first, int last); // rows absent from both orders

    QVector<int> m_byName;
    QVector<int> m_byEmail;
};

} // namespace ftmodels
