#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTextStream>

namespace ftapi {
class RequestScheduler;
}

namespace ftapp {

// Says on a headless command's stderr when the API layer starts a wait longer than a few
// seconds (a 429 pause, a Retry-After, a long job holding back for the hourly budget), whether
// or not stderr is a terminal: a script's log then tells why nothing happens for a while.
class WaitNotice : public QObject
{
    Q_OBJECT

public:
    // `command` prefixes each line ("fivetran-admin audit").
    WaitNotice(ftapi::RequestScheduler *scheduler, QTextStream &err, const QString &command,
               QObject *parent = nullptr);

    // "fivetran-admin audit: the Fivetran service asked to wait; waiting 2 minutes, until
    // 14:05:31 UTC." `forBudget`: the wait is the command's own, for the hourly budget.
    static QString text(const QString &command, const QDateTime &until, const QDateTime &now,
                        bool forBudget = false);

private:
    QTextStream &m_err;
    QString m_command;
};

} // namespace ftapp
