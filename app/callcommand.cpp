#include "callcommand.h"

#include "apiendpoint.h"
#include "calloperations.h"
#include "commandline.h"
#include "journalaccess.h"
#include "jsonparsers.h"
#include "plan.h"
#include "planrun.h"
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

int CallCommand::runWrite(ApiEndpoint &endpoint, const QString &operation,
                          const QHash<QString, QString> &params)
{
    // A write goes the one road every change takes: the state it finds is read and kept in
    // the journal with its undo, it is sent once (exactly as asked: the service decides), and
    // a lost answer is read back rather than guessed.
    QJsonObject entry { { u"op"_s, operation } };
    for (auto it = params.begin(); it != params.end(); ++it) {
        const bool nullable = it.key() == u"phone"_s || it.key() == u"picture"_s;
        entry.insert(it.key() == u"connector_id"_s ? u"connector_id"_s : it.key(),
                     nullable && it.value() == u"null"_s ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(it.value()));
    }
    QString problem;
    const std::optional<ftmodels::Change> change = ftmodels::Change::fromJson(entry, &problem);
    if (!change)
        return usageError(problem);
    JournalAccess journal;
    if (!journal.open(endpoint, &problem)) {
        m_err << u"fivetran-admin call: the change journal cannot be opened: "_s << problem
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    journal.settle(endpoint.client(), m_err);

    ftmodels::PlanRun run(endpoint.client(), ftmodels::Plan({ *change }), nullptr);
    run.setDirect(true);
    run.setJournal(journal.journal());
    QEventLoop loop;
    QObject::connect(&run, &ftmodels::PlanRun::finished, &loop, &QEventLoop::quit);
    run.start();
    if (!run.isFinished())
        loop.exec();
    const ftmodels::PlanRun::Result &r = run.result(0);
    if (r.outcome != ftmodels::PlanRun::Outcome::Applied
        && r.outcome != ftmodels::PlanRun::Outcome::AlreadyInEffect) {
        m_err << (r.error.httpStatus > 0 || r.error.kind != ftapi::ApiError::Kind::Http
                      ? describe(r.error)
                      : u"error: "_s + r.message)
              << u"\n"_s;
        m_err.flush();
        return ExitApiError;
    }
    if (r.user)
        m_out << toJsonText(ftapi::toJson(*r.user));
    else if (r.membership && change->op != ftmodels::ChangeOp::DeleteMembership)
        m_out << toJsonText(ftapi::toJson(*r.membership));
    m_err << r.message << u"\n"_s;
    m_out.flush();
    m_err.flush();
    return ExitOk;
}

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
    if (request.verb != ftapi::ApiRequest::Verb::Get)
        return runWrite(endpoint, name, params);

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
