#include "peopleimport.h"

#include "csvreader.h"
#include "planchecker.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ftmodels {

using namespace Qt::StringLiterals;
using ftapi::MembershipKind;

namespace {

enum Column { Email, GivenName, FamilyName, Phone, Picture, Role, Destinations, Connections };

std::optional<QString> cellOrNone(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

// A change that takes the role Account Administrator from an existing person.
bool demotesAdministrator(const Change &c)
{
    return c.op == ChangeOp::ModifyUser && c.expectedUser
        && c.expectedUser->role == accountAdministratorRole()
        && c.update.role != accountAdministratorRole();
}

} // namespace

QStringList PeopleImport::columns()
{
    return { u"email"_s,   u"given_name"_s, u"family_name"_s,  u"phone"_s,
             u"picture"_s, u"role"_s,       u"destinations"_s, u"connections"_s };
}

PeopleImport PeopleImport::read(const QByteArray &bytes)
{
    PeopleImport import;
    const CsvReader::Result csv = CsvReader::read(bytes);
    import.m_delimiter = csv.delimiter;
    import.m_byteOrderMark = csv.hadByteOrderMark;
    if (!csv.ok()) {
        import.m_fileError = csv.error;
        import.m_fileErrorLine = csv.errorLine;
        return import;
    }
    if (csv.records.isEmpty()) {
        import.m_fileError = tr("The file is empty. It needs a header row (%1) and one row per "
                                "person.")
                                 .arg(columns().join(u", "_s));
        return import;
    }
    import.m_fileErrorLine = csv.records.constFirst().line;
    import.readHeader(csv.records.constFirst().fields);
    if (!import.m_fileError.isEmpty())
        return import;
    import.m_fileErrorLine = 0;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        import.readRow(csv.records.at(i).fields, csv.records.at(i).line);
    import.markDuplicates();
    return import;
}

void PeopleImport::readHeader(const QStringList &cells)
{
    const QStringList known = columns();
    QStringList unknown;
    QStringList twice;
    QSet<int> seen;
    for (const QString &cell : cells) {
        const QString name = cell.trimmed().toLower();
        m_header.append(name);
        const int column = int(known.indexOf(name));
        m_columnOf.append(column);
        if (column < 0)
            unknown.append(cell.trimmed().isEmpty() ? tr("(an empty name)") : cell.trimmed());
        else if (seen.contains(column))
            twice.append(name);
        seen.insert(column);
    }
    if (!cells.isEmpty() && PlanChecker::looksLikeEmail(cells.constFirst().trimmed())) {
        m_fileError = tr("The first line must be the header row (%1); this one looks like a "
                         "person.")
                          .arg(known.join(u", "_s));
    } else if (!unknown.isEmpty()) {
        m_fileError = tr("Unknown column(s) in the header: %1. The columns are %2.", nullptr,
                         int(unknown.size()))
                          .arg(unknown.join(u", "_s), known.join(u", "_s));
    } else if (!twice.isEmpty()) {
        m_fileError = tr("The header names %1 more than once.").arg(twice.join(u", "_s));
    } else if (!seen.contains(Email)) {
        m_fileError = tr("The header has no email column; every row needs an e-mail.");
    }
}

void PeopleImport::readRow(const QStringList &cells, int line)
{
    ImportRow row;
    row.line = line;
    if (cells.size() > m_columnOf.size()) {
        // Trailing empty cells (",,," from a spreadsheet) carry nothing.
        const bool extraEmpty = std::all_of(cells.cbegin() + m_columnOf.size(), cells.cend(),
                                            [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!extraEmpty)
            row.errors.append(tr("This line has %1 fields; the header has %2.")
                                  .arg(cells.size())
                                  .arg(m_columnOf.size()));
    }
    // A shorter line leaves its last cells empty.
    for (qsizetype i = 0; i < m_columnOf.size() && i < cells.size(); ++i) {
        const QString cell = cells.at(i).trimmed();
        switch (m_columnOf.at(i)) {
        case Email:
            row.email = cell;
            break;
        case GivenName:
            row.givenName = cell;
            break;
        case FamilyName:
            row.familyName = cell;
            break;
        case Phone:
            row.phone = cellOrNone(cell);
            break;
        case Picture:
            row.picture = cellOrNone(cell);
            break;
        case Role:
            row.role = cellOrNone(cell);
            break;
        case Destinations:
            readList(row, MembershipKind::Group, cell);
            break;
        case Connections:
            readList(row, MembershipKind::Connection, cell);
            break;
        default:
            break;
        }
    }
    if (row.email.isEmpty())
        row.errors.prepend(tr("The e-mail is missing."));
    else if (!PlanChecker::looksLikeEmail(row.email))
        row.errors.prepend(tr("“%1” is not an e-mail address.").arg(row.email));
    m_rows.append(row);
}

void PeopleImport::readList(ImportRow &row, MembershipKind kind, const QString &cell)
{
    const QString column = kind == MembershipKind::Group ? u"destinations"_s : u"connections"_s;
    QSet<QString> named;
    const QStringList items = cell.split(u';');
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        // A role has no "=", a name may: the last one separates them.
        const qsizetype at = item.lastIndexOf(u'=');
        const QString target = at < 0 ? QString() : item.left(at).trimmed();
        const QString role = at < 0 ? QString() : item.mid(at + 1).trimmed();
        if (target.isEmpty() || role.isEmpty()) {
            row.errors.append(
                tr("“%1” in %2 is not TARGET=ROLE (for example Finance=View Destination).")
                    .arg(item, column));
            continue;
        }
        const QString key = target.toCaseFolded();
        if (named.contains(key)) {
            row.errors.append(tr("%1 names “%2” twice.").arg(column, target));
            continue;
        }
        named.insert(key);
        row.memberships.append({ kind, target, role, {} });
    }
}

void PeopleImport::markDuplicates()
{
    QHash<QString, QVector<int>> byEmail; // folded e-mail -> rows
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).email.isEmpty())
            byEmail[m_rows.at(i).email.toCaseFolded()].append(i);
    }
    for (const QVector<int> &same : std::as_const(byEmail)) {
        if (same.size() < 2)
            continue;
        for (const int i : same) {
            QStringList others;
            for (const int j : same) {
                if (j != i)
                    others.append(QString::number(m_rows.at(j).line));
            }
            // Which line is right is not for the import to guess: neither is sent.
            m_rows[i].errors.append(tr("The same e-mail is on line(s) %1 too; each person may "
                                       "be on one line only.",
                                       nullptr, int(others.size()))
                                        .arg(others.join(u", "_s)));
        }
    }
}

