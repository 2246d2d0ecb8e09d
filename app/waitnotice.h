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
// seconds (a 429 pause, a Retry-After), and when it ends, whether or not stderr is a
// terminal: a script's log then tells why nothing happens for a while.
class WaitNotice : public QObject
{
    Q_OBJECT

public:
    // `command` prefixes each line ("fivetran-admin audit").
    WaitNotice(ftapi::RequestScheduler *scheduler, QTextStream &err, const QString &command,
               QObject *parent = nullptr);

    // "fivetran-admin audit: the Fivetran service asked to wait; waiting 2 minutes, until
    // 14:05:31 UTC."
    static QString text(const QString &command, const QDateTime &until, const QDateTime &now);

private:
    QTextStream &m_err;
    QString m_command;
};

} // namespace ftapp
