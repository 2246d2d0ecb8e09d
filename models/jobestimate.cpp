#include "jobestimate.h"

#include "apierror.h"
#include "requestscheduler.h"

#include <QLocale>

#include <cmath>

namespace ftmodels {

using namespace Qt::StringLiterals;

JobEstimate JobEstimate::of(const ftapi::RequestScheduler &scheduler, int requests)
{
    JobEstimate estimate;
    estimate.forecast = scheduler.forecast(requests);
    return estimate;
}

QString JobEstimate::roughCount(qint64 count)
{
    const QLocale locale;
    qint64 rounded = count;
    if (count >= 1000) {
        const double step = std::pow(10.0, std::floor(std::log10(double(count))) - 1);
        rounded = qint64(std::llround(double(count) / step) * step);
    } else if (count >= 100) {
        rounded = (count + 5) / 10 * 10;
    }
    return tr("about %1").arg(locale.toString(rounded));
}

QString JobEstimate::roughDuration(qint64 milliseconds)
{
    const qint64 s = (qMax<qint64>(0, milliseconds) + 500) / 1000;
    if (s < 1)
        return tr("less than a second");
    if (s < 60)
        return tr("about %1 s").arg(s);
    if (s < 3600) {
        // Ten seconds are as close as an estimate of minutes gets.
        const qint64 tens = (s + 5) / 10 * 10;
        const qint64 minutes = tens / 60;
        const qint64 seconds = tens % 60;
        return seconds == 0 ? tr("about %1 min").arg(minutes)
                            : tr("about %1 min %2 s").arg(minutes).arg(seconds);
    }
    const qint64 minutesAll = (s + 30) / 60;
    const qint64 hours = minutesAll / 60;
    const qint64 minutes = minutesAll % 60;
    return minutes == 0 ? tr("about %1 h").arg(hours)
                        : tr("about %1 h %2 min").arg(hours).arg(minutes);
}

QString JobEstimate::windowWords(qint64 windowMs)
{
    if (windowMs == qint64(ftapi::RequestBudget::kServiceWindowSeconds) * 1000)
        return tr("this hour");
    return tr("in its window of %1").arg(ftapi::ApiError::durationText(windowMs / 1000));
}

QString JobEstimate::text() const
{
    const QLocale locale;
    const ftapi::RequestBudget::Forecast &f = forecast;
    // English has no plural without a translator, so one request is a string of its own.
    QString text =
        f.requests == 1 ? tr("1 request") : tr("%1 requests").arg(roughCount(f.requests));
    if (f.ms >= 0)
        text = tr("%1, %2").arg(text, roughDuration(f.ms));
    if (f.left >= 0) {
        const QString window = windowWords(f.windowMs);
        const QString left = f.limit > 0
            ? tr("%1 of %2 left %3").arg(locale.toString(f.left), locale.toString(f.limit), window)
            : tr("%1 left %2").arg(locale.toString(f.left), window);
        text = tr("%1; %2").arg(text, left);
    }
    text += u'.';
    if (f.beyondBudget) {
        const QString span =
            f.windowMs == qint64(ftapi::RequestBudget::kServiceWindowSeconds) * 1000
            ? tr("an hour")
            : ftapi::ApiError::durationText(f.windowMs / 1000);
        text += u' '
            + tr("That is more than the budget has left, so it takes longer than %1: it waits "
                 "whenever the budget runs low and goes on as it comes back.")
                  .arg(span);
    }
    return text;
}

QJsonObject JobEstimate::toJson() const
{
    const ftapi::RequestBudget::Forecast &f = forecast;
    QJsonObject json;
    json.insert(u"requests"_s, f.requests);
    json.insert(u"seconds"_s,
                f.ms < 0 ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(std::round(f.ms / 100.0) / 10));
    json.insert(u"budget_remaining"_s, f.left < 0 ? QJsonValue(QJsonValue::Null) : f.left);
    json.insert(u"budget_limit"_s, f.limit < 0 ? QJsonValue(QJsonValue::Null) : f.limit);
    json.insert(u"beyond_budget"_s, f.beyondBudget);
    json.insert(u"windows"_s, f.windows);
    json.insert(u"window_seconds"_s, double(f.windowMs) / 1000);
    return json;
}

} // namespace ftmodels
