#include "runjournal.h"

#include "jsonparsers.h"
#include "undoplanner.h"

namespace ftmodels {

using namespace Qt::StringLiterals;

void RunJournal::setJournal(Journal *journal)
{
    m_journal = journal;
    m_osUser = journal ? Journal::osUser() : QString();
}

JournalEntry RunJournal::entry(const Change &change, const ChangeCheck &check,
                               const QString &userId) const
{
    JournalEntry e;
    e.batch = m_batch;
    e.time = QDateTime::currentDateTimeUtc();
    e.osUser = m_osUser;
    e.version = QStringLiteral(FT_VERSION);
    e.op = change.seedName();
    e.userId = userId;
    e.email = check.email;
    e.userName = check.userName;
    if (change.isMembership()) {
        e.targetKind =
            change.kind == ftapi::MembershipKind::Group ? u"destination"_s : u"connection"_s;
        e.targetId = change.targetId;
        e.targetName = check.targetName;
    }
    e.words = check.text;
    e.params = change.toJson();
    e.before = check.before;
    e.inverse = UndoPlanner::inverseOf(change, check.before, check.email);
    e.undoes = change.undoes;
    return e;
}

QJsonObject RunJournal::afterState(const Change &change, const std::optional<ftapi::User> &user,
                                   const std::optional<ftapi::Membership> &membership)
{
    switch (change.op) {
    case ChangeOp::CreateUser:
    case ChangeOp::ModifyUser:
    case ChangeOp::RemoveAccountRole:
        if (user)
            return ftapi::toJson(*user);
        return change.op == ChangeOp::RemoveAccountRole
            ? QJsonObject { { u"role"_s, QJsonValue(QJsonValue::Null) } }
            : QJsonObject {};
    case ChangeOp::DeleteUser:
        return { { u"exists"_s, false } };
    case ChangeOp::AddMembership:
    case ChangeOp::UpdateMembership:
        return { { u"member"_s, true },
                 { u"role"_s, membership ? membership->role : change.role } };
    case ChangeOp::DeleteMembership:
        return { { u"member"_s, false } };
    }
    return {};
}

bool RunJournal::begin(const QVector<int> &indexes, const QVector<JournalEntry> &entries,
                       QString *error)
{
    if (!m_journal || entries.isEmpty())
        return true;
    QVector<qint64> ids;
    if (!m_journal->write(m_endings, entries, &ids, error)) {
        flush();
        return false;
    }
    m_endings.clear();
    for (qsizetype i = 0; i < indexes.size() && i < ids.size(); ++i)
        m_entries.insert(indexes.at(i), ids.at(i));
    return true;
}

void RunJournal::end(int index, const QString &outcome, const ftapi::ApiError &error,
                     const QString &message, const QJsonObject &after)
{
    const auto it = m_entries.constFind(index);
    if (!m_journal || it == m_entries.cend())
        return;
    JournalEntry e;
    e.endTime = QDateTime::currentDateTimeUtc();
    e.outcome = outcome;
    e.httpStatus = error.httpStatus;
    e.code = error.code;
    e.message = message;
    e.after = after;
    m_endings.append({ *it, e });
}

void RunJournal::flush()
{
    if (!m_journal || m_endings.isEmpty())
        return;
    m_journal->write(m_endings, {}, nullptr);
    m_endings.clear();
}

} // namespace ftmodels
