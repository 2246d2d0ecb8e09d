#include "apidialog.h"

#include "changewords.h"
#include "dialogfit.h"
#include "messagewidget.h"
#include "pendingchanges.h"
#include "plan.h"
#include "planrun.h"
#include "requestscheduler.h"
#include "session.h"
#include "themecolours.h"
#include "usersmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

// A form caption as a screen reader should say it: no mnemonic marker, no trailing colon.
QString accessibleLabel(const QString &caption)
{
    QString text = caption;
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

} // namespace

ApiDialog::ApiDialog(ftmodels::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(480);

    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(10);

    m_banner = new MessageWidget(this);
    m_banner->setObjectName(u"dialogBanner"_s);
    outer->addWidget(m_banner);

    m_form = new QWidget(this);
    m_content = new QVBoxLayout(m_form);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(10);
    outer->addWidget(m_form, 1);

    auto *busyRow = new QHBoxLayout;
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(u"busyText"_s);
    m_busyText->setTextFormat(Qt::PlainText);
    m_busyText->hide();
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0); // moving without a percentage: the service says nothing of progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    busyRow->addWidget(m_busyText);
    busyRow->addWidget(m_busy, 1);
    outer->addLayout(busyRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);
    m_ok->setEnabled(false);
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApiDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApiDialog::reject);

    // A rate limit (429) holds the call in the queue: the busy line counts down, so the
    // person sees why nothing happens yet and that nothing is lost.
    m_pauseTick = new QTimer(this);
    m_pauseTick->setInterval(1000);
    connect(m_pauseTick, &QTimer::timeout, this, &ApiDialog::updateBusyText);
    if (ftapi::ApiClient *api = client(); api && api->scheduler()) {
        // Only the service's own wait holds a dialog's call; a long job's wait for the hourly
        // budget leaves it the reserve.
        ftapi::RequestScheduler *scheduler = api->scheduler();
        m_pausedUntil = scheduler->isPaused() ? scheduler->pausedUntil() : QDateTime();
        connect(scheduler, &ftapi::RequestScheduler::pausedUntilChanged, this,
                [this, scheduler](const QDateTime &until) {
                    m_pausedUntil = scheduler->isPaused() ? until : QDateTime();
                    updateBusyText();
                });
    }
}

ApiDialog::~ApiDialog()
{
    // Closed some other way than Cancel (the parent went away): no answer may arrive later.
    // A change under way is the session's and ends on its own.
    if (m_call != 0 && client())
        client()->cancel(m_call);
}

ftapi::ApiClient *ApiDialog::client() const
{
    return m_session ? m_session->client() : nullptr;
}

QString ApiDialog::fieldError(QWidget *field) const
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.cend() || it->errorLabel->isHidden())
        return {};
    return it->errorLabel->text();
}

QString ApiDialog::accountAdministratorRole()
{
    return u"Account Administrator"_s;
}

bool ApiDialog::isLastAccountAdministrator(const ftmodels::Session *session,
                                           const ftapi::User &user)
{
    if (!session || user.role != accountAdministratorRole())
        return false;
    const ftmodels::PlanCheck check =
        session->check(ftmodels::Plan({ ftmodels::Change::removeAccountRole(user.id) }));
    for (const ftmodels::PlanProblem &p : check.problems) {
        if (p.kind == ftmodels::PlanProblem::Kind::Lockout)
            return true;
    }
    return false;
}

bool ApiDialog::event(QEvent *event)
{
    // The layout has taken in what changed (a banner, a field's error, the busy line) before
    // the dialog sees the request: fit the height to it, growing and shrinking back.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest && isVisible())
        fitHeightToWords(this);
    return handled;
}

void ApiDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field sends once the form is valid and otherwise says everything that is
    // missing; a disabled default button would swallow it without a word. A focused button
    // takes Enter itself before it gets here.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        event->accept();
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString ApiDialog::lastAdministratorWarning(const ftmodels::Session *session,
                                            const ftapi::User &user)
{
    if (!session || user.role != accountAdministratorRole())
        return {};
    const ftmodels::PlanCheck check =
        session->check(ftmodels::Plan({ ftmodels::Change::removeAccountRole(user.id) }));
    for (const ftmodels::PlanProblem &p : check.problems) {
        if (p.kind == ftmodels::PlanProblem::Kind::LastAdministrator)
            return p.text;
    }
    return {};
}

