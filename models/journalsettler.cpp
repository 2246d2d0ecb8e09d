#include "journalsettler.h"

#include "apiclient.h"
#include "change.h"
#include "changeverifier.h"
#include "journal.h"
#include "jsonparsers.h"

#include <QTimer>

namespace ftmodels {

using namespace Qt::StringLiterals;
using State = ChangeVerifier::Verdict::State;

JournalSettler::JournalSettler(ftapi::ApiClient *client, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_verifier(new ChangeVerifier(client, this))
{
}

void JournalSettler::start()
{
    const QVector<JournalEntry> open =
        m_journal ? m_journal->unknownOutcomes() : QVector<JournalEntry>();
    m_pending = int(open.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &JournalSettler::finished);
        return;
    }
    for (const JournalEntry &e : open) {
        QString problem;
        const std::optional<Change> change = Change::fromJson(e.params, &problem);
        if (!change) {
            ++m_unknown;
            m_report.append(
                tr("Entry %1 (%2) cannot be read back: %3").arg(e.id).arg(e.words, problem));
            QTimer::singleShot(0, this, &JournalSettler::done);
            continue;
        }
        const qint64 id = e.id;
        const QString words = e.words;
        m_verifier->verify(
            *change, e.userId,
            [this, id, words, op = change->op](const ChangeVerifier::Verdict &v) {
                if (v.state == State::Unreadable) {
                    ++m_unknown;
                    m_report.append(tr("“%1”: still not known (%2); it is tried again "
                                       "next time.")
                                        .arg(words, v.error.userText()));
                    return done();
                }
                JournalEntry end;
                end.settled = true;
                end.endTime = QDateTime::currentDateTimeUtc();
                if (v.state == State::InEffect) {
                    end.outcome = u"applied"_s;
                    end.message = tr("The program stopped before the answer came; "
                                     "reading the state later showed it was made.");
                    if (v.user)
                        end.after = ftapi::toJson(*v.user);
                    else if (op == ChangeOp::DeleteUser)
                        end.after = { { u"exists"_s, false } };
                    else if (op == ChangeOp::DeleteMembership)
                        end.after = { { u"member"_s, false } };
                    else if (v.membership)
                        end.after = { { u"member"_s, true }, { u"role"_s, v.membership->role } };
                    m_report.append(tr("“%1” was made (the program had stopped "
                                       "before it heard).")
                                        .arg(words));
                } else {
                    end.outcome = u"failed"_s;
                    end.message = v.state == State::Impossible
                        ? v.why
                        : tr("The program stopped before the answer came; reading "
                             "the state later showed it was not made.");
                    m_report.append(tr("“%1” was not made (the program had stopped "
                                       "before it heard).")
                                        .arg(words));
                }
                if (m_journal->end(id, end))
                    ++m_settled;
                done();
            });
    }
}

void JournalSettler::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace ftmodels
