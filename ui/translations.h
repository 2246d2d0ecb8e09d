#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace ftui {

// Puts the console in the user's language: the console's own catalogue (compiled from
// resources/translations/*.ts into the library's resources as :/i18n/fivetran-admin_xx.qm)
// and Qt's (standard buttons, file dialogs; from Debian's qt6-translations-l10n when it is
// installed). English is the source language: its catalogue holds plural forms only.
class Translations
{
public:
    // Installs the catalogues for `locale` (its UI languages in order, e.g. de-AT, de) on the
    // application, replacing any installed before. Returns the language that was loaded ("de"),
    // or an empty string when the console stays English (then with English plural forms).
    static QString install(const QLocale &locale = QLocale::system());

    // The languages with a catalogue of the console's own, "en" first.
    static QStringList available();

    // Removes what install() put on the application: back to English.
    static void uninstall();

private:
    static QTranslator *s_own;
    static QTranslator *s_qt;
};

} // namespace ftui
