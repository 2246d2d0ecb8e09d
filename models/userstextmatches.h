#pragma once

#include "userstextindex.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

namespace ftmodels {

class UsersModel;

// Which rows of a UsersModel match the filter text, remembered by row: asked row by row, or
// for every row at once in one scan of the text index. While a new text is applied, what the
// previous one decided still holds when the text only grew (a row it rejected stays rejected)
// or only shrank (a row it accepted stays accepted); the complete answers of the last few
// texts come back when what was just typed is erased again. UsersFilterProxy's part.
//
//   matches.setNeedle(users, UsersModel::foldKey(text));
//   ...matches.matches(*users, row) for the rows shown...
//   matches.settle();
class UsersTextMatches
{
public:
    const QString &needle() const { return m_needle; } // folded like UsersModel's keys

    // A new text (folded). False when it is the current one: nothing changed.
    bool setNeedle(const UsersModel *users, const QString &needle);
    // The new text is applied: the previous text's answers are no longer needed.
    void settle();
    void reset(); // no text, nothing remembered

    bool matches(const UsersModel &users, int row);
    void matchAll(const UsersModel &users); // every row's answer, when not asked one by one

    // ---- the rows change
    void forget(); // every answer (rows renumbered, or reset); the index stays
    void clear(); // every answer and the index
    void appended(const UsersModel &users, int first, int last);
    void removed(int first, int last);
    void changed(int first, int last); // names or e-mails of these rows

private:
    bool remember(const UsersModel &users, int row, bool matches);
    void keepRecent(const UsersModel *users); // m_match for m_needle, when complete
    bool takeRecent(const UsersModel *users, const QString &needle); // into m_match

    UsersTextIndex m_index;
    QString m_needle;
    // By source row for m_needle (1 yes, 0 no, -1 not asked), and the previous text's while
    // a new one is applied.
    QVector<signed char> m_match;
    QVector<signed char> m_previous;
    // The complete matches of the last few texts, newest first, for the same rows as they are.
    QList<QPair<QString, QVector<signed char>>> m_recent;
    bool m_narrowing = false;
    bool m_widening = false;
};

} // namespace ftmodels
