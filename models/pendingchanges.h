#pragma once

#include "accountview.h"
#include "plan.h"
#include "plancheck.h"
#include "planrun.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>

#include <memory>

class QTimer;

namespace ftmodels {

class PlanReader;
class Session;

// The changes the window holds back until the person applies them: bulk actions, an import
// and "Add to Pending Changes" in a dialog add here instead of sending. One row per change,
// in plan order, with the change in words and what the plan's check says of it. The whole
// list is checked again after every change to it, first against the window's models and then,
// once what they lack (other people's memberships) has been read, completely. Apply hands
// the plan to the session; each change's outcome lands on its row, the changes that went
// through leave the list, and failed ones stay with the service's words, to try again.
//
//   pending->add(Plan({ Change::removeAccountRole(id).expecting(user) }));
//   if (PlanRun *run = pending->apply(&why)) connect(run, &PlanRun::progressChanged, ...);
class PendingChanges : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    enum class Severity { None, Warning, Error };
    Q_ENUM(Severity)

    enum DataRole {
        SeverityRole = Qt::UserRole + 1, // int(Severity) of the check's problems of the row
        ProblemsRole, // QStringList: the check's words about the row
        OutcomeRole, // int(PlanRun::Outcome) of the last attempt; Pending when never sent
        InEffectRole, // bool: already in effect, so applying sends nothing for it
    };

    explicit PendingChanges(Session *session, QObject *parent = nullptr);
    ~PendingChanges() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the Change column shows beside a change with a warning, and with an error (or a
    // failed attempt); none by default (the icons are the window's).
    void setSeverityIcons(const QIcon &warning, const QIcon &error);

    void add(const Plan &plan); // appended, in order
    // Takes rows out; false (and nothing removed) when one of them is being sent.
    bool removeChanges(QVector<int> rows);
    bool clear(); // Discard All; false while a run is under way
    bool isEmpty() const { return m_entries.isEmpty(); }
    int count() const { return int(m_entries.size()); }
    Plan plan() const;
    const Change &changeAt(int row) const { return m_entries.at(row).change; }

    const PlanCheck &check() const { return m_check; }
    // Reading (or about to read) what the complete check needs; check() is the models' view
    // meanwhile.
    bool isReading() const;
    // Requests in a row that must go one after another: one person's changes.
    int longestChain() const;
    // How long applying would take, from the answer time the scheduler measured; -1 while
    // the service has not answered yet.
    qint64 estimatedMs() const;
    static qint64 estimateMs(int requests, int longestChain, int inFlight, double answerMs);

    // Apply: refused (nullptr, with the reason in *why) while empty, under way, or when the
    // check found an error. The run belongs to the session; pause, resume and cancel it there.
    PlanRun *apply(QString *why = nullptr);
    PlanRun *run() const { return m_run; }
    bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    void checkChanged(); // check(), isReading() or the count changed
    void runStarted(ftmodels::PlanRun *run);
    // A run ended; its counts, and the words for the person.
    void runFinished(int succeeded, int failed, int notAttempted);

private:
    struct Entry
    {
        Change change;
        int runIndex = -1; // its index in the run under way, or -1
        PlanRun::Outcome outcome = PlanRun::Outcome::Pending; // the last attempt's
        QString message; // the last attempt's words (the service's, when it refused)
        // What the last check said of it.
        QString text;
        bool inEffect = false;
        QString inEffectText;
        QStringList problems;
        QString firstError;
        Severity severity = Severity::None;
    };

    void scheduleCheck();
    void recheck();
    void startReading();
    void onRead();
    void forgetReadState();
    void onChangeFinished(int index);
    int rowOfRunIndex(int index) const; // the row of the running plan's change, -1 if none
    void onRunFinished();
    QString statusText(const Entry &entry) const;

    Session *m_session = nullptr; // outlives the model
    QVector<Entry> m_entries;
    PlanCheck m_check;
    // The models' view, with what was read for the complete check (others' memberships).
    std::unique_ptr<AccountSnapshot> m_known;
    PlanReader *m_reader = nullptr;
    QTimer *m_checkTimer = nullptr;
    QPointer<PlanRun> m_run;
    QIcon m_warningIcon;
    QIcon m_errorIcon;
};

} // namespace ftmodels
