#include "columnwidths.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>

namespace ftui {

void sizeColumnsInChars(QHeaderView *header, const QHash<int, int> &chars)
{
    const QFontMetrics metrics(header->font());
    const QString sample = QStringLiteral("abcdefghijklmnopqrstuvwxyz ABCDEFGH 0123456789");
    const int charWidth = metrics.horizontalAdvance(sample) / int(sample.size()) + 1;
    const int padding = 4 * charWidth; // the sort arrow and the section's margins
    const QAbstractItemModel *model = header->model();
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        const QString title =
            model ? model->headerData(it.key(), header->orientation()).toString() : QString();
        header->resizeSection(
            it.key(), qMax(it.value() * charWidth, metrics.horizontalAdvance(title) + padding));
    }
}

} // namespace ftui