QString ApiDialog::displayName(const ftapi::User &user)
{
    const QString name = user.fullName().trimmed();
    return name.isEmpty() ? user.email : name;
}

QLabel *ApiDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_form);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->addWidget(note);
    return note;
}

QFormLayout *ApiDialog::addForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_content->addLayout(form);
    return form;
}

void ApiDialog::addField(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &jsonName)
{
    auto *box = new QWidget(m_form);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(jsonName.isEmpty() ? u"fieldError"_s : u"fieldError_"_s + jsonName);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(textStyle(TextTone::Error));
    error->hide();
    layout->addWidget(error);

    auto *caption = new QLabel(label, m_form);
    caption->setTextFormat(Qt::PlainText); // may carry server data, e.g. an e-mail
    caption->setBuddy(field);
    // The caption is the box's neighbour, not the field's, so accessibility tools would not find
    // it as the field's label: name the field (and what takes its focus) after it.
    const QString name = accessibleLabel(label);
    for (QWidget *named : { field, field->focusProxy() }) {
        if (named && named->accessibleName().isEmpty())
            named->setAccessibleName(name);
    }
    form->addRow(caption, box);

    m_fields.insert(field, FieldState { error, {}, {}, false });
    if (!jsonName.isEmpty())
        m_jsonFields.insert(jsonName, field);

    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        connect(line, &QLineEdit::textEdited, this, [this, field] { markTouched(field); });
        connect(line, &QLineEdit::textChanged, this, &ApiDialog::revalidate);
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::activated, this, [this, field] { markTouched(field); });
        connect(combo, &QComboBox::currentIndexChanged, this, &ApiDialog::revalidate);
    }
}

void ApiDialog::setOkText(const QString &text)
{
    m_ok->setText(text);
}

void ApiDialog::setFieldProblem(QWidget *field, const QString &problem, bool showNow)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end() || (it->problem == problem && (!showNow || it->touched)))
        return;
    it->problem = problem;
    if (showNow && !problem.isEmpty())
        it->touched = true;
    updateFieldLabel(field);
}

void ApiDialog::setServerFieldError(QWidget *field, const QString &text)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    it->serverError = text;
    updateFieldLabel(field);
}

void ApiDialog::markTouched(QWidget *field)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    it->touched = true;
    it->serverError.clear(); // the person is answering it
    revalidate();
    updateFieldLabel(field);
}

bool ApiDialog::anyFieldTouched() const
{
    for (const FieldState &state : m_fields) {
        if (state.touched)
            return true;
    }
    return false;
}

void ApiDialog::updateFieldLabel(QWidget *field)
{
    const FieldState &state = m_fields[field];
    const QString text =
        state.touched && !state.problem.isEmpty() ? state.problem : state.serverError;
    state.errorLabel->setText(text);
    state.errorLabel->setVisible(!text.isEmpty());
    field->setToolTip(text);
}

void ApiDialog::showRefusal(const QString &text)
{
    m_refused = true;
    m_banner->showMessage(text, MessageWidget::Type::Warning);
    m_ok->setEnabled(false);
    syncPendingButton();
}

void ApiDialog::revalidate()
{
    m_valid = validate();
    m_ok->setEnabled(m_valid && !m_refused && !isBusy());
    syncPendingButton();
}

void ApiDialog::setPendingChanges(ftmodels::PendingChanges *pending)
{
    m_pending = pending;
    if (!pending || m_toPendingButton)
        return;
    m_toPendingButton =
        m_buttons->addButton(tr("Add to &Pending Changes"), QDialogButtonBox::ActionRole);
    m_toPendingButton->setObjectName(u"addToPendingButton"_s);
    m_toPendingButton->setToolTip(tr("Hold this change back with the other pending changes, "
                                     "to review and apply them together"));
    connect(m_toPendingButton, &QPushButton::clicked, this, [this] {
        m_toPending = true;
        accept(); // validates, then submit() hands its plan to applyPlan()
        m_toPending = false;
    });
    syncPendingButton();
}

