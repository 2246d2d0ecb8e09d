#include "snapshotcodec.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>

#include <limits>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 kMagic = 0x46545331; // "FTS1"
constexpr quint8 kFormat = 1;
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();

// Interns every text: the body names texts by number, the table follows once.
class Writer
{
public:
    Writer()
        : m_out(&m_body, QIODevice::WriteOnly)
    {
    }

    void text(const QString &value)
    {
        if (value.isNull()) {
            m_out << quint32(0);
            return;
        }
        auto it = m_index.constFind(value);
        if (it == m_index.constEnd()) {
            it = m_index.insert(value, quint32(m_texts.size()) + 1);
            m_texts.append(value);
        }
        m_out << it.value();
    }
    void text(const std::optional<QString> &value)
    {
        m_out << quint8(value ? 1 : 0);
        if (value)
            text(*value);
    }
    void time(const QDateTime &value)
    {
        m_out << (value.isValid() ? value.toMSecsSinceEpoch() : kNoTime);
    }
    void time(const std::optional<QDateTime> &value)
    {
        m_out << quint8(value ? 1 : 0);
        if (value)
            time(*value);
    }
    void count(qsizetype n) { m_out << quint32(n); }
    void flag(bool value) { m_out << quint8(value ? 1 : 0); }

    QByteArray finish()
    {
        QByteArray all;
        QDataStream out(&all, QIODevice::WriteOnly);
        out << quint32(m_texts.size());
        for (const QString &t : std::as_const(m_texts))
            out << t.toUtf8();
        all.append(m_body);
        return all;
    }

private:
    QByteArray m_body;
    QDataStream m_out;
    QHash<QString, quint32> m_index;
    QStringList m_texts;
};

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_in(bytes)
        , m_size(bytes.size())
    {
        quint32 n = 0;
        m_in >> n;
        if (!fits(n, 4))
            return;
        m_texts.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i) {
            QByteArray utf8;
            m_in >> utf8;
            m_texts.append(QString::fromUtf8(utf8));
        }
    }

    bool ok() const { return !m_bad && m_in.status() == QDataStream::Ok; }
    bool atEnd() const { return m_in.atEnd(); }

    QString text()
    {
        quint32 i = 0;
        m_in >> i;
        if (i == 0)
            return {};
        if (i > quint32(m_texts.size())) {
            m_bad = true;
            return {};
        }
        return m_texts.at(i - 1);
    }
    std::optional<QString> optionalText()
    {
        if (!flag())
            return std::nullopt;
        return text();
    }
    QDateTime time()
    {
        qint64 ms = 0;
        m_in >> ms;
        return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    std::optional<QDateTime> optionalTime()
    {
        if (!flag())
            return std::nullopt;
        return time();
    }
    bool flag()
    {
        quint8 v = 0;
        m_in >> v;
        return v != 0;
    }
    // A count of items each at least `itemBytes` long: one the rest of the blob cannot hold
    // is an altered blob, refused before anything is reserved for it.
    quint32 count(int itemBytes)
    {
        quint32 n = 0;
        m_in >> n;
        return fits(n, itemBytes) ? n : 0;
    }

private:
    bool fits(quint32 n, int itemBytes)
    {
        const qint64 left = m_size - m_in.device()->pos();
        if (qint64(n) * itemBytes > left) {
            m_bad = true;
            return false;
        }
        return true;
    }

    QDataStream m_in;
    qint64 m_size = 0;
    QStringList m_texts;
    bool m_bad = false;
};

void writeMemberships(Writer &w, const QHash<QString, QVector<ftapi::Membership>> &byUser,
                      const QVector<ftapi::User> &users)
{
    // In the users' order, so the blob does not depend on the hash's.
    qsizetype present = 0;
    for (const ftapi::User &user : users)
        present += byUser.contains(user.id) ? 1 : 0;
    w.count(present);
    for (const ftapi::User &user : users) {
        const auto it = byUser.constFind(user.id);
        if (it == byUser.constEnd())
            continue;
        w.text(user.id);
        w.count(it->size());
        for (const ftapi::Membership &m : *it) {
            w.text(m.id);
            w.text(m.role);
            w.time(m.createdAt);
        }
    }
}

QHash<QString, QVector<ftapi::Membership>> readMemberships(Reader &r)
{
    QHash<QString, QVector<ftapi::Membership>> byUser;
    const quint32 n = r.count(8);
    byUser.reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        const QString user = r.text();
        QVector<ftapi::Membership> list(r.count(9));
        for (ftapi::Membership &m : list) {
            m.id = r.text();
            m.role = r.text();
            m.createdAt = r.optionalTime();
        }
        byUser.emplace(user, std::move(list));
    }
    return byUser;
}

void writeGrants(Writer &w, const QVector<ftapi::TeamGrant> &grants)
{
    w.count(grants.size());
    for (const ftapi::TeamGrant &g : grants) {
        w.text(g.id);
        w.text(g.role);
        w.time(g.createdAt);
    }
}

QVector<ftapi::TeamGrant> readGrants(Reader &r)
{
    QVector<ftapi::TeamGrant> grants(r.count(9));
    for (ftapi::TeamGrant &g : grants) {
        g.id = r.text();
        g.role = r.text();
        g.createdAt = r.optionalTime();
    }
    return grants;
}

} // namespace

