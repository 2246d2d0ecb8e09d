#pragma once

#include <QDateTime>
#include <QString>

namespace ftmodels {

// Dates as people read them in the tables: relative for "when did this happen" columns,
// exact local time for tooltips, a short local date where the day is what matters.
namespace TimeFormat {

// "just now", "5 minutes ago", "yesterday", "3 days ago", "2 months ago", "4 years ago".
// An invalid `when` gives "never". A `when` slightly ahead of `now` (clock skew) is "just now".
QString relative(const QDateTime &when, const QDateTime &now);
QString relative(const QDateTime &when); // against the current time

// Exact local date and time, e.g. "Friday 31 May 2024 18:02:47 CEST"; empty when invalid.
QString exact(const QDateTime &when);

// The local date in the locale's short format; empty when invalid.
QString shortDate(const QDateTime &when);

} // namespace TimeFormat

} // namespace ftmodels
