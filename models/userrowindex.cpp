#include "userrowindex.h"

namespace ftmodels {

void UserRowIndex::clear()
{
    for (QHash<QString, int> &shard : m_shards)
        shard.clear();
}

std::size_t UserRowIndex::shardOf(const QString &id)
{
    // A fixed seed: the shards' own hashes are seeded; this one only spreads ids over them.
    return qHash(QStringView(id), std::size_t(0x9e3779b9)) % 16;
}

} // namespace ftmodels
