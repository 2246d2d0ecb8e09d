#include "callcommand.h"

#include "apiendpoint.h"
#include "calloperations.h"
#include "commandline.h"
#include "waitnotice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ftapp {

using namespace Qt::StringLiterals;

namespace {

QString toJsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    // A scalar: serialise inside an array and take it out again.
    QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)) + u"\n"_s;
}

QString describe(const ftapi::ApiError &error)
{
    if (error.kind == ftapi::ApiError::Kind::Http
        || error.kind == ftapi::ApiError::Kind::RateLimited) {
        QString text = u"error: HTTP %1"_s.arg(error.httpStatus);
        if (!error.code.isEmpty())
            text += u" "_s + error.code;
        text += u": "_s + (error.message.isEmpty() ? error.userText() : error.message);
        return text;
    }
    return u"error (%1): %2"_s.arg(ftapi::ApiError::kindName(error.kind),
                                   error.message.isEmpty() ? error.userText() : error.message);
}

} // namespace

int CallCommand::usageError(const QString &message)
{
    m_err << u"fivetran-admin call: "_s << message << u"\n\n"_s << callUsageText();
    m_err.flush();
    return ExitUsage;
}

int CallCommand::run(const CommandLine &line, const QProcessEnvironment &environment)
{
    if (line.help && line.arguments.isEmpty()) {
        m_out << callUsageText();
        return ExitOk;
    }
    if (line.arguments.isEmpty())
        return usageError(u"which operation?"_s);
    const QString name = line.arguments.first();
    const CallOperation *operation = findCallOperation(name);
    if (!operation)
        return usageError(u"unknown operation \"%1\"."_s.arg(name));
    if (line.help) {
        m_out << operation->usageLine() << u"\n    "_s << operation->summary << u"\n"_s;
        return ExitOk;
    }

    QHash<QString, QString> params;
    for (qsizetype i = 1; i < line.arguments.size(); ++i) {
        const QString &arg = line.arguments.at(i);
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(u"expected name=value, got \"%1\"."_s.arg(arg));
        const QString key = canonicalParameterName(arg.left(eq));
        if (params.contains(key))
            return usageError(u"%1 is given twice."_s.arg(key));
        params.insert(key, arg.mid(eq + 1));
    }
    ftapi::ApiRequest request;
    QString problem;
    if (!operation->buildRequest(params, &request, &problem))
        return usageError(problem);

    ApiEndpoint endpoint;
    if (!endpoint.open(line, environment, &problem)) {
        m_err << u"fivetran-admin call: "_s << problem << u"\n"_s;
        m_err.flush();
        return ExitUsage;
    }
    ftapi::ApiClient *client = endpoint.client();
    const WaitNotice waits(client->scheduler(), m_err, u"fivetran-admin call"_s);

    const bool allPages =
        operation->list && !params.contains(u"cursor"_s) && !params.contains(u"limit"_s);
    int exitCode = ExitApiError;
    QEventLoop loop;
    auto fail = [&](const ftapi::ApiError &error) {
        m_err << describe(error) << u"\n"_s;
        exitCode = ExitApiError;
        loop.quit();
    };
    if (allPages) {
        client->sendAllPages(request, &loop, [&](const ftapi::ApiResult<QJsonArray> &r) {
            if (!r)
                return fail(r.error());
            QJsonObject asPage;
            asPage.insert(u"items"_s, r.value());
            const auto valid = operation->validate(asPage);
            if (!valid)
                return fail(valid.error());
            m_out << toJsonText(r.value());
            exitCode = ExitOk;
            loop.quit();
        });
    } else {
        client->send(request, &loop, [&](const ftapi::ApiResult<ftapi::ApiResponse> &r) {
            if (!r)
                return fail(r.error());
            const QJsonValue data = r.value().data;
            if (data.isUndefined()) {
                if (operation->shape != CallOperation::Shape::None)
                    return fail(ftapi::ApiError::make(ftapi::ApiError::Kind::Parse,
                                                      u"the answer has no data"_s));
                // Nothing to print; say what the server said, for people.
                if (!r.value().message.isEmpty())
                    m_err << r.value().message << u"\n"_s;
            } else {
                const auto valid = operation->validate(data);
                if (!valid)
                    return fail(valid.error());
                m_out << toJsonText(data);
            }
            exitCode = ExitOk;
            loop.quit();
        });
    }
    loop.exec();
    m_out.flush();
    m_err.flush();
    return exitCode;
}

} // namespace ftapp
