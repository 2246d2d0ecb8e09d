#include "edituserdialog.h"

#include "dialogvalidation.h"
#include "messagewidget.h"
#include "plan.h"
#include "planrun.h"
#include "rolepicker.h"
#include "rolesmodel.h"
#include "session.h"
#include "themecolours.h"
#include "usersmodel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ftui {

using namespace Qt::StringLiterals;
namespace check = DialogValidation;

EditUserDialog::EditUserDialog(ftmodels::Session *session, const QString &userId, QWidget *parent)
    : ApiDialog(session, parent)
{
    setObjectName(u"editUserDialog"_s);
    if (const ftapi::User *user = session->users()->user(userId)) {
        m_original = *user;
        m_found = true;
    } else {
        m_original.id = userId;
    }
    setWindowTitle(tr("Edit %1").arg(displayName(m_original)));
    setOkText(tr("Save Changes"));

    QFormLayout *form = addForm();
    m_email = new QLineEdit(m_original.email, this);
    m_email->setObjectName(u"email"_s);
    m_email->setReadOnly(true);
    addField(form, tr("E-mail:"), m_email);
    auto *emailNote = new QLabel(tr("The e-mail address cannot be changed. To use another "
                                    "address, invite it as a new user and delete this one."),
                                 this);
    emailNote->setObjectName(u"emailNote"_s);
    emailNote->setWordWrap(true);
    emailNote->setTextFormat(Qt::PlainText);
    emailNote->setStyleSheet(textStyle(TextTone::Secondary));
    form->addRow(QString(), emailNote);

    m_givenName = new QLineEdit(m_original.givenName, this);
    m_givenName->setObjectName(u"givenName"_s);
    addField(form, tr("&Given name:"), m_givenName, u"given_name"_s);

    m_familyName = new QLineEdit(m_original.familyName, this);
    m_familyName->setObjectName(u"familyName"_s);
    addField(form, tr("&Family name:"), m_familyName, u"family_name"_s);

    m_phone = new QLineEdit(m_original.phone.value_or(QString()), this);
    m_phone->setObjectName(u"phone"_s);
    m_phone->setPlaceholderText(tr("None: leave empty to remove it"));
    addField(form, tr("&Phone:"), m_phone, u"phone"_s);

    m_picture = new QLineEdit(m_original.picture.value_or(QString()), this);
    m_picture->setObjectName(u"picture"_s);
    m_picture->setPlaceholderText(tr("None: leave empty to remove it"));
    m_picture->setMaxLength(check::kMaxPictureDataLength + 1);
    addField(form, tr("P&icture:"), m_picture, u"picture"_s);

    m_role = new RolePicker(session->roles(), ftmodels::RolesModel::accountScope(), this);
    if (!m_original.role) {
        // PATCH cannot remove a role (API.md), so "none" is offered only to keep it that way.
        m_role->setNoneChoice(tr("No account role"),
                              tr("They reach only the destinations and connections they are "
                                 "added to."));
    }
    m_role->setCurrentRole(m_original.role);
    addField(form, tr("Account &role:"), m_role, u"role"_s);
    if (m_original.role) {
        auto *roleNote = new QLabel(tr("To take the account role away, use Remove Account Role "
                                       "in the User menu."),
                                    this);
        roleNote->setWordWrap(true);
        roleNote->setTextFormat(Qt::PlainText);
        roleNote->setStyleSheet(textStyle(TextTone::Secondary));
        form->addRow(QString(), roleNote);
    }
    connect(m_role, &RolePicker::roleActivated, this, [this] { markTouched(m_role); });
    connect(m_role, &RolePicker::roleChanged, this, &ApiDialog::revalidate);

    if (!m_found)
        showRefusal(tr("This user is no longer in the list. Press F5 to refresh."));
    m_givenName->setFocus();
    revalidate();

    // Start from the account as it is now: someone may have changed this user meanwhile.
    if (m_found) {
        connect(session, &ftmodels::Session::userRefreshed, this, [this](const QString &id) {
            const ftapi::User *fresh = this->session()->users()->user(id);
            if (id != m_original.id || !fresh || *fresh == m_original || anyFieldTouched()
                || isBusy())
                return;
            m_original = *fresh;
            m_givenName->setText(m_original.givenName);
            m_familyName->setText(m_original.familyName);
            m_phone->setText(m_original.phone.value_or(QString()));
            m_picture->setText(m_original.picture.value_or(QString()));
            m_role->setCurrentRole(m_original.role);
            revalidate();
        });
        session->refreshUser(userId);
    }
}