Plan PeopleImport::probePlan() const
{
    Plan probe;
    for (const ImportRow &row : m_rows) {
        if (row.email.isEmpty())
            continue;
        ftapi::UserUpdate update;
        update.role = row.role;
        probe.append(Change::modifyUser({}, update).namedByEmail(row.email));
        bool kinds[2] = { false, false };
        for (const ImportMembership &m : row.memberships) {
            bool &seen = kinds[m.kind == MembershipKind::Group ? 0 : 1];
            if (seen)
                continue;
            seen = true;
            probe.append(Change::addMembership(m.kind, {}, {}, m.role).namedByEmail(row.email));
        }
    }
    return probe;
}

void PeopleImport::map(const AccountView &view)
{
    for (ImportRow &row : m_rows)
        mapRow(row, view);
}

bool PeopleImport::checkRole(ImportRow &row, const QString &roleName, const AccountView &view,
                             MembershipKind kind, bool account) const
{
    if (!view.rolesKnown())
        return true; // the plan's check says it could not verify; the service decides
    const ftapi::Role *role = view.role(roleName);
    if (!role) {
        row.errors.append(tr("There is no role named “%1”.").arg(roleName));
        return false;
    }
    if (!PlanChecker::roleFits(*role, kind, account)) {
        const QString where = account       ? tr("an account role")
            : kind == MembershipKind::Group ? tr("a destination role")
                                            : tr("a connection role");
        row.errors.append(
            tr("%1 is not %2 (its scope is %3).").arg(roleName, where, role->scope.join(u", "_s)));
        return false;
    }
    return true;
}

