#include "undoplanner.h"

#include "jsonparsers.h"

#include <QSet>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

QString groupKey(MembershipKind kind)
{
    return kind == MembershipKind::Group ? u"group_id"_s : u"connector_id"_s;
}

QString membershipOp(const QString &verb, MembershipKind kind)
{
    return verb
        + (kind == MembershipKind::Group ? u"_user_membership_in_group"_s
                                         : u"_user_membership_in_connector"_s);
}

QJsonObject entry(const QString &op, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o { { u"op"_s, op } };
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

// A JSON string field as text, or null when it is null or absent.
QJsonValue nullable(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v : QJsonValue(QJsonValue::Null);
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

QJsonArray UndoPlanner::inverseOf(const Change &c, const QJsonObject &before, const QString &email)
{
    const QString who = c.userId.isEmpty() ? QString() : c.userId;
    auto named = [&](QJsonObject o) {
        if (!who.isEmpty())
            o.insert(u"user_id"_s, who);
        else
            o.insert(u"email"_s, email.isEmpty() ? c.email : email);
        return o;
    };
    switch (c.op) {
    case ChangeOp::CreateUser:
        return { entry(u"delete_user"_s, { { u"email"_s, c.invitation.email } }) };
    case ChangeOp::ModifyUser: {
        if (before.isEmpty())
            return {};
        QJsonArray undo;
        QJsonObject back = named(entry(u"modify_user"_s, {}));
        if (c.update.givenName)
            back.insert(u"given_name"_s, before.value(u"given_name"_s));
        if (c.update.familyName)
            back.insert(u"family_name"_s, before.value(u"family_name"_s));
        if (c.update.phone)
            back.insert(u"phone"_s, nullable(before, u"phone"_s));
        if (c.update.picture)
            back.insert(u"picture"_s, nullable(before, u"picture"_s));
        if (c.update.role) {
            if (before.value(u"role"_s).isString())
                back.insert(u"role"_s, before.value(u"role"_s));
            else // PATCH cannot set "no role": remove it again
                undo.append(named(entry(u"delete_user_membership_in_account"_s, {})));
        }
        if (back.size() > 2)
            undo.prepend(back);
        return undo;
    }
    case ChangeOp::RemoveAccountRole:
        if (!before.value(u"role"_s).isString())
            return {};
        return { named(entry(u"modify_user"_s, { { u"role"_s, before.value(u"role"_s) } })) };
    case ChangeOp::DeleteUser: {
        if (before.isEmpty())
            return {};
        const QString address = before.value(u"email"_s).toString();
        QJsonObject invite = entry(u"create_user"_s,
                                   {
                                       { u"email"_s, address },
                                       { u"given_name"_s, before.value(u"given_name"_s) },
                                       { u"family_name"_s, before.value(u"family_name"_s) },
                                   });
        for (const QString &field : { u"phone"_s, u"picture"_s, u"role"_s }) {
            if (before.value(field).isString())
                invite.insert(field, before.value(field));
        }
        QJsonArray undo { invite };
        for (const auto &[list, kind] :
             { std::pair { u"groups"_s, MembershipKind::Group },
               std::pair { u"connections"_s, MembershipKind::Connection } }) {
            const QJsonArray memberships = before.value(list).toArray();
            for (const auto &m : memberships)
                undo.append(entry(membershipOp(u"add"_s, kind),
                                  { { u"email"_s, address },
                                    { groupKey(kind), m.toObject().value(u"id"_s) },
                                    { u"role"_s, m.toObject().value(u"role"_s) } }));
        }
        return undo;
    }
    case ChangeOp::AddMembership:
        if (before.value(u"member"_s).toBool())
            return {};
        return { named(
            entry(membershipOp(u"delete"_s, c.kind), { { groupKey(c.kind), c.targetId } })) };
    case ChangeOp::UpdateMembership:
        if (!before.value(u"role"_s).isString())
            return {};
        return { named(
            entry(membershipOp(u"update"_s, c.kind),
                  { { groupKey(c.kind), c.targetId }, { u"role"_s, before.value(u"role"_s) } })) };
    case ChangeOp::DeleteMembership:
        if (!before.value(u"role"_s).isString())
            return {};
        return { named(
            entry(membershipOp(u"add"_s, c.kind),
                  { { groupKey(c.kind), c.targetId }, { u"role"_s, before.value(u"role"_s) } })) };
    }
    return {};
}

QString UndoPlanner::undoWords(const QVector<JournalEntry> &entries)
{
    QVector<const JournalEntry *> done;
    for (const JournalEntry &e : entries) {
        if (e.outcome == u"applied"_s)
            done.append(&e);
    }
    if (done.isEmpty())
        return tr("Undo");
    if (done.size() == 1)
        return tr("Undo: %1").arg(lowerFirst(done.constFirst()->words));
    return tr("Undo: %1 changes made together, the first “%2”")
        .arg(done.size())
        .arg(lowerFirst(done.constFirst()->words));
}

UndoPlanner::Undo UndoPlanner::plan(const QVector<JournalEntry> &entries, const Journal &journal)
{
    Undo undo;
    undo.words = undoWords(entries);
    // Newest first: a change undone before what came before it.
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const JournalEntry &e = entries.at(i);
        if (e.outcome != u"applied"_s) {
            undo.skipped.append(e.outcome == u"unknown"_s
                                    ? tr("“%1”: its outcome is not known yet").arg(e.words)
                                    : tr("“%1”: it changed nothing (%2)").arg(e.words, e.outcome));
            continue;
        }
        if (journal.isUndone(e.id)) {
            undo.skipped.append(tr("“%1”: already undone").arg(e.words));
            continue;
        }
        if (e.inverse.isEmpty()) {
            undo.skipped.append(tr("“%1”: there is nothing to undo").arg(e.words));
            continue;
        }
        for (const auto &item : e.inverse) {
            QString problem;
            std::optional<Change> change = Change::fromJson(item.toObject(), &problem);
            if (!change) {
                undo.skipped.append(tr("“%1”: its undo cannot be read (%2)").arg(e.words, problem));
                continue;
            }
            change->undoes = e.id;
            // What the entry left is what the undo expects to find; if someone changed it
            // since, the check says what.
            if (change->op == ChangeOp::ModifyUser || change->op == ChangeOp::DeleteUser
                || change->op == ChangeOp::RemoveAccountRole) {
                const ftapi::ApiResult<ftapi::User> after = ftapi::parseUser(e.after);
                if (after)
                    change->expectedUser = after.value();
            } else if (change->isMembership() && e.after.contains(u"member"_s)) {
                change->expectedRole = e.after.value(u"role"_s).toString();
            }
            undo.plan.append(*change);
        }
        if (e.op == u"delete_user"_s)
            undo.losses.append(
                tr("%1 comes back as a new user: with a new id, a new invitation e-mail to %2, "
                   "and without the creation date and login history of the old one.")
                    .arg(e.userName.isEmpty() ? e.email : e.userName, e.email));
    }
    return undo;
}

} // namespace ftmodels
