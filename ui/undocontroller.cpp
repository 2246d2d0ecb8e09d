#include "undocontroller.h"

#include "mainactions.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "messagewidget.h"
#include "planrun.h"
#include "session.h"
#include "undoplanner.h"

#include <QAction>
#include <QStatusBar>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kStatusTimeoutMs = 10000;

} // namespace

UndoController::UndoController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"undoController"_s);
    connect(window->actions()->undo, &QAction::triggered, this, &UndoController::undoLast);
    connect(window->session(), &ftmodels::Session::journalChanged, this,
            &UndoController::updateAction);
    updateAction();
}

void UndoController::updateAction()
{
    QAction *action = m_window->actions()->undo;
    const ftmodels::Journal *journal = m_window->session()->journal();
    const QString batch = journal ? journal->lastUndoableBatch() : QString();
    if (batch.isEmpty() || m_busy) {
        action->setText(tr("&Undo"));
        action->setEnabled(false);
        return;
    }
    ftmodels::JournalFilter filter;
    filter.batch = batch;
    // Names may hold '&', which a menu would take for a mnemonic.
    action->setText(
        ftmodels::UndoPlanner::undoWords(journal->entries(filter)).replace(u'&', u"&&"_s));
    action->setEnabled(true);
}

void UndoController::undoLast()
{
    const ftmodels::Journal *journal = m_window->session()->journal();
    if (!journal || m_busy)
        return;
    ftmodels::JournalFilter filter;
    filter.batch = journal->lastUndoableBatch();
    if (filter.batch.isEmpty())
        return;
    undo(journal->entries(filter));
}

void UndoController::undo(const QVector<ftmodels::JournalEntry> &entries)
{
    ftmodels::Session *session = m_window->session();
    if (!session->journal() || m_busy || entries.isEmpty())
        return;
    const ftmodels::UndoPlanner::Undo undo =
        ftmodels::UndoPlanner::plan(entries, *session->journal());
    if (undo.plan.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Nothing to undo: %1").arg(undo.skipped.join(u"; "_s)), kStatusTimeoutMs);
        return;
    }
    m_busy = true;
    updateAction();
    m_window->statusBar()->showMessage(tr("Checking the undo…"));
    // Read and check first: the account may have changed since, and the person should know
    // before anything is sent.
    ftmodels::PlanRun *check = session->checkOnly(undo.plan);
    const QString words = undo.words;
    const QStringList losses = undo.losses;
    connect(check, &ftmodels::PlanRun::finished, this,
            [this, check, words, losses] { onChecked(check, words, losses); });
}

void UndoController::onChecked(ftmodels::PlanRun *check, const QString &words,
                               const QStringList &losses)
{
    m_window->statusBar()->clearMessage();
    if (check->wasRefused()) {
        m_busy = false;
        updateAction();
        m_window->banner()->showMessage(
            tr("%1 cannot be done: %2").arg(words, check->check().firstError()),
            MessageWidget::Type::Error);
        Q_EMIT undoFinished(false);
        return;
    }
    QStringList said = losses;
    // Asked about: what cannot come back, and what someone changed since (an undo restores
    // what was; that a role it restores is deprecated is no reason to stop and ask).
    for (const ftmodels::PlanProblem &p : check->check().problems) {
        if (p.kind == ftmodels::PlanProblem::Kind::StateChanged)
            said.append(p.text);
    }
    const ftmodels::Plan plan = check->plan();
    if (said.isEmpty()) {
        applyUndo(plan, words);
        return;
    }
    MessageBox::confirm(m_window, tr("Undo"),
                        tr("%1\n\nBefore it runs:\n• %2").arg(words, said.join(u"\n• "_s)),
                        tr("Undo"), this, [this, plan, words](bool yes) {
                            if (yes) {
                                applyUndo(plan, words);
                                return;
                            }
                            m_busy = false;
                            updateAction();
                            Q_EMIT undoFinished(false);
                        });
}

void UndoController::applyUndo(const ftmodels::Plan &plan, const QString &words)
{
    m_window->statusBar()->showMessage(tr("%1…").arg(words));
    ftmodels::PlanRun *run = m_window->session()->apply(plan);
    connect(run, &ftmodels::PlanRun::finished, this, [this, run, words] {
        m_busy = false;
        m_window->statusBar()->clearMessage();
        if (run->succeeded()) {
            m_window->statusBar()->showMessage(tr("%1: done").arg(words), kStatusTimeoutMs);
        } else {
            QString why = run->wasRefused() ? run->check().firstError() : QString();
            for (const ftmodels::PlanRun::Result &r : run->results()) {
                if (why.isEmpty() && r.outcome == ftmodels::PlanRun::Outcome::Failed)
                    why = r.message;
            }
            m_window->banner()->showMessage(tr("%1 did not go through: %2").arg(words, why),
                                            MessageWidget::Type::Error);
        }
        updateAction();
        Q_EMIT undoFinished(run->succeeded());
    });
}

} // namespace ftui
