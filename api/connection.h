#pragma once

#include <QMetaType>
#include <QString>

namespace ftapi {

// A connection (older word: connector) from GET /groups/{id}/connections. It has no name of
// its own: people know it by its schema, with the service beside it.
struct Connection
{
    QString id;
    QString service; // e.g. "postgres"
    QString schema;
    QString groupId;
    bool paused = false;

    // "schema (service)", or whichever of the two exists, or the id.
    QString displayName() const
    {
        if (!schema.isEmpty() && !service.isEmpty())
            return schema + QStringLiteral(" (") + service + QLatin1Char(')');
        if (!schema.isEmpty())
            return schema;
        if (!service.isEmpty())
            return service;
        return id;
    }

    friend bool operator==(const Connection &a, const Connection &b)
    {
        return a.id == b.id && a.service == b.service && a.schema == b.schema
            && a.groupId == b.groupId && a.paused == b.paused;
    }
    friend bool operator!=(const Connection &a, const Connection &b) { return !(a == b); }
};

} // namespace ftapi

Q_DECLARE_METATYPE(ftapi::Connection)
