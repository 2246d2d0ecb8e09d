#pragma once

#include "snapshotdiff.h"

#include <QCoreApplication>
#include <QString>

namespace ftmodels {

// The report an auditor files: a PDF (QPdfWriter, A4) of a comparison of two audits with the
// account, both dates, a summary with the count of each kind of change, the changes in words
// (people, roles, grants and statuses one by one; effective access summed up per person and
// cause), the hygiene flags at the newer date, and the program's version on every page.
// Needs a QGuiApplication (fonts); the command line starts one on the offscreen platform.
//
//   DiffReport report(account, older, newer, diff);
//   if (!report.write(u"review.pdf"_s, &error)) ...
class DiffReport
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::DiffReport)

public:
    DiffReport(const QString &account, const DiffSide &older, const DiffSide &newer,
               const SnapshotDiff &diff);

    // Atomically: the file is the whole report or untouched. False with the reason in *error.
    bool write(const QString &path, QString *error) const;

    // The summary lines as the report prints them ("Access gained: 14"), for the window too.
    QStringList summaryLines() const;
    // People and rows of each hygiene flag at the newer date: "No login in 90 days: 12 people".
    QStringList flagLines() const;

    // At most this many lines of each long list; the rest is counted ("and 120 more").
    static constexpr int kListLimit = 400;

private:
    QString sideText(const DiffSide &side) const;

    QString m_account;
    const DiffSide &m_old;
    const DiffSide &m_new;
    const SnapshotDiff &m_diff;
};

} // namespace ftmodels
