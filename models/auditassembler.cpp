#include "auditassembler.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace ftmodels {

AuditAssembler::AuditAssembler(const AuditData *data, QObject *parent)
    : QObject(parent)
    , m_data(data)
    , m_timer(new QTimer(this))
{
    Q_ASSERT(data);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AuditAssembler::assembleSome);
}

AuditAssembler::~AuditAssembler() = default;

void AuditAssembler::reset()
{
    m_timer->stop();
    m_context.reset(); // it refers to the graph
    m_graph.reset();
    m_parts.clear();
    m_waiting.clear();
    m_assembled = 0;
    m_lookupsReady = false;
}

void AuditAssembler::prepare()
{
    m_context.reset();
    m_graph = std::make_unique<AccessGraph>(EffectiveAccess::graphOf(*m_data));
    m_context = std::make_unique<AuditBuilder::Context>(*m_data, *m_graph);
}

void AuditAssembler::lookupsReady()
{
    if (m_lookupsReady)
        return;
    m_lookupsReady = true;
    prepare();
    if (!m_waiting.empty())
        m_timer->start();
}

void AuditAssembler::personReady(int userIndex)
{
    if (userIndex < 0 || userIndex >= int(m_data->users.size()))
        return;
    m_waiting.push_back(userIndex);
    if (m_lookupsReady && !m_timer->isActive())
        m_timer->start();
}

void AuditAssembler::assembleSome()
{
    QElapsedTimer clock;
    clock.start();
    while (!m_waiting.empty() && clock.elapsed() < sliceMs()) {
        const int index = m_waiting.front();
        m_waiting.pop_front();
        assemble(index);
    }
    if (!m_waiting.empty())
        m_timer->start();
}

void AuditAssembler::assemble(int userIndex)
{
    if (size_t(userIndex) >= m_parts.size())
        m_parts.resize(size_t(userIndex) + 1);
    Part &part = m_parts[size_t(userIndex)];
    if (part.done)
        return;
    const ftapi::User &user = m_data->users.at(userIndex);
    const AccessPerson person = EffectiveAccess::personOf(*m_data, user);
    part.rows.reserve(1 + person.destinations.size() + person.connections.size());
    AuditBuilder::appendRows(*m_context, user, person, &part.rows);
    part.effective = EffectiveAccess::personRows(*m_graph, person);
    part.done = true;
    ++m_assembled;
}

void AuditAssembler::finish(const QDateTime &now, QVector<AuditRow> *rows,
                            EffectiveAccess *effective)
{
    m_timer->stop();
    m_waiting.clear();
    const AuditData &data = *m_data;
    // What was assembled holds for the data as it is now only if the look-ups were complete
    // the same way (the audit sets connectionsComplete at its end).
    if (!m_context || m_context->groupsComplete() != data.groupsComplete
        || m_context->connectionsComplete() != data.connectionsComplete) {
        m_parts.clear();
        m_assembled = 0;
        prepare();
    }
    const int users = int(data.users.size());
    m_parts.resize(size_t(users));
    for (int i = 0; i < users; ++i)
        assemble(i);

    QVector<AuditFlags> userFlags(users);
    qsizetype directCount = 0;
    qsizetype effectiveCount = 0;
    for (int i = 0; i < users; ++i) {
        userFlags[i] = AuditBuilder::userFlags(data.users.at(i), now);
        directCount += m_parts[size_t(i)].rows.size();
        effectiveCount += m_parts[size_t(i)].effective.size();
    }

    rows->clear();
    rows->reserve(directCount);
    for (int i = 0; i < users; ++i) {
        for (AuditRow &row : m_parts[size_t(i)].rows) {
            row.flags |= userFlags.at(i);
            rows->append(std::move(row));
        }
    }

    // Effective access orders people by user id, as EffectiveAccess::build does.
    QVector<int> order(users);
    for (int i = 0; i < users; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&data](int a, int b) { return data.users.at(a).id < data.users.at(b).id; });
    QVector<EffectiveAccess::Person> people;
    people.reserve(users);
    QVector<EffectiveRow> effectiveRows;
    effectiveRows.reserve(effectiveCount);
    for (int index : std::as_const(order)) {
        const int person = int(people.size());
        people.append(EffectiveAccess::personEntry(data, data.users.at(index)));
        for (EffectiveRow row : std::as_const(m_parts[size_t(index)].effective)) {
            row.person = person;
            row.flags |= userFlags.at(index);
            effectiveRows.append(row);
        }
    }
    m_context.reset();
    *effective = EffectiveAccess::fromParts(std::move(*m_graph), std::move(people),
                                            std::move(effectiveRows));
    m_graph.reset();
    m_parts.clear();
    m_assembled = 0;
    m_lookupsReady = false;
}

} // namespace ftmodels
