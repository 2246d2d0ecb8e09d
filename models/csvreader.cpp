#include "csvreader.h"

#include <QStringDecoder>

namespace ftmodels {

using namespace Qt::StringLiterals;

namespace {

// The line (1-based) of the first byte that is not UTF-8, or 0 when all of it is. A UTF-8
// sequence never contains a newline byte, so each line can be decoded on its own.
int firstInvalidLine(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded)
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text, const QString &candidates)
{
    QVector<int> counts(candidates.size(), 0);
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted) {
            const qsizetype at = candidates.indexOf(c);
            if (at >= 0)
                ++counts[at];
        }
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < counts.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    return candidates.isEmpty() ? u',' : candidates.at(best);
}

CsvReader::Result CsvReader::read(const QByteArray &bytes, const QString &candidates)
{
    Result result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        result.hadByteOrderMark = true;
        data.remove(0, 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        result.error = tr("The file is UTF-16 text; save it as UTF-8 (with or without a "
                          "byte-order mark) and try again.");
        return result;
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        result.errorLine = int(data.left(nul).count('\n')) + 1;
        result.error = tr("The file holds binary data (a NUL byte), so it is not CSV text.");
        return result;
    }
    if (const int bad = firstInvalidLine(data); bad > 0) {
        result.errorLine = bad;
        result.error = tr("This line is not UTF-8 text; save the file as UTF-8 and try again.");
        return result;
    }
    const QString text = QString::fromUtf8(data);
    result.delimiter = detectDelimiter(text, candidates);
    const QChar delimiter = result.delimiter;

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    CsvRecord record { 1, {} };
    QString field;
    bool anyQuoted = false; // a quoted field makes a record that looks blank a real one
    auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        const bool blank =
            record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !anyQuoted;
        if (!blank)
            result.records.append(record);
        record = CsvRecord { line, {} };
        anyQuoted = false;
    };
    auto fail = [&](int where, const QString &why) {
        result.records.clear();
        result.errorLine = where;
        result.error = why;
        return result;
    };
    // At the start of a field in each turn of the loop.
    while (i < n) {
        if (text.at(i) == u'"') {
            anyQuoted = true;
            const int opened = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                    field.append(u'\n'); // a line break inside a field is kept as LF
                    i += 2;
                    ++line;
                    continue;
                }
                if (c == u'\n' || c == u'\r')
                    ++line;
                field.append(c);
                ++i;
            }
            if (!closed)
                return fail(opened,
                            tr("A quoted field starts on this line and is never closed (a "
                               "missing \")."));
            if (i < n && text.at(i) != delimiter && text.at(i) != u'\n' && text.at(i) != u'\r')
                return fail(line,
                            tr("There is text after a closing quote; a field in quotes must "
                               "end at the quote."));
        } else {
            while (i < n) {
                const QChar c = text.at(i);
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"')
                    return fail(line,
                                tr("A quote inside a field that does not start with one; put "
                                   "the whole field in quotes and double the quote (\"\")."));
                field.append(c);
                ++i;
            }
        }
        if (i >= n)
            break;
        const QChar c = text.at(i);
        if (c == delimiter) {
            record.fields.append(field);
            field.clear();
            ++i;
            continue;
        }
        // A line break: CRLF, LF or a lone CR.
        i += (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
        ++line;
        endRecord();
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || anyQuoted)
        endRecord();
    return result;
}

} // namespace ftmodels
