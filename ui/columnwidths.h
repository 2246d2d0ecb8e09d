#pragma once

#include <QHash>

class QHeaderView;

namespace ftui {

// Gives each column of `header` room for `chars[column]` characters of its font (a typical
// value) and never less than its title with the sort arrow, so that no language has its
// headers cut and no id column takes what the names need. Columns not in `chars` keep their
// width. The characters are counted at an average of names, dates and ids, which is wider
// than the font's own average.
//
//   sizeColumnsInChars(table->horizontalHeader(), { { NameColumn, 18 }, { DateColumn, 11 } });
void sizeColumnsInChars(QHeaderView *header, const QHash<int, int> &chars);

} // namespace ftui
