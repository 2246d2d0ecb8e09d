#include "inviteuserdialog.h"

#include "dialogvalidation.h"
#include "plan.h"
#include "planrun.h"
#include "rolepicker.h"
#include "rolesmodel.h"
#include "session.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ftui {

using namespace Qt::StringLiterals;
namespace check = DialogValidation;

namespace {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

InviteUserDialog::InviteUserDialog(ftmodels::Session *session, QWidget *parent)
    : ApiDialog(session, parent)
{
    setObjectName(u"inviteUserDialog"_s);
    setWindowTitle(tr("Invite User"));
    setOkText(tr("Send Invitation"));
    addNote(tr("Fivetran e-mails the person an invitation. Until they accept it, they are "
               "listed as “Invitation pending”."));

    QFormLayout *form = addForm();
    m_email = new QLineEdit(this);
    m_email->setObjectName(u"email"_s);
    m_email->setPlaceholderText(tr("ann.lee@example.com"));
    m_email->setMaxLength(check::kMaxEmailLength + 20);
    addField(form, tr("&E-mail:"), m_email, u"email"_s);

    m_givenName = new QLineEdit(this);
    m_givenName->setObjectName(u"givenName"_s);
    addField(form, tr("&Given name:"), m_givenName, u"given_name"_s);

    m_familyName = new QLineEdit(this);
    m_familyName->setObjectName(u"familyName"_s);
    addField(form, tr("&Family name:"), m_familyName, u"family_name"_s);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"phone"_s);
    m_phone->setPlaceholderText(tr("Optional"));
    addField(form, tr("&Phone:"), m_phone, u"phone"_s);

    m_picture = new QLineEdit(this);
    m_picture->setObjectName(u"picture"_s);
    m_picture->setPlaceholderText(tr("Optional link to a picture (https://...)"));
    // Longer than allowed, so an oversized data: URI is refused in words, not cut short.
    m_picture->setMaxLength(check::kMaxPictureDataLength + 1);
    addField(form, tr("P&icture:"), m_picture, u"picture"_s);

    m_role = new RolePicker(session->roles(), ftmodels::RolesModel::accountScope(), this);
    m_role->setNoneChoice(tr("No account role"),
                          tr("They can sign in and reach only the destinations and connections "
                             "they are added to."));
    addField(form, tr("Account &role:"), m_role, u"role"_s);
    connect(m_role, &RolePicker::roleActivated, this, [this] { markTouched(m_role); });
    connect(m_role, &RolePicker::roleChanged, this, &ApiDialog::revalidate);

    m_email->setFocus();
    revalidate();
}

ftapi::NewUser InviteUserDialog::newUser() const
{
    ftapi::NewUser user;
    user.email = m_email->text().trimmed();
    user.givenName = m_givenName->text().trimmed();
    user.familyName = m_familyName->text().trimmed();
    user.phone = optionalText(m_phone);
    user.picture = optionalText(m_picture);
    user.role = m_role->selectedRole();
    return user;
}

bool InviteUserDialog::validate()
{
    const QString email = check::emailProblem(m_email->text());
    const QString given = check::nameProblem(m_givenName->text(), check::Name::Given);
    const QString family = check::nameProblem(m_familyName->text(), check::Name::Family);
    const QString phone = check::phoneProblem(m_phone->text());
    const QString picture = check::pictureProblem(m_picture->text());
    QString role;
    if (!m_role->hasChoice())
        role = m_role->isLoaded() ? tr("Choose an account role, or “No account role”.")
                                  : tr("Wait for the roles to load, or choose “No account role”.");
    setFieldProblem(m_email, email);
    setFieldProblem(m_givenName, given);
    setFieldProblem(m_familyName, family);
    setFieldProblem(m_phone, phone);
    setFieldProblem(m_picture, picture);
    setFieldProblem(m_role, role);
    return email.isEmpty() && given.isEmpty() && family.isEmpty() && phone.isEmpty()
        && picture.isEmpty() && role.isEmpty();
}

void InviteUserDialog::submit()
{
    const ftapi::NewUser user = newUser();
    applyPlan(ftmodels::Plan({ ftmodels::Change::createUser(user) }), tr("Sending the invitation…"),
              [this, user](const ftmodels::PlanRun &run) {
                  const ftmodels::PlanRun::Result &r = run.result(0);
                  ftapi::User invited;
                  invited.email = user.email;
                  invited.givenName = user.givenName;
                  invited.familyName = user.familyName;
                  Q_EMIT userInvited(r.userId);
                  succeed(r.outcome == ftmodels::PlanRun::Outcome::AlreadyInEffect
                              ? tr("%1 is already a user with these details").arg(user.email)
                              : tr("Invited %1").arg(displayName(r.user.value_or(invited))));
              });
}

QString InviteUserDialog::adviceFor(const ftapi::ApiError &error) const
{
    // An answer that went missing was settled by reading the users before this failure was
    // reported: what failed did not happen, so sending it again is safe.
    if (error.isRetryable())
        return tr("Nothing was created; you can send the invitation again.");
    return {};
}

} // namespace ftui
