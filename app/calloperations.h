#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ftapp {

// The operations `fivetran-admin call` knows, by their seed names (API.md's table) plus the
// look-ups, and how name=value parameters become one API request. Parameters use the API's
// own field names; `null` clears phone or picture.
struct CallOperation
{
    enum class Body { None, NewUser, UserUpdate, Membership, Role };
    enum class Shape { None, User, Membership, Role, Group, Connection }; // what `data` holds

    QString name;
    ftapi::ApiRequest::Verb verb = ftapi::ApiRequest::Verb::Get;
    QString route; // "{user_id}" etc. become path segments; "{connections}" the spelling
    QStringList required;
    QStringList optional;
    Body body = Body::None;
    Shape shape = Shape::None;
    bool list = false; // paged: takes cursor and limit
    QString summary;

    // The request for these parameters, or a usage error in *error.
    bool buildRequest(const QHash<QString, QString> &params, ftapi::ApiRequest *request,
                      QString *error) const;
    // The answer's data read through the API layer's parsers: a list's items, or one object.
    ftapi::ApiResult<void> validate(const QJsonValue &data) const;
    QString usageLine() const;
};

const QVector<CallOperation> &callOperations();
const CallOperation *findCallOperation(const QString &name);
QString callUsageText();

// `connection_id` is accepted for `connector_id`, matching the newer wording.
QString canonicalParameterName(const QString &name);

} // namespace ftapp
