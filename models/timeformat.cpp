#include "timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ftmodels::TimeFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ftmodels::TimeFormat", text);
}

// English needs only one and many; translations get the count through %1 either way.
QString ago(qint64 count, const char *one, const char *many)
{
    return count == 1 ? tr(one) : tr(many).arg(count);
}

} // namespace

QString relative(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ago(minutes, QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "1 minute ago"),
                   QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "%1 minutes ago"));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return ago(hours, QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "1 hour ago"),
                   QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "%1 hours ago"));
    const qint64 days = hours / 24;
    if (days < 2)
        return tr("yesterday");
    if (days < 31)
        return ago(days, QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "1 day ago"),
                   QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "%1 days ago"));
    if (days < 365)
        return ago(days / 30, QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "1 month ago"),
                   QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "%1 months ago"));
    return ago(days / 365, QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "1 year ago"),
               QT_TRANSLATE_NOOP("ftmodels::TimeFormat", "%1 years ago"));
}

QString relative(const QDateTime &when)
{
    return relative(when, QDateTime::currentDateTimeUtc());
}

QString exact(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace ftmodels::TimeFormat
