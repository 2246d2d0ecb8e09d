#include "concurrencylimit.h"

namespace ftapi {

void ConcurrencyLimit::setCeiling(int ceiling)
{
    m_ceiling = qMax(1, ceiling);
    m_current = m_ceiling;
    m_answers = 0;
}

bool ConcurrencyLimit::refused(int inFlight)
{
    m_answers = 0;
    const int admitted = qMax(1, inFlight - 1);
    if (admitted >= m_current)
        return false;
    m_current = admitted;
    return true;
}

bool ConcurrencyLimit::answered()
{
    if (m_current >= m_ceiling)
        return false;
    if (++m_answers < kAnswersPerStep * m_current)
        return false;
    ++m_current;
    m_answers = 0;
    return true;
}

} // namespace ftapi
