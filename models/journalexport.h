#pragma once

#include "journal.h"

#include <QByteArray>
#include <QVector>

namespace ftmodels {

// Journal entries as a file an auditor can keep: JSON (an array of the objects of
// JournalEntry::toJson()) or CSV (RFC 4180, UTF-8, a header row, one column per field, objects
// as compact JSON), the same for `fivetran-admin history` and the History window.
namespace JournalExport {

QByteArray toJson(const QVector<JournalEntry> &entries);
QByteArray toCsv(const QVector<JournalEntry> &entries);
const QStringList &csvColumns();

} // namespace JournalExport

} // namespace ftmodels
