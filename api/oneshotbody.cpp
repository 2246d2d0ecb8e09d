#include "oneshotbody.h"

#include <cstring>

namespace ftapi {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    // Qt rewinds a body only to send it again (it never does before the first send), so
    // every rewind is refused, even of a body it never read (an empty DELETE).
    Q_UNUSED(pos)
    return false;
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *out, qint64 max)
{
    const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
    m_pos += n;
    return n;
}

} // namespace ftapi
