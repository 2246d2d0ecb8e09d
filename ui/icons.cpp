#include "icons.h"

namespace ftui {

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/ftui/icons/") + name + QStringLiteral(".svg"));
}

} // namespace ftui
