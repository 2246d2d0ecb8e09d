// The console in German: the main window (title, menus, actions and their tips, toolbar,
// table headers, labels, buttons, tooltips, placeholders) is walked with the German catalogue
// installed and compared with the same window in English; a text that is the same in both is
// an untranslated string, unless it is the account's own data (names, e-mails, role names
// from the API), a number, or a proper noun.
#include "../ui/uifixture.h"
#include "apiclient.h"
#include "apierror.h"
#include "mainactions.h"
#include "pendingchangespanel.h"
#include "timeformat.h"
#include "translations.h"
#include "usersview.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {

using Texts = QMap<QString, QString>; // where -> what it says

const QString kUser = u"keen_walnut"_s;

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(u'&');
    return text.simplified();
}

void add(Texts &texts, const QString &where, const QString &what)
{
    const QString text = plain(what);
    if (!text.isEmpty())
        texts.insert(where, text);
}

void addAction(Texts &texts, const QString &where, const QAction *action)
{
    add(texts, where + u" text"_s, action->text());
    add(texts, where + u" tooltip"_s, action->toolTip());
    add(texts, where + u" status tip"_s, action->statusTip());
    add(texts, where + u" whats this"_s, action->whatsThis());
}

QString path(const QWidget *w)
{
    QStringList parts;
    for (; w; w = w->parentWidget()) {
        QString part = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            part += u'#' + w->objectName();
        const QWidget *parent = w->parentWidget();
        if (parent)
            part +=
                u'[' + QString::number(parent->children().indexOf(const_cast<QWidget *>(w))) + u']';
        parts.prepend(part);
    }
    return parts.join(u'/');
}

