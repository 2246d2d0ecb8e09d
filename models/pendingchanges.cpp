#include "pendingchanges.h"

#include "apiclient.h"
#include "changewords.h"
#include "membershipsmodel.h"
#include "namedirectory.h"
#include "planchecker.h"
#include "planreader.h"
#include "rolesmodel.h"
#include "session.h"

#include <QHash>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ftmodels {

using namespace Qt::StringLiterals;
using Outcome = PlanRun::Outcome;

namespace {

// Reading waits for a pause in the additions, so a burst of them reads once.
constexpr int kReadDelayMs = 200;

} // namespace

PendingChanges::PendingChanges(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_known(std::make_unique<AccountSnapshot>(&session->accountView()))
{
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kReadDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PendingChanges::startReading);

    // What the models know changed: the words and the check may change with it.
    connect(session, &Session::usersLoaded, this, [this] {
        forgetReadState();
        scheduleCheck();
    });
    connect(session->roles(), &RolesModel::loadFinished, this, &PendingChanges::scheduleCheck);
    connect(session->names(), &NameDirectory::namesChanged, this, &PendingChanges::scheduleCheck);
    connect(session->memberships(), &MembershipsModel::loadFinished, this,
            &PendingChanges::scheduleCheck);
    // Any change sent (a dialog's, or ours) makes what was read stale.
    connect(session, &Session::planStarted, this, [this](PlanRun *run) {
        connect(run, &PlanRun::finished, this, [this] {
            if (isRunning())
                return; // ours: onRunFinished() checks again
            forgetReadState();
            scheduleCheck();
        });
    });
}

PendingChanges::~PendingChanges()
{
    delete m_reader; // before the snapshot it reads into
    m_reader = nullptr;
}

int PendingChanges::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PendingChanges::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingChanges::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Check and outcome");
    default:
        return {};
    }
}

QVariant PendingChanges::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ChangeColumn ? entry.text : statusText(entry);
    case Qt::DecorationRole:
        if (index.column() != ChangeColumn)
            return {};
        if (entry.severity == Severity::Error || entry.outcome == Outcome::Failed)
            return m_errorIcon;
        return entry.severity == Severity::Warning ? m_warningIcon : QVariant();
    case Qt::ToolTipRole: {
        QStringList tip = entry.problems;
        if (!entry.message.isEmpty())
            tip.prepend(entry.message);
        if (entry.inEffect)
            tip.append(entry.inEffectText);
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
    }
    case SeverityRole:
        return int(entry.severity);
    case ProblemsRole:
        return entry.problems;
    case OutcomeRole:
        return int(entry.outcome);
    case InEffectRole:
        return entry.inEffect;
    default:
        return {};
    }
}

QString PendingChanges::statusText(const Entry &entry) const
{
    const PlanRun *run = m_run.data();
    if (entry.runIndex >= 0 && run && entry.outcome == Outcome::Pending)
        return run->isSending(entry.runIndex) ? tr("Sending…") : tr("Waiting to be sent");
    if (entry.outcome == Outcome::Applied)
        return tr("Done");
    if (entry.outcome == Outcome::AlreadyInEffect)
        return tr("Already in effect");
    if (entry.outcome == Outcome::Failed)
        return tr("Failed: %1").arg(entry.message);
    if (entry.outcome == Outcome::NotAttempted)
        return tr("Not sent: %1").arg(entry.message);
    if (!entry.firstError.isEmpty())
        return entry.firstError;
    if (entry.inEffect)
        return tr("Already in effect: nothing to send");
    if (!entry.problems.isEmpty())
        return entry.problems.constFirst();
    return tr("Ready");
}

void PendingChanges::setSeverityIcons(const QIcon &warning, const QIcon &error)
{
    m_warningIcon = warning;
    m_errorIcon = error;
}

void PendingChanges::add(const Plan &plan)
{
    if (plan.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + plan.size() - 1);
    for (const Change &c : plan.changes()) {
        Entry e;
        e.change = c;
        e.text = ChangeWords::describe(c, *m_known);
        m_entries.append(e);
    }
    endInsertRows();
    scheduleCheck();
}

