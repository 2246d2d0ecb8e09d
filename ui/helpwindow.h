#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace ftui {

// Help inside the program, no web browser needed: the usage guide (the README's "Usage" and
// "Keyboard shortcuts" sections, bundled at build time from README.md, so there is one source)
// with a search field, and a table of every keyboard shortcut, read from the window's actions
// themselves so that it cannot drift from what the keys do.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Guide, Shortcuts };

    HelpWindow(const QList<QAction *> &actions, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    QTextBrowser *guide() const { return m_guide; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *searchResult() const { return m_searchResult; }
    QTableWidget *shortcutsTable() const { return m_shortcuts; }

    // The sections of the bundled README that make the guide, as Markdown.
    static QString guideMarkdown();
    // The sections headed `## <title>` (with their subsections) of `markdown`, in order.
    static QString sections(const QString &markdown, const QStringList &titles);

public Q_SLOTS:
    void findNext(); // the next match of the search text, from the top again after the last

private:
    void fillShortcuts(const QList<QAction *> &actions);

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_guide = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchResult = nullptr;
    QTableWidget *m_shortcuts = nullptr;
};

} // namespace ftui