QString PeopleImport::findTarget(ImportRow &row, const ImportMembership &m,
                                 const AccountView &view) const
{
    const bool groups = m.kind == MembershipKind::Group;
    if (!view.targetsKnown(m.kind)) {
        row.errors.append(groups ? tr("The destinations could not be read, so “%1” cannot be "
                                      "found.")
                                       .arg(m.target)
                                 : tr("The connections could not be read, so “%1” cannot be "
                                      "found.")
                                       .arg(m.target));
        return {};
    }
    QStringList found;
    auto same = [&m](const QString &name) {
        return !name.isEmpty() && name.compare(m.target, Qt::CaseInsensitive) == 0;
    };
    if (groups) {
        const QVector<ftapi::Group> all = view.allGroups();
        for (const ftapi::Group &g : all) {
            if (g.id == m.target || same(g.name))
                found.append(g.id);
        }
    } else {
        const QVector<ftapi::Connection> all = view.allConnections();
        for (const ftapi::Connection &c : all) {
            if (c.id == m.target || same(c.schema) || same(c.displayName()))
                found.append(c.id);
        }
    }
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty()) {
        row.errors.append(
            groups ? tr("There is no destination named “%1” (nor one with that id).").arg(m.target)
                   : tr("There is no connection named “%1” (nor one with that id).").arg(m.target));
        return {};
    }
    found.sort();
    row.errors.append((groups ? tr("“%1” names %2 destinations (ids %3); write the id instead.")
                              : tr("“%1” names %2 connections (ids %3); write the id instead."))
                          .arg(m.target, QString::number(found.size()), found.join(u", "_s)));
    return {};
}

void PeopleImport::mapRow(ImportRow &row, const AccountView &view) const
{
    row.changes.clear();
    const bool emailOk = PlanChecker::looksLikeEmail(row.email);
    const ftapi::User *user = emailOk ? view.userByEmail(row.email) : nullptr;
    row.existing = user != nullptr;
    row.userId = user ? user->id : QString();

    if (row.role)
        checkRole(row, *row.role, view, MembershipKind::Group, true);
    QHash<QString, QString> targets; // kind/id -> as written, for the same target twice
    for (ImportMembership &m : row.memberships) {
        m.targetId = findTarget(row, m, view);
        checkRole(row, m.role, view, m.kind, false);
        if (m.targetId.isEmpty())
            continue;
        const QString key = (m.kind == MembershipKind::Group ? u"g/"_s : u"c/"_s) + m.targetId;
        if (const auto it = targets.constFind(key); it != targets.cend())
            row.errors.append(
                tr("“%1” and “%2” are the same %3.")
                    .arg(*it, m.target,
                         m.kind == MembershipKind::Group ? tr("destination") : tr("connection")));
        targets.insert(key, m.target);
    }
    if (emailOk && !user && (row.givenName.isEmpty() || row.familyName.isEmpty()))
        row.errors.append(tr("%1 is not a user yet, so given_name and family_name are needed "
                             "to invite them.")
                              .arg(row.email));
    if (user
        && ((!row.givenName.isEmpty() && row.givenName != user->givenName)
            || (!row.familyName.isEmpty() && row.familyName != user->familyName)))
        row.warnings.append(tr("Already a user as %1 %2; an import does not change names.")
                                .arg(user->givenName, user->familyName));
    if (!row.isValid())
        return;

    if (!user) {
        ftapi::NewUser invitation;
        invitation.email = row.email;
        invitation.givenName = row.givenName;
        invitation.familyName = row.familyName;
        invitation.phone = row.phone;
        invitation.picture = row.picture;
        invitation.role = row.role;
        row.changes.append(Change::createUser(invitation));
        for (const ImportMembership &m : row.memberships)
            row.changes.append(
                Change::addMembership(m.kind, {}, m.targetId, m.role).namedByEmail(row.email));
        return;
    }
    if (row.role && *row.role != user->role) {
        ftapi::UserUpdate update;
        update.role = row.role;
        row.changes.append(Change::modifyUser(user->id, update).expecting(*user));
    }
    for (const ImportMembership &m : row.memberships) {
        const QVector<ftapi::Membership> *current = view.memberships(user->id, m.kind);
        if (!current) {
            // Not known: the plan's run reads them and finds it in effect or not.
            row.changes.append(Change::addMembership(m.kind, user->id, m.targetId, m.role));
            continue;
        }
        const auto it =
            std::find_if(current->cbegin(), current->cend(),
                         [&m](const ftapi::Membership &x) { return x.id == m.targetId; });
        if (it == current->cend())
            row.changes.append(Change::addMembership(m.kind, user->id, m.targetId, m.role)
                                   .expectingRole(QString()));
        else if (it->role != m.role)
            row.changes.append(Change::updateMembership(m.kind, user->id, m.targetId, m.role)
                                   .expectingRole(it->role));
    }
}

