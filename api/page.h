#pragma once

#include <QString>
#include <QVector>

namespace ftapi {

// One page of a list: the items and the cursor of the next page (empty on the last page).
template<typename T>
struct Page
{
    QVector<T> items;
    QString nextCursor;

    bool isLast() const { return nextCursor.isEmpty(); }
};

} // namespace ftapi