// Everything the main window says that is not the account's data: chrome only.
Texts collect(ftui::MainWindow *window)
{
    Texts texts;
    add(texts, u"window title"_s, window->windowTitle());
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *menu : menus) {
        addAction(texts, u"menu "_s + menu->objectName() + QString::number(menus.indexOf(menu)),
                  menu);
        const QList<QAction *> entries = menu->menu()->actions();
        for (qsizetype i = 0; i < entries.size(); ++i)
            addAction(texts, u"menu %1 entry %2"_s.arg(menus.indexOf(menu)).arg(i), entries.at(i));
    }
    for (const QAction *action : window->actions()->all())
        addAction(texts, u"action "_s + QString::number(window->actions()->all().indexOf(action)),
                  action);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        const QString where = path(w);
        add(texts, where + u" tooltip"_s, w->toolTip());
        add(texts, where + u" accessible name"_s, w->accessibleName());
        add(texts, where + u" accessible description"_s, w->accessibleDescription());
        add(texts, where + u" window title"_s, w->windowTitle());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            add(texts, where + u" label"_s, label->text());
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(texts, where + u" button"_s, button->text());
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            add(texts, where + u" placeholder"_s, edit->placeholderText());
        if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, where + u" item "_s + QString::number(i), combo->itemText(i));
        }
        if (const auto *tabs = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, where + u" tab "_s + QString::number(i), tabs->tabText(i));
        }
        if (const auto *table = qobject_cast<const QTableView *>(w); table && table->model()) {
            const QAbstractItemModel *model = table->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(texts, where + u" header "_s + QString::number(c),
                    model->headerData(c, Qt::Horizontal).toString());
                add(texts, where + u" header tip "_s + QString::number(c),
                    model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
    }
    return texts;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private:
    // The words of the demo account's data, which no translation changes.
    static QSet<QString> dataWords(fttest::TestSandbox &sandbox)
    {
        QStringList data;
        const ftsandbox::SandboxStore &store = sandbox.store();
        for (const ftsandbox::SandboxUser &u : store.users())
            data << u.id << u.email << u.givenName << u.familyName << u.phone.value_or(QString())
                 << u.role.value_or(QString());
        for (const ftsandbox::SandboxGroup &g : store.groups())
            data << g.id << g.name;
        for (const ftsandbox::SandboxConnection &c : store.connections())
            data << c.id << c.schema << c.service;
        for (const ftsandbox::SandboxRole &r : store.roles())
            data << r.name << r.description;
        data << sandbox.server().baseUrl().toString();
        QSet<QString> words;
        static const QRegularExpression separator(u"[^\\p{L}\\p{N}_@.]+"_s);
        for (const QString &text : std::as_const(data)) {
            words.insert(text);
            for (const QString &word : text.split(separator, Qt::SkipEmptyParts))
                words.insert(word);
        }
        return words;
    }

    // A text that may legitimately read the same in both languages.
    static bool isNeutral(const QString &text, const QSet<QString> &data)
    {
        static const QSet<QString> properNouns {
            u"Fivetran"_s, u"Fivetran Admin"_s, u"OK"_s, u"API"_s, u"CSV"_s, u"JSON"_s, u"ID"_s
        };
        if (properNouns.contains(text) || data.contains(text))
            return true;
        static const QRegularExpression separator(u"[^\\p{L}\\p{N}_@.]+"_s);
        for (const QString &word : text.split(separator, Qt::SkipEmptyParts)) {
            const bool number = word.front().isDigit();
            if (!number && !properNouns.contains(word) && !data.contains(word))
                return false;
        }
        return true;
    }

    // The main window on the demo account, loaded, a user and a membership tab shown.
    static Texts walk(fttest::UiFixture &f)
    {
        ftui::MainWindow *window = f.openWindow();
        if (!QTest::qWaitForWindowExposed(window) || !f.startAndWait())
            return {};
        if (!window->usersView()->selectUser(kUser) || !f.waitIdle())
            return {};
        return collect(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fttest::useTestSettings();
        QVERIFY(ftui::Translations::available().contains(u"de"_s));
    }

    void cleanup() { ftui::Translations::uninstall(); }

    void loadsByLocale()
    {
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
        QCOMPARE(QCoreApplication::translate("ftui::MainWindow", "&File"), u"&Datei"_s);
        // English first in the user's list: the source language, nothing loaded.
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::English, QLocale::Germany)),
                 QString());
        QCOMPARE(QCoreApplication::translate("ftui::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::Japanese)), QString());
    }

    // English has a catalogue of plural forms only: "1 list", "2 lists", never "list(s)".
    void englishPluralsReadRight()
    {
        const char *source = "%n list(s) could not be fetched.";
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::English)), QString());
        QCOMPARE(QCoreApplication::translate("ftui::AuditWindow", source, nullptr, 1),
                 u"1 list could not be fetched."_s);
        QCOMPARE(QCoreApplication::translate("ftui::AuditWindow", source, nullptr, 2),
                 u"2 lists could not be fetched."_s);
        QCOMPARE(QCoreApplication::translate("ftui::FilterBar", "%n statuses", nullptr, 3),
                 u"3 statuses"_s);
        // Only plurals: every other string stays the source.
        QCOMPARE(QCoreApplication::translate("ftui::MainWindow", "&File"), u"&File"_s);
        ftui::Translations::uninstall();
        QCOMPARE(QCoreApplication::translate("ftui::AuditWindow", source, nullptr, 1),
                 u"1 list(s) could not be fetched."_s);
        QCOMPARE(ftui::Translations::available().count(u"en"_s), 1);
    }

    // Relative times are data cells, which the walk below does not read.
    void relativeTimesAreTranslated()
    {
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        using ftmodels::TimeFormat::relative;
        QCOMPARE(relative(QDateTime(), now), u"nie"_s);
        QCOMPARE(relative(now.addSecs(-10), now), u"gerade eben"_s);
        QCOMPARE(relative(now.addSecs(-30 * 3600), now), u"gestern"_s);
        QCOMPARE(relative(now.addDays(-3), now), u"vor 3 Tagen"_s);
    }

    // The API layer's explanations reach banners and dialogs: in the console's language.
    void errorExplanationsAreTranslated()
    {
        const ftapi::ApiError timeout = ftapi::ApiError::make(ftapi::ApiError::Kind::Timeout, {});
        const ftapi::ApiError server = ftapi::ApiError::make(ftapi::ApiError::Kind::Http, {}, 503);
        const QString english = timeout.userText();
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        QVERIFY(timeout.userText() != english);
        QVERIFY2(timeout.userText().contains(u"rechtzeitig"_s), qPrintable(timeout.userText()));
        QVERIFY2(server.userText().contains(u"Fehler 503"_s), qPrintable(server.userText()));
        // The server's own words stay as they came.
        const ftapi::ApiError told = ftapi::ApiError::make(
            ftapi::ApiError::Kind::Http, u"Role 'X' not found"_s, 404, u"NotFound_Role"_s);
        QCOMPARE(told.userText(), u"Role 'X' not found"_s);
        // So do its objections to an API address typed into the connection dialog.
        const QString plain = ftapi::ApiClient::checkBaseUrl(QUrl(u"http://example.com/v1"_s));
        QVERIFY2(plain.contains(u"abgelehnt"_s), qPrintable(plain));
        const QString scheme = ftapi::ApiClient::checkBaseUrl(QUrl(u"ftp://example.com"_s));
        QVERIFY2(scheme.startsWith(u"Die API-Adresse"_s) && scheme.contains(u"\"ftp\""_s),
                 qPrintable(scheme));
    }

    void mnemonicsDoNotCollide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void mnemonicsDoNotCollide()
    {
        // Alt+letter reaches one thing: a menu of the menu bar or a button of the Pending
        // Changes panel; two with the same letter only take turns at the focus.
        QFETCH(QString, language);
        if (language == u"de"_s)
            QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        fttest::UiFixture f { ftsandbox::SandboxOptions {} };
        QVERIFY(f.openWindow());
        ftui::PendingChangesPanel *panel = f.window->pendingPanel();
        QStringList texts;
        for (const QAction *menu : f.window->menuBar()->actions())
            texts.append(menu->text());
        for (const QAbstractButton *button : panel->findChildren<QAbstractButton *>()) {
            if (!button->text().isEmpty() && button != panel->pauseButton())
                texts.append(button->text());
        }
        QStringList clashes;
        // The pause button says Resume while paused.
        const QStringList pauseTexts { panel->pauseButton()->text(),
                                       QCoreApplication::translate("ftui::PendingChangesPanel",
                                                                   "Resu&me") };
        for (const QString &pause : pauseTexts) {
            QHash<QChar, QString> byLetter;
            for (const QString &text : texts + QStringList { pause }) {
                static const QRegularExpression mnemonic(u"(?<!&)&([^&\\s])"_s);
                const QRegularExpressionMatch m = mnemonic.match(text);
                if (!m.hasMatch())
                    continue;
                const QChar letter = m.captured(1).at(0).toLower();
                if (byLetter.contains(letter))
                    clashes.append(byLetter.value(letter) + u" / "_s + text);
                byLetter.insert(letter, text);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    // German labels are long: at the window's first size every toolbar button is still on
    // the toolbar, none behind its overflow arrow (Apply Pending Changes was).
    void theGermanToolbarFitsTheWindow()
    {
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        fttest::UiFixture f { ftsandbox::SandboxOptions {} };
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.startAndWait());
        auto *bar = window->findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(bar);
        QStringList hidden;
        int buttons = 0;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            ++buttons;
            const QWidget *button = bar->widgetForAction(action);
            if (!button || !button->isVisible())
                hidden.append(action->text());
        }
        QVERIFY(buttons >= 8);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u", "_s)));
    }

    void theGermanTablesShowEveryColumnAtTheFirstSize()
    {
        // German words are longer: at the first size the users table still shows all its
        // columns without scrolling sideways, and so do a person's memberships beside it.
        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        fttest::UiFixture f { ftsandbox::SandboxOptions {} };
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.startAndWait());
        const QString someone = f.userWith(1, 1);
        QVERIFY(!someone.isEmpty());
        QVERIFY(window->usersView()->selectUser(someone));
        QVERIFY(f.waitIdle());
        QStringList scrolled;
        for (const char *name :
             { "usersTable", "destinationMemberships", "connectionMemberships" }) {
            auto *table = window->findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY2(table, name);
            if (auto *tabs = window->findChild<QTabWidget *>(u"membershipTabs"_s);
                tabs && tabs->isAncestorOf(table)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->widget(i)->isAncestorOf(table))
                        tabs->setCurrentIndex(i);
                }
            }
            QVERIFY(QTest::qWaitFor([&] { return table->isVisible(); }));
            QCoreApplication::processEvents();
            if (table->horizontalScrollBar()->maximum() > 0)
                scrolled.append(u"%1 by %2 px"_s.arg(QString::fromLatin1(name))
                                    .arg(table->horizontalScrollBar()->maximum()));
        }
        QVERIFY2(scrolled.isEmpty(), qPrintable(scrolled.join(u", "_s)));
    }

    void mainWindowHasNoEnglishLeft()
    {
        Texts english;
        QSet<QString> data;
        {
            fttest::UiFixture f { ftsandbox::SandboxOptions {} };
            english = walk(f);
            data = dataWords(f.sandbox);
        }
        QVERIFY(english.size() > 50);

        QCOMPARE(ftui::Translations::install(QLocale(QLocale::German)), u"de"_s);
        Texts german;
        {
            fttest::UiFixture f { ftsandbox::SandboxOptions {} };
            german = walk(f);
        }
        QVERIFY(german.size() > 50);

        QStringList untranslated;
        int compared = 0;
        for (auto it = german.cbegin(); it != german.cend(); ++it) {
            if (!english.contains(it.key()))
                continue;
            ++compared;
            const QString source = english.value(it.key());
            if (source == it.value() && !isNeutral(it.value(), data))
                untranslated.append(it.key() + u": "_s + it.value());
        }
        QVERIFY2(compared > 50, qPrintable(QString::number(compared)));
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"\n  "_s + untranslated.join(u"\n  "_s)));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
