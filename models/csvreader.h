#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ftmodels {

// One record of a CSV file and the line of the file it starts on (1-based; a quoted field may
// span lines, so the next record can start several lines further down).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 writes it: fields separated by a delimiter, records by CRLF or LF,
// fields in double quotes may hold delimiters, line breaks and doubled quotes (""). The text
// is UTF-8, with or without a byte-order mark. The delimiter is found on the header line:
// whichever candidate occurs most often outside quotes (the first candidate when none does).
// Blank lines are skipped. Anything that cannot be read exactly (not UTF-8, a quote left open,
// text after a closing quote, a quote inside an unquoted field) is an error with its line,
// and nothing of the file is returned: a half-read file would import the wrong people.
//
//   const CsvReader::Result csv = CsvReader::read(bytes);
//   if (!csv.ok()) say(csv.errorLine, csv.error);
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ftmodels::CsvReader)

public:
    struct Result
    {
        QVector<CsvRecord> records; // the header first
        QChar delimiter = u',';
        bool hadByteOrderMark = false;
        QString error; // in words; empty when the file was read
        int errorLine = 0; // where the error is (1-based), 0 for the file as a whole
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QByteArray &bytes, const QString &candidates = QStringLiteral(",;"));

    // The candidate delimiter that occurs most often outside quotes on the first line.
    static QChar detectDelimiter(const QString &text, const QString &candidates);
};

} // namespace ftmodels
