// DiffReport: the PDF of a comparison exists, has pages, and its text (read back from the
// file: streams inflated, glyphs mapped through each font's ToUnicode table) holds the account,
// both dates, the summary counts, the changes in words, the hygiene flags and the version.
#include "auditfixture.h"
#include "diffreport.h"
#include "pdftext.h"
#include "sandboxserver.h"
#include "snapshotdiff.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ftmodels::AccessChange;
using ftmodels::DiffSide;

class TestDiffReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void reportHoldsTheSummary()
    {
        ftsandbox::SandboxOptions options = fttest::generatedAccount(120, 4, 16, 3);
        ftsandbox::SandboxServer server(options);
        ftsandbox::SandboxStore &store = server.store();
        const QDateTime t1(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
        const QDateTime t2(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC);
        const DiffSide older = DiffSide::of(fttest::auditDataFromStore(store), t1, 3);
        ftsandbox::SandboxUser invited;
        QVERIFY(!store
                     .inviteUser({ u"zed.report@example.com"_s,
                                   u"Zed"_s,
                                   u"Report"_s,
                                   {},
                                   {},
                                   u"Account Administrator"_s },
                                 &invited)
                     .isError());
        DiffSide newer = DiffSide::of(fttest::auditDataFromStore(store), t2, 4, u"November"_s);
        const ftmodels::SnapshotDiff diff = ftmodels::SnapshotDiff::compare(older, newer);
        QCOMPARE(diff.count(AccessChange::Type::UserAdded), 1);
        const int gained = diff.count(AccessChange::Type::EffectiveGained);
        QVERIFY(gained > 10);

        const QString path = m_dir.filePath(u"review.pdf"_s);
        const ftmodels::DiffReport report(u"https://api.example.com/v1"_s, older, newer, diff);
        QString error;
        QVERIFY2(report.write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const fttest::PdfText pdf = fttest::PdfText::read(bytes);
        QVERIFY(pdf.pages() >= 1);
        const QString text = pdf.text();
        if (qEnvironmentVariableIsSet("FT_DUMP_PDF"))
            qInfo("%s", qPrintable(text));
        auto has = [&text](const QString &part) {
            if (!text.contains(part))
                qWarning("missing from the PDF: %s", qPrintable(part));
            return text.contains(part);
        };
        QVERIFY(has(u"https://api.example.com/v1"_s));
        QVERIFY(has(u"Snapshot 3"_s));
        QVERIFY(has(u"Snapshot 4"_s));
        QVERIFY(has(u"November"_s));
        QVERIFY(has(u"Person added: 1"_s));
        QVERIFY(has(u"Access gained: %1"_s.arg(gained)));
        QVERIFY(has(u"Person removed: 0"_s));
        QVERIFY(has(u"Zed Report"_s));
        QVERIFY(has(u"through the account role Account Administrator"_s));
        QVERIFY(has(u"Hygiene flags at the newer date"_s));
        QVERIFY(has(u"fivetran-admin " FT_VERSION ""_s));
        for (const QString &line : report.summaryLines())
            QVERIFY(has(line));
    }

    void unwritableFolderSaysSo()
    {
        const DiffSide side = DiffSide::of({}, QDateTime::currentDateTimeUtc(), 1);
        const ftmodels::SnapshotDiff diff = ftmodels::SnapshotDiff::compare(side, side);
        const ftmodels::DiffReport report(u"x"_s, side, side, diff);
        QString error;
        QVERIFY(!report.write(m_dir.filePath(u"missing/dir/r.pdf"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDiffReport)
#include "tst_diffreport.moc"
