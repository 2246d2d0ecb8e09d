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
    void effectiveCsvMatchesTheStore();
    void effectiveJsonHasTheSameRowsWithViaObjects();
    void jsonSaysWhetherTeamsWereRead();
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

namespace {

AuditResult teamAccountResult(fttest::TestSandbox &sandbox)
{
    fttest::seedHygieneCases(sandbox.store(), fttest::auditNow());
    return fttest::auditResultFromStore(sandbox.store());
}

ftsandbox::SandboxOptions withTeams()
{
    ftsandbox::SandboxOptions options = fttest::generatedAccount(40, 4, 14, 3);
    options.teams = 8;
    return options;
}

} // namespace

void TestAuditExporter::effectiveCsvMatchesTheStore()
{
    fttest::TestSandbox sandbox(withTeams());
    const AuditResult result = teamAccountResult(sandbox);
    const QByteArray csv =
        AuditExporter::toEffectiveCsv(result.effective, AuditExporter::allRows(result.effective));
    bool ok = false;
    const QVector<QStringList> records = fttest::parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.value(0),
             (QStringList { u"user_id"_s, u"email"_s, u"kind"_s, u"target_id"_s, u"target_name"_s,
                            u"level"_s, u"via"_s }));
    const QVector<fttest::ExpectedReach> expected = fttest::expectedEffectiveRows(sandbox.store());
    QCOMPARE(records.size(), expected.size() + 1);
    bool team = false;
    bool destination = false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(records.at(i + 1), fttest::expectedEffectiveCsv(expected.at(i)));
        team = team || records.at(i + 1).at(6).contains(u"team:"_s);
        destination = destination || records.at(i + 1).at(6).contains(u"destination:"_s);
    }
    QVERIFY(team && destination);
    // A subset, in the order asked for.
    const QByteArray two = AuditExporter::toEffectiveCsv(result.effective, { 3, 1 });
    const QVector<QStringList> subset = fttest::parseCsv(two, &ok);
    QCOMPARE(subset.size(), 3);
    QCOMPARE(subset.at(1), records.at(4));
    QCOMPARE(subset.at(2), records.at(2));
}

void TestAuditExporter::effectiveJsonHasTheSameRowsWithViaObjects()
{
    fttest::TestSandbox sandbox(withTeams());
    const AuditResult result = teamAccountResult(sandbox);
    const QVector<int> all = AuditExporter::allRows(result.effective);
    bool ok = false;
    const QVector<QStringList> csv =
        fttest::parseCsv(AuditExporter::toEffectiveCsv(result.effective, all), &ok);
    QVERIFY(ok);
    QJsonParseError error;
    const QJsonObject root =
        QJsonDocument::fromJson(AuditExporter::toEffectiveJson(result.effective, all, result),
                                &error)
            .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"complete"_s).toBool(), true);
    QCOMPARE(root.value(u"teams_read"_s).toBool(), true);
    const QJsonArray rows = root.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), csv.size() - 1);
    const QStringList names = AuditExporter::effectiveFieldNames();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys().size(), names.size());
        QStringList fields;
        for (const QString &name : names.mid(0, 6))
            fields.append(row.value(name).toString());
        QCOMPARE(fields, csv.at(i + 1).mid(0, 6));
        // Each reason is an object with exactly the ids that apply.
        QStringList items;
        for (const QJsonValue &value : row.value(u"via"_s).toArray()) {
            const QJsonObject via = value.toObject();
            const QString path = via.value(u"path"_s).toString();
            QVERIFY(!via.value(u"role"_s).toString().isEmpty());
            QCOMPARE(via.contains(u"team_id"_s), path == "team"_L1);
            if (path == "destination"_L1)
                QVERIFY(via.contains(u"group_id"_s));
            if (path == "direct"_L1 || path == "account"_L1)
                QVERIFY(!via.contains(u"group_id"_s));
            QVERIFY(via.keys().size() <= 4);
            QString item = path + u':' + via.value(u"role"_s).toString();
            if (via.contains(u"team_id"_s))
                item += u':' + via.value(u"team_id"_s).toString();
            else if (via.contains(u"group_id"_s))
                item += u':' + via.value(u"group_id"_s).toString();
            items.append(item);
        }
        QCOMPARE(items.join(u';'), csv.at(i + 1).at(6));
    }
}

void TestAuditExporter::jsonSaysWhetherTeamsWereRead()
{
    AuditResult withoutTeams;
    withoutTeams.generatedAt = fttest::auditNow();
    withoutTeams.teamsRead = false;
    withoutTeams.teamsProblem = u"No such route: GET /teams"_s;
    for (const QByteArray &json :
         { AuditExporter::toJson({}, withoutTeams),
           AuditExporter::toEffectiveJson(withoutTeams.effective, {}, withoutTeams) }) {
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QVERIFY(root.contains(u"teams_read"_s));
        QCOMPARE(root.value(u"teams_read"_s).toBool(true), false);
        QCOMPARE(root.value(u"teams_problem"_s).toString(), withoutTeams.teamsProblem);
        QCOMPARE(root.value(u"complete"_s).toBool(), true); // complete, without teams
    }
    const QJsonObject read =
        QJsonDocument::fromJson(AuditExporter::toJson({}, AuditResult())).object();
    QCOMPARE(read.value(u"teams_read"_s).toBool(false), true);
    QVERIFY(!read.contains(u"teams_problem"_s));
}

QTEST_GUILESS_MAIN(TestAuditExporter)
#include "tst_auditexporter.moc"