bool PendingChanges::removeChanges(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row < 0 || row >= m_entries.size() || (m_run && m_entries.at(row).runIndex >= 0))
            return false;
    }
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_entries.removeAt(*it);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        scheduleCheck();
    return true;
}

bool PendingChanges::clear()
{
    if (m_run)
        return false;
    if (m_entries.isEmpty())
        return true;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    scheduleCheck();
    return true;
}

Plan PendingChanges::plan() const
{
    Plan plan;
    plan.changes().reserve(m_entries.size());
    for (const Entry &e : m_entries)
        plan.append(e.change);
    return plan;
}

void PendingChanges::scheduleCheck()
{
    recheck();
    if (!m_entries.isEmpty())
        m_checkTimer->start();
}

void PendingChanges::recheck()
{
    if (m_entries.isEmpty()) {
        // Nothing pending, nothing to check: the checker's walk counts the account's
        // administrators, and this runs after every membership list the details panel loads.
        if (m_check.changes.isEmpty() && m_check.problems.isEmpty() && m_check.requests == 0)
            return;
        m_check = PlanCheck();
        Q_EMIT checkChanged();
        return;
    }
    m_check = PlanChecker::check(plan(), *m_known);
    // Each row keeps what the check says of it, so the rows stay right while others are
    // inserted or removed before the next check.
    for (int row = 0; row < m_entries.size() && row < m_check.changes.size(); ++row) {
        Entry &e = m_entries[row];
        const ChangeCheck &c = m_check.changes.at(row);
        e.text = c.text;
        e.inEffect = c.inEffect;
        e.inEffectText = c.inEffectText;
        e.problems.clear();
        e.firstError.clear();
        e.severity = Severity::None;
    }
    for (const PlanProblem &p : std::as_const(m_check.problems)) {
        if (p.change < 0 || p.change >= m_entries.size())
            continue;
        Entry &e = m_entries[p.change];
        e.problems.append(p.text);
        const bool error = p.severity == PlanProblem::Severity::Error;
        if (error && e.firstError.isEmpty())
            e.firstError = p.text;
        e.severity = std::max(e.severity, error ? Severity::Error : Severity::Warning);
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT checkChanged();
}

void PendingChanges::startReading()
{
    if (m_entries.isEmpty() || !m_session->client())
        return;
    delete m_reader;
    m_reader = new PlanReader(m_session->client(), m_known.get(), this);
    connect(m_reader, &PlanReader::finished, this, &PendingChanges::onRead);
    m_reader->start(plan());
    Q_EMIT checkChanged();
}

void PendingChanges::onRead()
{
    PlanReader *reader = m_reader;
    if (!reader)
        return;
    // Keep what was read for the next check, so removing one change does not read it all
    // again; what the models hold stays theirs (they follow the account).
    const AccountSnapshot &read = reader->snapshot();
    // The destinations and connections it listed too: the changes then say their names,
    // not their ids, even where the window had not listed them yet.
    if (read.holdsTargets(ftapi::MembershipKind::Group))
        m_known->setGroups(read.allGroups());
    if (read.holdsTargets(ftapi::MembershipKind::Connection))
        m_known->setConnections(read.allConnections());
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.change.isMembership())
            continue;
        const ftapi::User *user =
            e.change.userId.isEmpty() ? read.userByEmail(e.change.email) : nullptr;
        const QString id = user ? user->id : e.change.userId;
        if (id.isEmpty() || m_known->memberships(id, e.change.kind))
            continue;
        if (const QVector<ftapi::Membership> *list = read.memberships(id, e.change.kind))
            m_known->setMemberships(id, e.change.kind, *list);
    }
    m_reader = nullptr;
    reader->deleteLater();
    recheck();
}

void PendingChanges::forgetReadState()
{
    m_checkTimer->stop();
    if (m_reader) {
        m_reader->cancel();
        delete m_reader;
        m_reader = nullptr;
    }
    m_known = std::make_unique<AccountSnapshot>(&m_session->accountView());
}

bool PendingChanges::isReading() const
{
    return m_reader != nullptr || m_checkTimer->isActive();
}