Plan PeopleImport::plan(QVector<int> *rowOf) const
{
    Plan plan;
    QVector<int> rows;
    QVector<std::pair<int, Change>> last;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &row = m_rows.at(i);
        if (!row.isValid())
            continue;
        for (const Change &c : row.changes) {
            if (demotesAdministrator(c)) {
                last.append({ i, c });
                continue;
            }
            plan.append(c);
            rows.append(i);
        }
    }
    for (const auto &[row, change] : std::as_const(last)) {
        plan.append(change);
        rows.append(row);
    }
    if (rowOf)
        *rowOf = rows;
    return plan;
}

void PeopleImport::applyCheck(const PlanCheck &check, const QVector<int> &rowOf)
{
    for (const PlanProblem &p : check.problems) {
        const bool error = p.severity == PlanProblem::Severity::Error;
        if (p.change < 0 || p.change >= rowOf.size()) {
            if (error && !m_planErrors.contains(p.text))
                m_planErrors.append(p.text);
            continue;
        }
        ImportRow &row = m_rows[rowOf.at(p.change)];
        QStringList &list = error ? row.errors : row.warnings;
        if (!list.contains(p.text))
            list.append(p.text);
    }
}

Plan PeopleImport::resolve(const AccountView &view, QVector<int> *rowOf)
{
    // The check's errors take rows out, which changes the plan it saw; a few rounds settle.
    constexpr int kMaxRounds = 4;
    map(view);
    QVector<int> rows;
    Plan plan = this->plan(&rows);
    for (int round = 0; round < kMaxRounds; ++round) {
        const int valid = validCount();
        applyCheck(PlanChecker::check(plan, view), rows);
        plan = this->plan(&rows);
        if (validCount() == valid)
            break;
    }
    if (rowOf)
        *rowOf = rows;
    return plan;
}

int PeopleImport::validCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ImportRow &r) { return r.isValid(); }));
}

int PeopleImport::errorCount() const
{
    return int(m_rows.size()) - validCount();
}

QStringList PeopleImport::errorLines() const
{
    QStringList lines;
    for (const ImportRow &row : m_rows) {
        for (const QString &error : row.errors)
            lines.append(row.email.isEmpty()
                             ? tr("line %1: %2").arg(row.line).arg(error)
                             : tr("line %1 (%2): %3").arg(row.line).arg(row.email, error));
    }
    return lines;
}

} // namespace ftmodels
