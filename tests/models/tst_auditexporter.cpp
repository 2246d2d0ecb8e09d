#include "auditexporter.h"
#include "auditfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AuditExporter;
using ftmodels::AuditResult;
using ftmodels::AuditRow;

namespace {

// A JSON row as CSV fields: null is empty, the flag list is joined with ';'.
QStringList jsonRowFields(const QJsonObject &row, const QStringList &names)
{
    QStringList fields;
    for (const QString &name : names) {
        const QJsonValue value = row.value(name);
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : value.toArray())
                parts.append(part.toString());
            fields.append(parts.join(u';'));
        } else {
            fields.append(value.isNull() ? QString() : value.toString());
        }
    }
    return fields;
}

} // namespace

class TestAuditExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatMustBe_data();
    void quotesOnlyWhatMustBe();
    void csvMatchesTheStore();
    void csvRoundTripsHostileText();
    void jsonHasTheSameRowsInTheSameOrder();
    void jsonSaysWhatIsMissing();
    void formatFromTheFileName();
    void writesFilesAtomically();
};

void TestAuditExporter::quotesOnlyWhatMustBe_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Smith, Ann"_s << u"\"Smith, Ann\""_s;
    QTest::newRow("quote") << u"the \"boss\""_s << u"\"the \"\"boss\"\"\""_s;
    QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("non-ascii") << u"Zoë 東京"_s << u"Zoë 東京"_s;
    QTest::newRow("leading space") << u" x"_s << u" x"_s;
}

void TestAuditExporter::quotesOnlyWhatMustBe()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(AuditExporter::csvField(value), expected);
}

void TestAuditExporter::csvMatchesTheStore()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(40, 4, 12, 3));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    const AuditResult result = fttest::auditResultFromStore(sandbox.store());
    const QByteArray csv = AuditExporter::toCsv(result.rows);
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // no BOM
    bool ok = false;
    const QVector<QStringList> records = fttest::parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.value(0), AuditExporter::fieldNames());
    QVERIFY(records.value(0).contains(u"user_id"_s));
    QVERIFY(records.value(0).contains(u"target_id"_s));
    const QVector<QStringList> expected =
        fttest::expectedAuditRows(sandbox.store(), fttest::auditNow());
    QCOMPARE(records.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(records.at(i + 1), expected.at(i));
}

void TestAuditExporter::csvRoundTripsHostileText()
{
    AuditRow row;
    row.userId = u"id,1"_s;
    row.userName = u"\"Quoted\", Name\r\nWith – ünïcödé 名前"_s;
    row.email = u"x@y.test"_s;
    row.targetId = u"t\"1"_s;
    row.targetName = u"Ventes, \"Europe\"\n東京"_s;
    row.role = u",,"_s;
    row.kind = ftmodels::AuditKind::Destination;
    row.since = fttest::auditNow();
    const QByteArray csv = AuditExporter::toCsv({ row, row });
    QVERIFY(csv.contains("東京")); // UTF-8, not escaped
    bool ok = false;
    const QVector<QStringList> records = fttest::parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1), AuditExporter::csvValues(row));
    QCOMPARE(records.at(1).at(1), row.userName);
    QCOMPARE(records.at(2).at(7), row.targetName);
    QCOMPARE(records.at(1).size(), AuditExporter::fieldNames().size());
}

void TestAuditExporter::jsonHasTheSameRowsInTheSameOrder()
{
    fttest::TestSandbox sandbox(fttest::generatedAccount(30, 4, 12, 3));
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    const AuditResult result = fttest::auditResultFromStore(sandbox.store());
    bool ok = false;
    const QVector<QStringList> csv = fttest::parseCsv(AuditExporter::toCsv(result.rows), &ok);
    QVERIFY(ok);
    QJsonParseError error;
    const QJsonDocument json =
        QJsonDocument::fromJson(AuditExporter::toJson(result.rows, result), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = json.object();
    QCOMPARE(root.value(u"complete"_s).toBool(), true);
    QCOMPARE(root.value(u"users"_s).toInt(), int(sandbox.store().users().size()));
    QCOMPARE(root.value(u"generated_at"_s).toString(),
             fttest::auditNow().toString(Qt::ISODateWithMs));
    const QJsonArray rows = root.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), csv.size() - 1);
    const QStringList names = AuditExporter::fieldNames();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys().size(), names.size());
        QCOMPARE(jsonRowFields(row, names), csv.at(i + 1));
        QVERIFY(row.value(u"flags"_s).isArray());
    }
}

void TestAuditExporter::jsonSaysWhatIsMissing()
{
    AuditResult partial;
    partial.missing = { u"The connection memberships of a@b.test: timed out"_s };
    partial.generatedAt = fttest::auditNow();
    const QJsonObject root = QJsonDocument::fromJson(AuditExporter::toJson({}, partial)).object();
    QCOMPARE(root.value(u"complete"_s).toBool(true), false);
    QCOMPARE(root.value(u"missing"_s).toArray().first().toString(), partial.missing.first());

    AuditResult cancelled;
    cancelled.cancelled = true;
    const QJsonObject root2 =
        QJsonDocument::fromJson(AuditExporter::toJson({}, cancelled)).object();
    QCOMPARE(root2.value(u"complete"_s).toBool(true), false);
    QCOMPARE(root2.value(u"cancelled"_s).toBool(), true);
}

void TestAuditExporter::formatFromTheFileName()
{
    QVERIFY(AuditExporter::formatForPath(u"/tmp/audit.csv"_s) == AuditExporter::Format::Csv);
    QVERIFY(AuditExporter::formatForPath(u"AUDIT.JSON"_s) == AuditExporter::Format::Json);
    QVERIFY(!AuditExporter::formatForPath(u"audit.txt"_s));
    QVERIFY(!AuditExporter::formatForPath(u"audit"_s));
    QVERIFY(!AuditExporter::formatForPath(u"csv"_s));
}

void TestAuditExporter::writesFilesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    fttest::TestSandbox sandbox(fttest::generatedAccount(5, 2, 4, 2));
    const AuditResult result = fttest::auditResultFromStore(sandbox.store());
    const QString path = dir.filePath(u"audit.csv"_s);
    QString error;
    QVERIFY(
        AuditExporter::writeFile(path, AuditExporter::Format::Csv, result.rows, result, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AuditExporter::toCsv(result.rows));

    const QString bad = dir.filePath(u"no/such/dir/audit.json"_s);
    QVERIFY(
        !AuditExporter::writeFile(bad, AuditExporter::Format::Json, result.rows, result, &error));
    QVERIFY(error.contains(bad));
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestAuditExporter)
#include "tst_auditexporter.moc"