void ApiDialog::syncPendingButton()
{
    if (m_toPendingButton)
        m_toPendingButton->setEnabled(m_ok->isEnabled() && m_pending);
}

void ApiDialog::accept()
{
    if (isBusy() || m_refused)
        return;
    m_valid = validate();
    if (!m_valid) {
        // Enter in a field with OK disabled: say everything that is missing, not just some.
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
            it->touched = true;
            updateFieldLabel(it.key());
        }
        m_ok->setEnabled(false);
        syncPendingButton();
        return;
    }
    if (!client()) {
        m_banner->showMessage(tr("Not connected to a Fivetran account, so nothing can be "
                                 "changed. Close this window and connect again."),
                              MessageWidget::Type::Error);
        return;
    }
    m_banner->hideMessage();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->serverError.isEmpty()) {
            it->serverError.clear();
            updateFieldLabel(it.key());
        }
    }
    submit();
}

void ApiDialog::reject()
{
    const bool reading = m_call != 0;
    if (reading) {
        const ftapi::ApiClient::CallId call = m_call;
        m_call = 0;
        if (client())
            client()->cancel(call);
    }
    ftmodels::PlanRun *run = m_run.data();
    if (run) {
        m_run = nullptr;
        disconnect(run, nullptr, this, nullptr);
        run->cancel();
    }
    QDialog::reject();
    if (run && !run->isFinished())
        Q_EMIT cancelledWhileSending(run);
}

QWidget *ApiDialog::fieldForError(const ftapi::ApiError &error) const
{
    if (error.kind != ftapi::ApiError::Kind::Http)
        return nullptr;
    static const QRegularExpression fieldPattern(u"Field '([A-Za-z_]+)'"_s);
    const QRegularExpressionMatch match = fieldPattern.match(error.message);
    if (match.hasMatch())
        return m_jsonFields.value(match.captured(1));
    if (error.message.startsWith("Role '"_L1))
        return m_jsonFields.value(u"role"_s);
    if (error.problem() == ftapi::ApiError::Problem::AlreadyExists
        && error.message.contains("email"_L1, Qt::CaseInsensitive))
        return m_jsonFields.value(u"email"_s);
    if (error.problem() == ftapi::ApiError::Problem::LastAccountAdministrator)
        return m_jsonFields.value(u"role"_s);
    return nullptr;
}

QString ApiDialog::adviceFor(const ftapi::ApiError &error) const
{
    Q_UNUSED(error)
    return {};
}

void ApiDialog::applyPlan(const ftmodels::Plan &plan, const QString &busyText,
                          std::function<void(const ftmodels::PlanRun &run)> done)
{
    if (!m_session || m_run)
        return;
    if (ftmodels::PendingChanges *pending = m_pending.data(); m_toPending && pending) {
        pending->add(plan);
        succeed(
            plan.size() == 1
                ? tr("Added to Pending Changes: %1")
                      .arg(ftmodels::ChangeWords::describe(plan.at(0), m_session->accountView()))
                : tr("Added %n change(s) to Pending Changes", nullptr, plan.size()));
        return;
    }
    ftmodels::PlanRun *run = m_session->apply(plan);
    m_run = run;
    setBusy(true, busyText);
    connect(run, &ftmodels::PlanRun::finished, this,
            [this, run, done = std::move(done)] { onRunFinished(run, done); });
}

