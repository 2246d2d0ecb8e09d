#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ftui {

using namespace Qt::StringLiterals;

QTranslator *Translations::s_own = nullptr;
QTranslator *Translations::s_qt = nullptr;

namespace {

const QString kCatalogues = u":/i18n"_s;
const QString kPrefix = u"fivetran-admin_"_s;

} // namespace

QString Translations::install(const QLocale &locale)
{
    uninstall();
    // The user's languages in order of preference; the first one we can speak wins, and
    // English (the source language) is always spoken, so it stops the search too.
    QString language;
    auto own = std::make_unique<QTranslator>();
    const QStringList preferred = locale.uiLanguages();
    for (const QString &ui : preferred) {
        const QString name = QString(ui).replace(u'-', u'_');
        const QString base = name.section(u'_', 0, 0);
        if (base == u"en"_s || base == u"C"_s || base.isEmpty())
            break;
        if (own->load(kPrefix + name, kCatalogues) || own->load(kPrefix + base, kCatalogues)) {
            language = base;
            break;
        }
    }
    if (language.isEmpty()) {
        // English: only the plural forms ("1 list", "2 lists") come from a catalogue.
        if (own->load(kPrefix + u"en"_s, kCatalogues)) {
            s_own = own.release();
            QCoreApplication::installTranslator(s_own);
        }
        return {};
    }
    s_own = own.release();
    QCoreApplication::installTranslator(s_own);
    // Dates and numbers in the same language as the words around them.
    QLocale::setDefault(QLocale(language));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt.release();
        QCoreApplication::installTranslator(s_qt);
    }
    return language;
}

void Translations::uninstall()
{
    if (s_own)
        QLocale::setDefault(QLocale::system());
    for (QTranslator **translator : { &s_own, &s_qt }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

QStringList Translations::available()
{
    QStringList languages { u"en"_s };
    const QStringList files =
        QDir(kCatalogues).entryList({ kPrefix + u"*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

} // namespace ftui