ftapi::UserUpdate EditUserDialog::update() const
{
    ftapi::UserUpdate update;
    const QString given = m_givenName->text().trimmed();
    if (given != m_original.givenName)
        update.givenName = given;
    const QString family = m_familyName->text().trimmed();
    if (family != m_original.familyName)
        update.familyName = family;

    const QString phone = m_phone->text().trimmed();
    if (phone != m_original.phone.value_or(QString())) {
        if (phone.isEmpty())
            update.clearPhone();
        else
            update.setPhone(phone);
    }
    const QString picture = m_picture->text().trimmed();
    if (picture != m_original.picture.value_or(QString())) {
        if (picture.isEmpty())
            update.clearPicture();
        else
            update.setPicture(picture);
    }
    const std::optional<QString> role = m_role->selectedRole();
    if (role && role != m_original.role)
        update.role = role;
    return update;
}

bool EditUserDialog::validate()
{
    const QString given = check::nameProblem(m_givenName->text(), check::Name::Given);
    const QString family = check::nameProblem(m_familyName->text(), check::Name::Family);
    const QString phone = check::phoneProblem(m_phone->text());
    const QString picture = check::pictureProblem(m_picture->text());
    QString role;
    bool roleRule = false;
    const std::optional<QString> chosen = m_role->selectedRole();
    if (!m_role->hasChoice()) {
        role = tr("Choose an account role.");
    } else if (chosen && chosen != m_original.role && !m_role->isKnownRole()) {
        role = tr("Choose a role from the list.");
    } else if (chosen != m_original.role && isLastAccountAdministrator(session(), m_original)) {
        role = tr("%1 is the account's only %2. Make someone else %2 first, so the account is "
                  "never left without one.")
                   .arg(displayName(m_original), accountAdministratorRole());
        roleRule = true;
    }
    setFieldProblem(m_givenName, given);
    setFieldProblem(m_familyName, family);
    setFieldProblem(m_phone, phone);
    setFieldProblem(m_picture, picture);
    setFieldProblem(m_role, role, roleRule);
    // Allowed, but said before sending: the change leaves one administrator.
    const QString warning = role.isEmpty() && chosen != m_original.role
        ? lastAdministratorWarning(session(), m_original)
        : QString();
    if (warning != m_administratorWarning) {
        if (!warning.isEmpty())
            banner()->showMessage(warning, MessageWidget::Type::Warning);
        else
            banner()->hideMessage();
        m_administratorWarning = warning;
    }
    return m_found && given.isEmpty() && family.isEmpty() && phone.isEmpty() && picture.isEmpty()
        && role.isEmpty() && !update().isEmpty();
}

void EditUserDialog::submit()
{
    const ftapi::UserUpdate changes = update();
    applyPlan(ftmodels::Plan(
                  { ftmodels::Change::modifyUser(m_original.id, changes).expecting(m_original) }),
              tr("Saving…"), [this](const ftmodels::PlanRun &run) {
                  const ftmodels::PlanRun::Result &r = run.result(0);
                  const ftapi::User saved = r.user.value_or(m_original);
                  Q_EMIT userChanged(saved.id);
                  succeed(tr("Saved the changes to %1").arg(displayName(saved)));
              });
}

QWidget *EditUserDialog::fieldForError(const ftapi::ApiError &error) const
{
    if (error.problem() == ftapi::ApiError::Problem::LastAccountAdministrator)
        return m_role;
    return ApiDialog::fieldForError(error);
}

} // namespace ftui
