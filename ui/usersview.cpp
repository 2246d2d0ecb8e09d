#include "usersview.h"

#include "cachedtextdelegate.h"
#include "emptystate.h"
#include "filterbar.h"
#include "rolesmodel.h"
#include "session.h"
#include "timeformat.h"
#include "usersfilterproxy.h"
#include "usersmodel.h"
#include "userstable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScopeGuard>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace ftui {

using namespace Qt::StringLiterals;
using ftmodels::UsersModel;
using ftmodels::UserStatus;

namespace {

constexpr int kAvatarSize = 22;
constexpr int kRowHeight = 30;
// Room for the data in each column, before the header's words and the known texts widen it.
constexpr int kDataWidths[UsersModel::ColumnCount] = { 175, 205, 150, 120, 95, 90 };

} // namespace

UsersView::UsersView(ftmodels::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_proxy = new ftmodels::UsersFilterProxy(this);
    m_proxy->setSourceModel(session->users());
    session->users()->setAvatarSize(kAvatarSize);

    m_filterBar = new FilterBar(m_proxy, session->roles(), this);

    m_table = new UsersTable(this);
    m_table->setObjectName(u"usersTable"_s);
    // Connected before the view's own handler: in single selection a view selects a neighbour
    // of a removed current row, which must not make that neighbour the current user.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_removing = true; });
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setIconSize(QSize(kAvatarSize, kAvatarSize));
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAccessibleName(tr("Users"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the details, arrows move in here
    // Fixed row heights: with 50,000 rows the view must never measure them.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersModel::NameColumn, Qt::AscendingOrder);
    // Room for the data, and never less than the header's words and sort arrow in the
    // language and font in use ("Letzte Anmeldung" is longer than "Last Login").
    int widths[UsersModel::ColumnCount];
    std::copy(std::begin(kDataWidths), std::end(kDataWidths), std::begin(widths));
    // The statuses are few and known: room for the longest in the language in use.
    for (int s = 0; s < ftmodels::kUserStatusCount; ++s)
        widths[UsersModel::StatusColumn] = qMax(
            widths[UsersModel::StatusColumn],
            m_table->fontMetrics().horizontalAdvance(ftmodels::statusText(UserStatus(s))) + 16);
    // So are the ways a last login reads: room for the widest ("10 months ago", "vor 10
    // Monaten"); digits are as wide as each other.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr qint64 kDay = 86400;
    for (const qint64 secondsAgo :
         { qint64(-1), qint64(30), 59 * qint64(60), 23 * qint64(3600), kDay + 1, 29 * kDay,
           kDay * 10 * 30, kDay * 11 * 30, kDay * 10 * 365 }) {
        const QDateTime when = secondsAgo < 0 ? QDateTime() : now.addSecs(-secondsAgo);
        widths[UsersModel::LastLoginColumn] =
            qMax(widths[UsersModel::LastLoginColumn],
                 m_table->fontMetrics().horizontalAdvance(ftmodels::TimeFormat::relative(when, now))
                     + 16);
    }
    m_leastWidths = QVector<int>(UsersModel::ColumnCount, 0);
    m_leastWidths[UsersModel::StatusColumn] = widths[UsersModel::StatusColumn];
    m_leastWidths[UsersModel::LastLoginColumn] = widths[UsersModel::LastLoginColumn];
    for (int column = 0; column < UsersModel::ColumnCount; ++column)
        header->resizeSection(column, qMax(widths[column], header->sectionSizeHint(column)));
    // After the widths: the last column stretches, and falls back to the width it has now
    // when the table is too narrow to stretch it.
    header->setStretchLastSection(true);

    m_empty = new EmptyState(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersView::onSelectionChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT userActivated(m_proxy->userIdAt(index.row()));
    });

    // After rows come (back) into view or leave it, the selection shows the current user, or
    // nothing when the filter hides it.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removing = false;
        syncSelection();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersView::syncSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersView::syncSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersView::syncSelection);
    // Re-sorted or re-filtered, the old scroll position shows other rows: keep the selected
    // user in view (e.g. one picked while the first load still arrived unsorted, or found by
    // filtering, with the filter then cleared).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row())) {
            // The view lays itself out later; the scroll range must fit the new rows now.
            m_table->doItemsLayout();
            m_table->scrollTo(current);
        }
    });

    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &UsersView::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersView::updateEmptyState);
    connect(m_proxy, &ftmodels::UsersFilterProxy::filtersChanged, this,
            &UsersView::updateEmptyState);
    UsersModel *users = session->users();
    connect(users, &UsersModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_loadFailed = false;
        updateEmptyState();
    });
    connect(users, &UsersModel::loadFailed, this, [this] {
        m_loadFailed = true;
        updateEmptyState();
    });
    connect(m_empty, &EmptyState::actionRequested, this, [this] {
        if (m_session->users()->rowCount() == 0)
            m_session->retry(ftmodels::Session::Part::Users);
        else
            m_proxy->clearFilters();
    });
    connect(session, &ftmodels::Session::currentUserChanged, this, &UsersView::syncSelection);
    connect(session->roles(), &ftmodels::RolesModel::loadFinished, this, &UsersView::fitRoleColumn);
    updateEmptyState();
}

