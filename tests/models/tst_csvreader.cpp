// CsvReader: RFC 4180 quoting, line endings, the delimiter found on the header line, the
// byte-order mark, and every way a file can fail to be read exactly, with its line.
#include "csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::CsvReader;

class TstCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainCommaSeparated()
    {
        const auto csv = CsvReader::read("email,given_name\r\nann@x.io,Ann\r\nben@x.io,Ben\r\n");
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.delimiter, u',');
        QVERIFY(!csv.hadByteOrderMark);
        QCOMPARE(csv.records.size(), 3);
        QCOMPARE(csv.records.at(0).fields, QStringList({ u"email"_s, u"given_name"_s }));
        QCOMPARE(csv.records.at(2).fields, QStringList({ u"ben@x.io"_s, u"Ben"_s }));
        QCOMPARE(csv.records.at(2).line, 3);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("email,given_name,family_name") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("email;given_name;family_name") << QChar(u';');
        // A quoted header cell with the other character inside does not fool it.
        QTest::newRow("semicolon, a comma in quotes")
            << QByteArray("\"email,x\";given_name;family_name") << QChar(u';');
        QTest::newRow("one column") << QByteArray("email") << QChar(u',');
    }

    void delimiterDetection()
    {
        QFETCH(QByteArray, header);
        QFETCH(QChar, delimiter);
        const auto csv = CsvReader::read(header + "\n");
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.delimiter, delimiter);
    }

    void semicolonFileKeepsCommasInFields()
    {
        const auto csv = CsvReader::read("email;given_name\nann@x.io;Lee, Ann\n");
        QVERIFY(csv.ok());
        QCOMPARE(csv.records.at(1).fields, QStringList({ u"ann@x.io"_s, u"Lee, Ann"_s }));
    }

    void byteOrderMarkIsDropped()
    {
        const auto csv = CsvReader::read("\xEF\xBB\xBF"
                                         "email,given_name\nann@x.io,Änne\n");
        QVERIFY(csv.ok());
        QVERIFY(csv.hadByteOrderMark);
        QCOMPARE(csv.records.at(0).fields.constFirst(), u"email"_s); // no U+FEFF before it
        QCOMPARE(csv.records.at(1).fields.at(1), u"Änne"_s);
    }

    void quotedFields()
    {
        // Delimiters, doubled quotes and line breaks inside quotes; an empty quoted field.
        const auto csv = CsvReader::read("a,b,c\n"
                                         "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n"
                                         "\"\",plain,\"\"\n"
                                         "last,row,here\n");
        QVERIFY2(csv.ok(), qPrintable(csv.error));
        QCOMPARE(csv.records.size(), 4);
        QCOMPARE(csv.records.at(1).fields,
                 QStringList({ u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s }));
        QCOMPARE(csv.records.at(2).fields, QStringList({ QString(), u"plain"_s, QString() }));
        // The record after the one spanning two lines starts two lines further down.
        QCOMPARE(csv.records.at(2).line, 4);
        QCOMPARE(csv.records.at(3).line, 5);
    }

    void lineEndingsAndBlankLines()
    {
        const auto csv = CsvReader::read("a,b\r\n\r\n1,2\n\n3,4\r5,6");
        QVERIFY(csv.ok());
        QCOMPARE(csv.records.size(), 4);
        QCOMPARE(csv.records.at(1).line, 3);
        QCOMPARE(csv.records.at(2).line, 5);
        QCOMPARE(csv.records.at(3).fields, QStringList({ u"5"_s, u"6"_s })); // no final newline
    }

    void trailingDelimiterMakesAnEmptyField()
    {
        const auto csv = CsvReader::read("a,b,\n1,2,");
        QVERIFY(csv.ok());
        QCOMPARE(csv.records.at(0).fields.size(), 3);
        QCOMPARE(csv.records.at(1).fields, QStringList({ u"1"_s, u"2"_s, QString() }));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("quote never closed")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << 3 << u"never closed"_s;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 2 << u"after a closing quote"_s;
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n1,2\nab\"c,3\n") << 3 << u"quote inside a field"_s;
        QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\nM\xfcller,3\n") << 3 << u"UTF-8"_s;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8)
                                << 0 << u"UTF-16"_s;
        QTest::newRow("binary") << QByteArray("a,b\n1,\0\n", 8) << 2 << u"binary"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, words);
        const auto csv = CsvReader::read(bytes);
        QVERIFY(!csv.ok());
        QVERIFY(csv.records.isEmpty()); // nothing half-read
        QCOMPARE(csv.errorLine, line);
        QVERIFY2(csv.error.contains(words), qPrintable(csv.error));
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
