#pragma once

#include <QByteArray>
#include <QIODevice>

namespace ftapi {

// The body of a write (POST, PATCH, DELETE) as a device Qt cannot rewind. QNetworkAccessManager
// silently sends a request again when its connection drops before the answer; for a write that
// could invite a user twice or turn a done DELETE into a 404. A body it cannot rewind turns
// that resend into ContentReSendError, and the scheduler decides. An empty body is wrapped too:
// Qt would resend it as freely.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // Quietly refuses (QIODevice::seek would warn).
    bool seek(qint64 pos) override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *out, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace ftapi
