#include "dialogvalidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ftui::DialogValidation {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ftui::DialogValidation", text);
}

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}

} // namespace

QString emailProblem(const QString &email)
{
    const QString value = email.trimmed();
    if (value.isEmpty())
        return tr("Enter the person's e-mail address.");
    if (value.size() > kMaxEmailLength)
        return tr("This e-mail address is too long.");
    // Deliberately loose: the server has the last word, this only catches typing slips.
    static const QRegularExpression shape(uR"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"_s);
    if (!shape.match(value).hasMatch())
        return tr("This does not look like an e-mail address (like ann.lee@example.com).");
    return {};
}

QString nameProblem(const QString &name, Name which)
{
    const bool given = which == Name::Given;
    const QString value = name.trimmed();
    if (value.isEmpty())
        return given ? tr("Enter the given name.") : tr("Enter the family name.");
    if (value.size() > kMaxNameLength)
        return (given ? tr("The given name can be at most %1 characters long.")
                      : tr("The family name can be at most %1 characters long."))
            .arg(kMaxNameLength);
    if (hasLineBreak(value))
        return given ? tr("The given name must be on one line.")
                     : tr("The family name must be on one line.");
    return {};
}

QString phoneProblem(const QString &phone)
{
    const QString value = phone.trimmed();
    if (value.isEmpty())
        return {};
    if (value.size() > kMaxPhoneLength)
        return tr("This phone number is too long.");
    static const QRegularExpression allowed(uR"(^\+?[0-9 ()\-./]+$)"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    if (!allowed.match(value).hasMatch() || value.count(digit) < 3)
        return tr("Use digits, spaces and + ( ) - only, like +1 415 555 0142.");
    return {};
}

QString pictureProblem(const QString &picture)
{
    const QString value = picture.trimmed();
    if (value.isEmpty())
        return {};
    if (value.startsWith("data:"_L1, Qt::CaseInsensitive)) {
        if (!value.startsWith("data:image/"_L1, Qt::CaseInsensitive) || !value.contains(u','))
            return tr("A data: picture must be an image (data:image/png;base64,...).");
        if (value.size() > kMaxPictureDataLength)
            return tr("This picture is too large; use a smaller image or a link to it.");
        return {};
    }
    if (value.size() > kMaxPictureUrlLength)
        return tr("This link is too long.");
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty())
        return tr("Enter a link to the picture (https://...) or leave this empty.");
    return {};
}

} // namespace ftui::DialogValidation
