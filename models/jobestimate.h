#pragma once

#include "requestbudget.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ftapi {
class RequestScheduler;
}

namespace ftmodels {

// What a long job will cost, said before it starts: "about 4,100 requests, about 1 min 10 s;
// 15,870 of 20,000 left this hour", and whether it needs more than the budget has left, so
// that it will wait for the window. Made from the scheduler's forecast (the hourly budget as
// the service last said it, the in-flight cap, the answer time so far), so the audit window,
// the pending changes and `fivetran-admin audit --estimate` all say the same.
//
//   const JobEstimate estimate = JobEstimate::of(*client->scheduler(), requests);
//   label->setText(estimate.text());
class JobEstimate
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::JobEstimate)

public:
    static JobEstimate of(const ftapi::RequestScheduler &scheduler, int requests);

    ftapi::RequestBudget::Forecast forecast;

    int requests() const { return forecast.requests; }
    qint64 milliseconds() const { return forecast.ms; } // -1: no answer time yet
    // Needs more than the budget has left: it waits for the window, so it takes longer than
    // one window (forecast.windows of them).
    bool beyondBudget() const { return forecast.beyondBudget; }

    // One or two sentences for people, in the console's language (English without a
    // translator, as on the command line).
    QString text() const;
    // {"requests", "seconds", "budget_remaining", "budget_limit", "beyond_budget", "windows",
    //  "window_seconds"}; the budget's two are null while the service never said them.
    QJsonObject toJson() const;

    // "about 4,100": two significant figures from a thousand up, tens from a hundred.
    static QString roughCount(qint64 count);
    // "about 1 min 10 s", "about 12 s", "about 1 h 5 min"; "less than a second".
    static QString roughDuration(qint64 milliseconds);
    // "this hour", or for a shortened window "in its window of 4 seconds".
    static QString windowWords(qint64 windowMs);
};

} // namespace ftmodels