void ApiDialog::onRunFinished(ftmodels::PlanRun *run,
                              const std::function<void(const ftmodels::PlanRun &)> &done)
{
    m_run = nullptr;
    setBusy(false);
    if (run->succeeded()) {
        done(*run);
        return;
    }
    if (run->wasRefused()) {
        // The check found what the service would refuse (or worse, allow): say it where it
        // belongs, keep everything typed.
        const ftmodels::PlanProblem *shown = nullptr;
        for (const ftmodels::PlanProblem &p : run->check().problems) {
            if (p.severity == ftmodels::PlanProblem::Severity::Error) {
                shown = &p;
                break;
            }
        }
        const QString text = shown ? shown->text : tr("The change was not sent.");
        m_banner->showMessage(text, MessageWidget::Type::Error);
        if (QWidget *field = shown ? fieldForProblem(*shown) : nullptr) {
            setServerFieldError(field, text);
            field->setFocus();
        }
        return;
    }
    for (const ftmodels::PlanRun::Result &r : run->results()) {
        if (r.outcome != ftmodels::PlanRun::Outcome::Failed
            && r.outcome != ftmodels::PlanRun::Outcome::NotAttempted)
            continue;
        const bool serverWords = !r.outcomeUnknown
            && (r.error.kind != ftapi::ApiError::Kind::Http || r.error.httpStatus > 0);
        if (serverWords) {
            fail(r.error);
        } else {
            // The pipeline's own words: what it found when it read the state.
            m_banner->showMessage(r.message, MessageWidget::Type::Error);
        }
        return;
    }
}

QWidget *ApiDialog::fieldForProblem(const ftmodels::PlanProblem &problem) const
{
    using Kind = ftmodels::PlanProblem::Kind;
    switch (problem.kind) {
    case Kind::UnknownRole:
    case Kind::WrongScope:
    case Kind::Lockout:
        return m_jsonFields.value(u"role"_s);
    case Kind::AlreadyUser:
    case Kind::InvalidField:
        return m_jsonFields.value(u"email"_s);
    case Kind::UnknownTarget:
    case Kind::AlreadyMember:
        return m_jsonFields.value(u"id"_s);
    default:
        return nullptr;
    }
}

void ApiDialog::beginCall(ftapi::ApiClient::CallId call, const QString &busyText)
{
    m_call = call;
    setBusy(true, busyText);
}

void ApiDialog::endCall()
{
    m_call = 0;
    setBusy(false);
}

QString ApiDialog::busyText() const
{
    return m_busyText->isVisible() ? m_busyText->text() : QString();
}

void ApiDialog::updateBusyText()
{
    const int seconds = ftapi::RequestScheduler::secondsLeft(m_pausedUntil);
    const bool paused = isBusy() && seconds > 0;
    if (paused != m_pauseTick->isActive()) {
        if (paused)
            m_pauseTick->start();
        else
            m_pauseTick->stop();
    }
    const QString text = paused ? tr("Fivetran asked to slow down; sending in %1…")
                                      .arg(ftapi::ApiError::durationText(seconds))
                                : m_busyWords;
    m_busyText->setText(text);
    m_busyText->setVisible(isBusy() && !text.isEmpty());
}

void ApiDialog::setBusy(bool busy, const QString &text)
{
    if (busy) {
        if (QWidget *focused = focusWidget(); focused && focused != m_cancel)
            m_focusBeforeBusy = focused;
    }
    m_busyWords = busy ? text : QString();
    updateBusyText();
    m_busy->setVisible(busy);
    // Locked while the call runs, so what failed is exactly what is still on screen.
    m_form->setEnabled(!busy);
    m_ok->setEnabled(!busy && m_valid && !m_refused);
    syncPendingButton();
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_cancel->setFocus();
    } else {
        unsetCursor();
        // Back where the person was, so Enter sends again instead of pressing Cancel and
        // losing everything typed.
        QWidget *back = m_focusBeforeBusy.data();
        if (back && back->isEnabled() && (m_cancel->hasFocus() || !focusWidget()))
            back->setFocus();
    }
}

void ApiDialog::fail(const ftapi::ApiError &error)
{
    if (error.kind == ftapi::ApiError::Kind::Cancelled)
        return; // the dialog is closing
    QString text = error.userText();
    const QString advice = adviceFor(error);
    if (!advice.isEmpty())
        text += u' ' + advice;
    m_banner->showMessage(text, MessageWidget::Type::Error);
    if (QWidget *field = fieldForError(error)) {
        setServerFieldError(field, error.userText());
        field->setFocus();
    }
}

void ApiDialog::succeed(const QString &statusText)
{
    Q_EMIT succeeded(statusText);
    QDialog::accept();
}

} // namespace ftui
