#include "apirequest.h"

#include <QUrl>

namespace ftapi {

QString ApiRequest::segment(const QString &id)
{
    return QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray ApiRequest::verbName(Verb verb)
{
    switch (verb) {
    case Verb::Get:
        return QByteArrayLiteral("GET");
    case Verb::Post:
        return QByteArrayLiteral("POST");
    case Verb::Patch:
        return QByteArrayLiteral("PATCH");
    case Verb::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

} // namespace ftapi
