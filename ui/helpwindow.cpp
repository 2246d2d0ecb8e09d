#include "helpwindow.h"

#include "themecolours.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ftui {

using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

} // namespace

HelpWindow::HelpWindow(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("Fivetran Admin Help"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 640);

    auto *guidePage = new QWidget(this);
    m_search = new QLineEdit(guidePage);
    m_search->setObjectName(u"helpSearch"_s);
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    auto *next = new QPushButton(tr("Find &Next"), guidePage);
    next->setObjectName(u"helpFindNext"_s);
    next->setAutoDefault(false);
    m_searchResult = new QLabel(guidePage);
    m_searchResult->setObjectName(u"helpSearchResult"_s);
    m_searchResult->setStyleSheet(textStyle(TextTone::Secondary));
    m_guide = new QTextBrowser(guidePage);
    m_guide->setObjectName(u"helpGuide"_s);
    m_guide->setAccessibleName(tr("Usage guide"));
    m_guide->setOpenLinks(false); // links point at the repository: nothing opens a browser
    m_guide->setMarkdown(guideMarkdown());

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(next);
    auto *guideLayout = new QVBoxLayout(guidePage);
    guideLayout->addLayout(searchRow);
    guideLayout->addWidget(m_searchResult);
    guideLayout->addWidget(m_guide, 1);

    m_shortcuts = new QTableWidget(this);
    m_shortcuts->setObjectName(u"helpShortcuts"_s);
    m_shortcuts->setAccessibleName(tr("Keyboard shortcuts"));
    m_shortcuts->setColumnCount(2);
    m_shortcuts->setHorizontalHeaderLabels({ tr("Keys"), tr("What they do") });
    m_shortcuts->verticalHeader()->hide();
    m_shortcuts->horizontalHeader()->setStretchLastSection(true);
    m_shortcuts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shortcuts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shortcuts->setTabKeyNavigation(false);
    fillShortcuts(actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"helpTabs"_s);
    m_tabs->addTab(guidePage, tr("Usage Guide"));
    m_tabs->addTab(m_shortcuts, tr("Keyboard Shortcuts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // A new text searches from the top.
        m_guide->moveCursor(QTextCursor::Start);
        findNext();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    connect(next, &QPushButton::clicked, this, &HelpWindow::findNext);
    m_search->setFocus();
}

void HelpWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Guide ? 0 : 1);
    if (page == Page::Guide)
        m_search->setFocus();
    else
        m_shortcuts->setFocus();
}

HelpWindow::Page HelpWindow::currentPage() const
{
    return m_tabs->currentIndex() == 0 ? Page::Guide : Page::Shortcuts;
}

void HelpWindow::findNext()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchResult->clear();
        m_guide->setTextCursor(QTextCursor(m_guide->document()));
        return;
    }
    bool found = m_guide->find(text);
    if (!found) { // past the last match: from the top again
        m_guide->moveCursor(QTextCursor::Start);
        found = m_guide->find(text);
    }
    m_searchResult->setText(found ? QString() : tr("“%1” is not in the guide.").arg(text));
}

QString HelpWindow::guideMarkdown()
{
    QFile file(u":/ftui/help/README.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The usage guide is missing from this build.");
    return sections(QString::fromUtf8(file.readAll()), { u"Usage"_s, u"Keyboard shortcuts"_s });
}

QString HelpWindow::sections(const QString &markdown, const QStringList &titles)
{
    QStringList kept;
    QStringList current;
    bool keeping = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"## "_s)) {
            if (keeping)
                kept.append(current.join(u'\n'));
            current.clear();
            keeping = titles.contains(line.mid(3).trimmed());
        }
        if (keeping)
            current.append(line);
    }
    if (keeping)
        kept.append(current.join(u'\n'));
    return kept.join(u"\n\n"_s);
}

void HelpWindow::fillShortcuts(const QList<QAction *> &actions)
{
    QList<QPair<QString, QString>> rows;
    QStringList portable;
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys) {
            texts.append(key.toString(QKeySequence::NativeText));
            // The README names keys in English ("Ctrl+N"): known under that name too.
            portable.append(key.toString(QKeySequence::PortableText));
        }
        QString what = withoutMnemonic(action->text());
        if (what.endsWith(u"…"_s))
            what.chop(1);
        rows.append({ texts.join(tr(" or ")), what });
    }
    // Keys that belong to a place rather than to a command (Enter on a membership, Esc in a
    // dialog), from the README's table.
    QStringList listed = portable;
    for (const auto &row : std::as_const(rows))
        listed.append(row.first);
    QFile file(u":/ftui/help/README.md"_s);
    const QString table = file.open(QIODevice::ReadOnly)
        ? sections(QString::fromUtf8(file.readAll()), { u"Keyboard shortcuts"_s })
        : QString();
    for (const QString &line : table.split(u'\n')) {
        const QStringList cells = line.split(u'|', Qt::SkipEmptyParts);
        if (!line.startsWith(u'|') || cells.size() < 2 || cells.at(0).contains(u"---"_s)
            || cells.at(0).trimmed() == u"keys"_s)
            continue;
        const QString keys = cells.at(0).trimmed();
        if (!listed.contains(keys))
            rows.append({ keys, cells.at(1).trimmed() });
    }
    m_shortcuts->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_shortcuts->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_shortcuts->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_shortcuts->resizeColumnToContents(0);
}

} // namespace ftui
