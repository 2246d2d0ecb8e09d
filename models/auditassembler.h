#pragma once

#include "auditbuilder.h"
#include "auditdata.h"
#include "effectiveaccess.h"

#include <QDateTime>
#include <QObject>
#include <QVector>

#include <deque>
#include <memory>
#include <vector>

class QTimer;

namespace ftmodels {

// Builds an audit's rows (direct and effective) person by person while the audit still runs,
// so that little is left to do after its last answer. A person's rows need the look-ups
// (roles, destinations and their connections, teams) and the person's own two membership
// lists: once lookupsReady() has been said, each personReady() person is assembled on a
// later event-loop turn, in slices of about sliceMs() so answers keep being handled between
// them. finish() assembles whoever is left and returns exactly what AuditBuilder::build()
// and EffectiveAccess::build() return for the same data, whatever was assembled before.
//
//   AuditAssembler assembler(&data);
//   assembler.lookupsReady();                 // data's look-ups are final
//   assembler.personReady(i);                 // both lists of data.users[i] are in
//   assembler.finish(now, &rows, &effective); // at the end
//
// `data` must outlive the assembler; a person's data must not change after personReady(),
// nor the look-ups after lookupsReady().
class AuditAssembler : public QObject
{
    Q_OBJECT

public:
    explicit AuditAssembler(const AuditData *data, QObject *parent = nullptr);
    ~AuditAssembler() override;

    void reset(); // forgets everything (a new run over the same AuditData)
    void lookupsReady();
    void personReady(int userIndex);

    int assembled() const { return m_assembled; } // people whose rows are built
    int waiting() const { return int(m_waiting.size()); } // ready, not yet built
    static constexpr int sliceMs() { return 2; }

    void finish(const QDateTime &now, QVector<AuditRow> *rows, EffectiveAccess *effective);

private:
    struct Part
    {
        bool done = false;
        QVector<AuditRow> rows; // without the person's own flags
        QVector<EffectiveRow> effective; // `person` unset, without the person's own flags
    };

    void assembleSome();
    void assemble(int userIndex);
    void prepare(); // the graph and the context, from the look-ups as they are now

    const AuditData *m_data;
    QTimer *m_timer;
    std::unique_ptr<AccessGraph> m_graph;
    std::unique_ptr<AuditBuilder::Context> m_context;
    std::vector<Part> m_parts; // by index in m_data->users
    std::deque<int> m_waiting;
    int m_assembled = 0;
    bool m_lookupsReady = false;
};

} // namespace ftmodels