int PendingChanges::longestChain() const
{
    QHash<QString, int> perUser;
    int longest = 0;
    for (const ChangeCheck &c : m_check.changes) {
        if (!c.inEffect)
            longest = std::max(longest, ++perUser[c.userKey]);
    }
    return longest;
}

qint64 PendingChanges::estimateMs(int requests, int longestChain, int inFlight, double answerMs)
{
    if (answerMs < 0 || requests <= 0)
        return answerMs < 0 ? -1 : 0;
    // At most inFlight at once, and one person's changes one after another.
    const double rounds =
        std::max(std::ceil(double(requests) / std::max(1, inFlight)), double(longestChain));
    return qint64(std::llround(rounds * answerMs));
}

qint64 PendingChanges::estimatedMs() const
{
    ftapi::ApiClient *client = m_session->client();
    if (!client)
        return -1;
    const ftapi::RequestScheduler *scheduler = client->scheduler();
    // The cap as it is now: lower than the setting while the service refuses too many at once.
    return estimateMs(m_check.requests, longestChain(), scheduler->currentLimit(),
                      scheduler->averageAnswerMs());
}

PlanRun *PendingChanges::apply(QString *why)
{
    QString reason;
    if (m_run)
        reason = tr("The pending changes are being sent already.");
    else if (m_entries.isEmpty())
        reason = tr("There are no pending changes to apply.");
    else if (m_check.hasErrors())
        reason = tr("The check found %n error(s) in the pending changes; nothing was sent. "
                    "Correct or remove the changes marked as errors, then apply again.",
                    nullptr, m_check.errorCount());
    else if (!m_session->client())
        reason = tr("Not connected to a Fivetran account, so nothing can be sent.");
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        return nullptr;
    }
    m_checkTimer->stop();
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        e.runIndex = i;
        e.outcome = Outcome::Pending;
        e.message.clear();
    }
    PlanRun *run = m_session->apply(plan());
    m_run = run;
    connect(run, &PlanRun::changeFinished, this, &PendingChanges::onChangeFinished);
    connect(run, &PlanRun::sendingChanged, this, [this](int index) {
        if (const int row = rowOfRunIndex(index); row >= 0)
            Q_EMIT dataChanged(this->index(row, StatusColumn), this->index(row, StatusColumn));
    });
    connect(run, &PlanRun::finished, this, &PendingChanges::onRunFinished);
    Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    Q_EMIT runStarted(run);
    return run;
}

void PendingChanges::onChangeFinished(int index)
{
    const PlanRun *run = m_run.data();
    const int row = rowOfRunIndex(index);
    if (!run || index >= run->total() || row < 0)
        return;
    Entry &e = m_entries[row];
    const PlanRun::Result &r = run->results()[index];
    e.outcome = r.outcome;
    e.message = r.message;
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
}

int PendingChanges::rowOfRunIndex(int index) const
{
    if (index < 0)
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).runIndex == index)
            return row;
    }
    return -1;
}

void PendingChanges::onRunFinished()
{
    PlanRun *run = m_run;
    if (!run)
        return;
    int succeeded = 0;
    int failed = 0;
    int notAttempted = 0;
    for (Entry &e : m_entries) {
        if (e.runIndex < 0)
            continue;
        const PlanRun::Result &r = run->result(e.runIndex);
        e.outcome = r.outcome;
        e.message = r.message;
        if (run->wasRefused()) {
            const QString first = run->check().firstError(e.runIndex);
            if (!first.isEmpty())
                e.message = first;
        }
        switch (r.outcome) {
        case Outcome::Applied:
        case Outcome::AlreadyInEffect:
            ++succeeded;
            break;
        case Outcome::Failed:
            ++failed;
            break;
        default:
            ++notAttempted;
            break;
        }
    }
    m_run = nullptr;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        Entry &e = m_entries[row];
        const bool done = e.runIndex >= 0
            && (e.outcome == Outcome::Applied || e.outcome == Outcome::AlreadyInEffect);
        e.runIndex = -1;
        if (!done)
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    forgetReadState();
    scheduleCheck();
    Q_EMIT runFinished(succeeded, failed, notAttempted);
}

} // namespace ftmodels
