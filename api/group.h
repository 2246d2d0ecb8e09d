#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ftapi {

// A group from GET /groups: the container of one destination; `name` is what people see.
struct Group
{
    QString id;
    QString name;
    std::optional<QDateTime> createdAt;

    friend bool operator==(const Group &a, const Group &b)
    {
        return a.id == b.id && a.name == b.name && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Group &a, const Group &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::Group)
