#pragma once

#include <QString>
#include <QUrl>

namespace ftmodels {

// Which account a session talks to, for the window's indicator: a profile name, the API URL,
// and whether it is the built-in sandbox (shown with a "Demo" badge). Never holds secrets.
struct AccountInfo
{
    QString name; // profile name, e.g. "Production"; may be empty
    QUrl url; // the API base URL
    bool demo = false;

    // What the indicator shows: the name when set, otherwise the URL's host (and port).
    QString label() const
    {
        if (!name.isEmpty())
            return name;
        QString host = url.host();
        if (url.port() > 0)
            host += QLatin1Char(':') + QString::number(url.port());
        return host;
    }
};

} // namespace ftmodels