QString UsersView::selectedUserId() const
{
    // Of several, the focused row: where the person last clicked or moved.
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row()))
        return m_proxy->userIdAt(current.row());
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? QString() : m_proxy->userIdAt(rows.constFirst().row());
}

QStringList UsersView::selectedUserIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_proxy->userIdAt(index.row()));
    return ids;
}

int UsersView::selectedCount() const
{
    int count = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        count += range.bottom() - range.top() + 1;
    return count;
}

int UsersView::selectUsers(const QStringList &userIds)
{
    QItemSelection selection;
    QModelIndex first;
    int count = 0;
    for (const QString &id : userIds) {
        const int row = m_proxy->proxyRowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->index(row, UsersModel::NameColumn);
        selection.select(index, index);
        ++count;
        if (!first.isValid() || row < first.row())
            first = index;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    if (!first.isValid()) {
        model->clearSelection();
        return 0;
    }
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
    return count;
}

void UsersView::selectAll()
{
    m_table->selectAll();
}

bool UsersView::selectUser(const QString &userId)
{
    const int row = userId.isEmpty() ? -1 : m_proxy->proxyRowOf(userId);
    if (row < 0) {
        if (userId.isEmpty())
            m_table->selectionModel()->clearSelection();
        return false;
    }
    const QModelIndex index = m_proxy->index(row, UsersModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void UsersView::focusFilter()
{
    m_filterBar->focusFilter();
}

void UsersView::onSelectionChanged()
{
    if (m_syncing || m_removing)
        return;
    Q_EMIT selectedUsersChanged();
    const QString id = selectedUserId();
    if (!id.isEmpty()) {
        m_hiddenUserId.clear(); // someone else was chosen: nobody to bring back
        m_session->setCurrentUser(id);
        return;
    }
    // Nothing selected: nobody is current. One the filters hide comes back when shown again.
    const QString current = m_session->currentUserId();
    if (current.isEmpty())
        return;
    if (hiddenByFilters(current))
        m_hiddenUserId = current;
    m_session->setCurrentUser({});
}

bool UsersView::hiddenByFilters(const QString &userId) const
{
    const int sourceRow = m_session->users()->rowOf(userId);
    return sourceRow >= 0 && !m_proxy->acceptsRow(sourceRow);
}

void UsersView::selectRowQuietly(int proxyRow)
{
    m_syncing = true;
    if (proxyRow >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(proxyRow, UsersModel::NameColumn),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clear();
    }
    m_syncing = false;
}

void UsersView::syncSelection()
{
    // Rows came or went: which people are selected may have changed with them.
    const auto changed = qScopeGuard([this] { Q_EMIT selectedUsersChanged(); });
    if (m_removing)
        return;
    const QString current = m_session->currentUserId();
    if (!current.isEmpty() && hiddenByFilters(current)) {
        // Nothing may act on a person not shown. Of several selected, one still shown takes
        // their place; otherwise nobody is current until the filters show them again.
        const QString shown = selectedUserId();
        if (!shown.isEmpty() && shown != current) {
            m_session->setCurrentUser(shown);
            return;
        }
        m_hiddenUserId = current;
        selectRowQuietly(-1);
        m_session->setCurrentUser({});
        return;
    }
    if (current.isEmpty() && !m_hiddenUserId.isEmpty()) {
        if (m_session->users()->rowOf(m_hiddenUserId) < 0 && !m_session->users()->isLoading()) {
            m_hiddenUserId.clear(); // gone from the account
        } else if (const int row = m_proxy->proxyRowOf(m_hiddenUserId);
                   row >= 0 && selectedUserId().isEmpty()) {
            const QString back = m_hiddenUserId;
            m_hiddenUserId.clear();
            selectRowQuietly(row);
            m_session->setCurrentUser(back);
            return;
        }
    }
    if (selectedUserId() == current)
        return;
    // Among several selected: the current user's row is one of them, so nothing to follow.
    if (const int row = current.isEmpty() ? -1 : m_proxy->proxyRowOf(current);
        row >= 0 && m_table->selectionModel()->isRowSelected(row))
        return;
    selectRowQuietly(current.isEmpty() ? -1 : m_proxy->proxyRowOf(current));
}

void UsersView::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_empty->hideMessage();
        return;
    }
    UsersModel *users = m_session->users();
    if (users->rowCount() == 0) {
        if (users->isLoading())
            m_empty->showMessage(tr("Loading users…"));
        else if (m_loadFailed)
            m_empty->showMessage(tr("The users could not be loaded."), tr("Try again"));
        else if (users->hasLoaded())
            m_empty->showMessage(tr("This account has no users yet."));
        else
            m_empty->hideMessage();
        return;
    }
    const QString text = m_proxy->filterText().trimmed();
    const bool otherFilters = m_proxy->roleFilter() || !m_proxy->statusFilters().isEmpty()
        || m_proxy->lastLoginFilter() != ftmodels::LastLogin::Any;
    if (!text.isEmpty() && !otherFilters)
        m_empty->showMessage(tr("No users match “%1”.").arg(text), tr("Clear the filter"));
    else
        m_empty->showMessage(tr("No users match these filters."), tr("Clear the filters"));
}

QByteArray UsersView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

int UsersView::columnsWidth() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    int width = 2 * m_table->frameWidth()
        + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    int last = header->count() - 1;
    while (last > 0 && header->isSectionHidden(last))
        --last;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        // A stretched last column is as wide as the table lets it be: what it needs instead.
        const bool stretched = column == last && header->stretchLastSection();
        width += stretched ? qMax(kDataWidths[column], header->sectionSizeHint(column))
                           : header->sectionSize(column);
    }
    return width + contentsMargins().left() + contentsMargins().right();
}

