// Help inside the program: F1 opens the usage guide (the README's sections, bundled), it can be
// searched, Help > Keyboard Shortcuts lists every key of the window's actions and the README's
// table, and nothing asks for a web browser.
#include "helpwindow.h"
#include "mainactions.h"
#include "uifixture.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// Stands in for the desktop's browser: any URL handed to it is a failure.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestHelpWindow : public QObject
{
    Q_OBJECT

private:
    UrlRecorder m_urls;

    static ftui::HelpWindow *helpOf(ftui::MainWindow *window)
    {
        return window->findChild<ftui::HelpWindow *>(QString(), Qt::FindDirectChildrenOnly);
    }

    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts.append(table->item(row, column)->text());
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fttest::useTestSettings();
        for (const QString &scheme : { u"http"_s, u"https"_s, u"file"_s })
            QDesktopServices::setUrlHandler(scheme, &m_urls, "open");
    }

    void cleanupTestCase()
    {
        for (const QString &scheme : { u"http"_s, u"https"_s, u"file"_s })
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void f1OpensTheGuideInsideTheProgram()
    {
        fttest::UiFixture f(fttest::generatedAccount(3));
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_F1);
        ftui::HelpWindow *help = helpOf(window);
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), ftui::HelpWindow::Page::Guide);
        QVERIFY(m_urls.opened.isEmpty());

        // The README's usage and shortcuts sections, not the rest of it.
        const QString text = help->guide()->toPlainText();
        QVERIFY2(text.contains(u"Can reach"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"Ctrl+Shift+A"_s));
        QVERIFY(text.contains(u"Pointing it at a real account"_s)); // a subsection of Usage
        QVERIFY(!text.contains(u"Benchmarks"_s));
        QVERIFY(!text.contains(u"Credentials and where secrets live"_s));

        // F1 again raises the same window.
        QTest::keyClick(window, Qt::Key_F1);
        QCOMPARE(window->findChildren<ftui::HelpWindow *>().size(), 1);
        help->close();
    }

    void theGuideIsSearchable()
    {
        ftui::HelpWindow help({});
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        QTest::keyClicks(help.searchEdit(), u"access audit"_s);
        QCOMPARE(help.guide()->textCursor().selectedText().toLower(), u"access audit"_s);
        const int first = help.guide()->textCursor().position();
        QTest::keyClick(help.searchEdit(), Qt::Key_Return); // the next one
        QVERIFY(help.guide()->textCursor().position() > first);
        QVERIFY(help.searchResult()->text().isEmpty());

        help.searchEdit()->clear();
        QTest::keyClicks(help.searchEdit(), u"zebra-crossing"_s);
        QVERIFY(!help.guide()->textCursor().hasSelection());
        QVERIFY2(help.searchResult()->text().contains(u"zebra-crossing"_s),
                 qPrintable(help.searchResult()->text()));
    }

    void shortcutsListsEveryKey()
    {
        fttest::UiFixture f(fttest::generatedAccount(3));
        ftui::MainWindow *window = f.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // From the Help menu, as a person would find it.
        QMenu *menu = nullptr;
        for (QAction *entry : window->menuBar()->actions()) {
            if (entry->text() == u"&Help"_s)
                menu = entry->menu();
        }
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(window->actions()->shortcuts));
        window->actions()->shortcuts->trigger();
        ftui::HelpWindow *help = helpOf(window);
        QVERIFY(help);
        QCOMPARE(help->currentPage(), ftui::HelpWindow::Page::Shortcuts);

        const QStringList keys = column(help->shortcutsTable(), 0);
        const QStringList what = column(help->shortcutsTable(), 1);
        int withKeys = 0;
        for (const QAction *action : window->actions()->all()) {
            if (action->shortcut().isEmpty())
                continue;
            ++withKeys;
            // An action with several keys has them on one row ("Ctrl+Return or Ctrl+Enter").
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            qsizetype row = -1;
            for (qsizetype i = 0; i < keys.size() && row < 0; ++i) {
                if (keys.at(i).split(u" or "_s).contains(key))
                    row = i;
            }
            QVERIFY2(row >= 0, qPrintable(key + u" missing: "_s + keys.join(u", "_s)));
            QVERIFY2(what.at(row).contains(QString(action->text()).remove(u'&').remove(u"…"_s)),
                     qPrintable(what.at(row)));
        }
        QVERIFY(withKeys >= 12);
        // And the keys of a place: Esc in a dialog, Enter on a membership.
        QVERIFY(keys.contains(u"Esc (in a dialog)"_s));
        QVERIFY(keys.contains(u"Enter (on a membership)"_s));
        QVERIFY(m_urls.opened.isEmpty());
        help->close();
    }

    void sectionsKeepTheirSubsections()
    {
        const QString markdown = u"# Title\nintro\n## Usage\nuse it\n### Detail\nmore\n"
                                 "## Install\napt\n## Keyboard shortcuts\n| a | b |\n"_s;
        const QString kept =
            ftui::HelpWindow::sections(markdown, { u"Usage"_s, u"Keyboard shortcuts"_s });
        QVERIFY(kept.contains(u"use it"_s));
        QVERIFY(kept.contains(u"### Detail\nmore"_s));
        QVERIFY(kept.contains(u"| a | b |"_s));
        QVERIFY(!kept.contains(u"apt"_s));
        QVERIFY(!kept.contains(u"intro"_s));
    }
};

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
