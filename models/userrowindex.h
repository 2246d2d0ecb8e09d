#pragma once

#include <QHash>
#include <QString>

#include <array>

namespace ftmodels {

// User id -> row for UsersModel, in sixteen hashes chosen by the id's hash. One QHash of
// 50,000 ids doubles by rehashing every id at once (15 ms at 16,000 while a large account
// loaded, in the middle of a page); sixteen smaller ones grow at different times, each in
// a sixteenth of that.
class UserRowIndex
{
public:
    int value(const QString &id, int otherwise = -1) const
    {
        return shard(id).value(id, otherwise);
    }
    // The row of `id` when it has one (left as it is); otherwise `id` gets `row` and the
    // answer is -1. One look-up where value() and insert() make two: a page of 1,000 new
    // users asks this 1,000 times.
    int valueOrInsert(const QString &id, int row)
    {
        QHash<QString, int> &hash = shard(id);
        const qsizetype before = hash.size();
        int &slot = hash[id];
        if (hash.size() == before)
            return slot;
        slot = row;
        return -1;
    }
    void insert(const QString &id, int row) { shard(id).insert(id, row); }
    void remove(const QString &id) { shard(id).remove(id); }
    void clear();

private:
    QHash<QString, int> &shard(const QString &id) { return m_shards[shardOf(id)]; }
    const QHash<QString, int> &shard(const QString &id) const { return m_shards[shardOf(id)]; }
    static std::size_t shardOf(const QString &id);

    std::array<QHash<QString, int>, 16> m_shards;
};

} // namespace ftmodels