void UsersView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    header->restoreState(state);
    // Widths saved in another language or font may cut the headers or the known texts now.
    // (The stretched last column keeps the width it had when stretching began: widened with
    // stretching off.)
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            header->resizeSection(
                column,
                std::max({ header->sectionSize(column), header->sectionSizeHint(column),
                           m_leastWidths.value(column) }));
    }
    header->setStretchLastSection(true);
}

void UsersView::fitRoleColumn()
{
    // A role's name comes from the service: wide enough for the account's roles, but a
    // very long custom name is elided (its tooltip says it whole) rather than taking the row.
    constexpr int kMostWidth = 320;
    QFont italic = m_table->font();
    italic.setItalic(true);
    int needed = QFontMetrics(italic).horizontalAdvance(
        QCoreApplication::translate("ftmodels::UsersModel", "No account role"));
    const QFontMetrics metrics = m_table->fontMetrics();
    for (const ftapi::Role &role : m_session->roles()->roles()) {
        if (role.hasScope(u"ACCOUNT"_s))
            needed = qMax(needed, metrics.horizontalAdvance(role.name));
    }
    needed = qMin(needed + 16, kMostWidth);
    m_leastWidths[UsersModel::RoleColumn] = needed;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sectionSize(UsersModel::RoleColumn) < needed)
        header->resizeSection(UsersModel::RoleColumn, needed);
}

} // namespace ftui