QByteArray SnapshotCodec::encode(const AuditData &data)
{
    Writer w;
    w.count(data.users.size());
    for (const ftapi::User &u : data.users) {
        w.text(u.id);
        w.text(u.email);
        w.text(u.givenName);
        w.text(u.familyName);
        w.text(u.role);
        w.flag(u.verified);
        w.flag(u.invited);
        w.flag(u.active);
        w.time(u.createdAt);
        w.time(u.loggedInAt);
        w.text(u.userType);
    }
    writeMemberships(w, data.destinationMemberships, data.users);
    writeMemberships(w, data.connectionMemberships, data.users);
    w.count(data.groups.size());
    for (const ftapi::Group &g : data.groups) {
        w.text(g.id);
        w.text(g.name);
        w.time(g.createdAt);
    }
    w.count(data.connections.size());
    for (const ftapi::Connection &c : data.connections) {
        w.text(c.id);
        w.text(c.service);
        w.text(c.schema);
        w.text(c.groupId);
        w.flag(c.paused);
    }
    w.count(data.roles.size());
    for (const ftapi::Role &role : data.roles) {
        w.text(role.name);
        w.text(role.description);
        w.text(role.scope.join(u'\n'));
        w.flag(role.isCustom);
        w.flag(role.isDeprecated);
        w.text(role.replacementRoleName);
    }
    w.count(data.teams.size());
    for (const TeamAccess &t : data.teams) {
        w.text(t.team.id);
        w.text(t.team.name);
        w.text(t.team.description);
        w.text(t.team.role);
        w.count(t.members.size());
        for (const ftapi::TeamMember &m : t.members) {
            w.text(m.userId);
            w.text(m.role);
        }
        writeGrants(w, t.destinations);
        writeGrants(w, t.connections);
    }
    w.flag(data.teamsRead);
    w.text(data.teamsProblem);
    w.flag(data.usersComplete);
    w.flag(data.groupsComplete);
    w.flag(data.connectionsComplete);
    w.flag(data.rolesComplete);

    QByteArray blob;
    QDataStream head(&blob, QIODevice::WriteOnly);
    head << kMagic << kFormat;
    blob.append(qCompress(w.finish(), 6));
    return blob;
}

std::optional<AuditData> SnapshotCodec::decode(const QByteArray &bytes, QString *error)
{
    QDataStream head(bytes);
    quint32 magic = 0;
    quint8 format = 0;
    head >> magic >> format;
    if (head.status() != QDataStream::Ok || magic != kMagic) {
        *error = u"not a snapshot"_s;
        return std::nullopt;
    }
    if (format != kFormat) {
        *error = u"a snapshot of format %1, written by a newer fivetran-admin"_s.arg(format);
        return std::nullopt;
    }
    const QByteArray body = qUncompress(bytes.mid(5));
    if (body.isEmpty()) {
        *error = u"the snapshot's data is damaged (it does not uncompress)"_s;
        return std::nullopt;
    }
    Reader r(body);
    AuditData data;
    data.users.resize(r.count(33));
    for (ftapi::User &u : data.users) {
        u.id = r.text();
        u.email = r.text();
        u.givenName = r.text();
        u.familyName = r.text();
        u.role = r.optionalText();
        u.verified = r.flag();
        u.invited = r.flag();
        u.active = r.flag();
        u.createdAt = r.time();
        u.loggedInAt = r.optionalTime();
        u.userType = r.text();
        if (!r.ok())
            break;
    }
    data.destinationMemberships = readMemberships(r);
    data.connectionMemberships = readMemberships(r);
    data.groups.resize(r.count(9));
    for (ftapi::Group &g : data.groups) {
        g.id = r.text();
        g.name = r.text();
        g.createdAt = r.optionalTime();
    }
    data.connections.resize(r.count(17));
    for (ftapi::Connection &c : data.connections) {
        c.id = r.text();
        c.service = r.text();
        c.schema = r.text();
        c.groupId = r.text();
        c.paused = r.flag();
    }
    data.roles.resize(r.count(15));
    for (ftapi::Role &role : data.roles) {
        role.name = r.text();
        role.description = r.text();
        const QString scope = r.text();
        role.scope = scope.isEmpty() ? QStringList() : scope.split(u'\n');
        role.isCustom = r.flag();
        role.isDeprecated = r.flag();
        role.replacementRoleName = r.optionalText();
    }
    data.teams.resize(r.count(25));
    for (TeamAccess &t : data.teams) {
        t.team.id = r.text();
        t.team.name = r.text();
        t.team.description = r.text();
        t.team.role = r.optionalText();
        t.members.resize(r.count(8));
        for (ftapi::TeamMember &m : t.members) {
            m.userId = r.text();
            m.role = r.text();
        }
        t.destinations = readGrants(r);
        t.connections = readGrants(r);
        if (!r.ok())
            break;
    }
    data.teamsRead = r.flag();
    data.teamsProblem = r.text();
    data.usersComplete = r.flag();
    data.groupsComplete = r.flag();
    data.connectionsComplete = r.flag();
    data.rolesComplete = r.flag();
    if (!r.ok() || !r.atEnd()) {
        *error = u"the snapshot's data is damaged (it does not read to its end)"_s;
        return std::nullopt;
    }
    return data;
}

} // namespace ftmodels
