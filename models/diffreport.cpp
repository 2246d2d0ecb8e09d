#include "diffreport.h"

#include "auditbuilder.h"
#include "diffwords.h"
#include "snapshotstore.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

namespace ftmodels {

using namespace Qt::StringLiterals;
using Type = AccessChange::Type;

namespace {

// Flowing text over pages: headings, paragraphs and indented list lines, a footer with the
// program's version and the page number on each page.
class Pages
{
public:
    Pages(QPdfWriter *writer, QPainter *painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_area = QRectF(writer->pageLayout().paintRectPixels(writer->resolution()));
        m_area.moveTopLeft({ 0, 0 });
        m_y = m_area.top();
    }

    void heading(const QString &text) { block(text, 15, true, 0, 0.6); }
    void subheading(const QString &text) { block(text, 12, true, 0, 0.4); }
    void paragraph(const QString &text) { block(text, 10, false, 0, 0.15); }
    void item(const QString &text) { block(u"\u2022 "_s + text, 9.5, false, 0.04, 0.05); }
    void finish() { footer(); }

private:
    void block(const QString &text, qreal points, bool bold, qreal indent, qreal spaceAbove)
    {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter->setFont(font);
        const QFontMetricsF metrics(font, m_writer);
        const qreal left = m_area.width() * indent;
        const QRectF room(left, 0, m_area.width() - left, 1e9);
        const QRectF needed = metrics.boundingRect(room, Qt::TextWordWrap | Qt::AlignLeft, text);
        const qreal gap = metrics.height() * spaceAbove;
        if (m_y > m_area.top() && m_y + gap + needed.height() > bottom()) {
            footer();
            m_writer->newPage();
            m_y = m_area.top();
        } else if (m_y > m_area.top()) {
            m_y += gap;
        }
        m_painter->drawText(QRectF(left, m_y, room.width(), needed.height() + 1),
                            Qt::TextWordWrap | Qt::AlignLeft, text);
        m_y += needed.height();
    }

    qreal bottom() const { return m_area.bottom() - footerHeight() * 2; }
    qreal footerHeight() const
    {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(8);
        return QFontMetricsF(font, m_writer).height();
    }

    void footer()
    {
        ++m_page;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(8);
        m_painter->setFont(font);
        const QRectF line(0, m_area.bottom() - footerHeight(), m_area.width(), footerHeight());
        m_painter->drawText(line, Qt::AlignLeft, m_footer);
        m_painter->drawText(line, Qt::AlignRight, DiffReport::tr("Page %1").arg(m_page));
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_footer;
    QRectF m_area;
    qreal m_y = 0;
    int m_page = 0;
};

} // namespace

DiffReport::DiffReport(const QString &account, const DiffSide &older, const DiffSide &newer,
                       const SnapshotDiff &diff)
    : m_account(account)
    , m_old(older)
    , m_new(newer)
    , m_diff(diff)
{
}

QString DiffReport::sideText(const DiffSide &side) const
{
    const QLocale locale;
    const QString when = side.time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QString text = side.id > 0 ? tr("Snapshot %1 of %2 UTC").arg(side.id).arg(when)
                               : tr("A fresh audit of %1 UTC").arg(when);
    if (!side.label.isEmpty())
        text += u" \u2013 "_s + side.label;
    text += tr(": %1 people, %2 direct grants")
                .arg(locale.toString(qlonglong(side.data.users.size())),
                     locale.toString(SnapshotStore::grantCount(side.data)));
    return text;
}

QStringList DiffReport::summaryLines() const
{
    const QLocale locale;
    QStringList lines;
    lines.append(tr("People with a change: %1").arg(locale.toString(m_diff.peopleChanged())));
    for (Type type : AccessChange::allTypes())
        lines.append(
            tr("%1: %2").arg(DiffWords::typeText(type), locale.toString(m_diff.count(type))));
    return lines;
}

QStringList DiffReport::flagLines() const
{
    const QVector<AuditRow> rows = AuditBuilder::build(m_new.data, m_new.time);
    const QLocale locale;
    QStringList lines;
    for (AuditFlag flag : Audit::allFlags()) {
        QSet<QString> people;
        int count = 0;
        for (const AuditRow &row : rows) {
            if (row.flags.testFlag(flag)) {
                people.insert(row.userId);
                ++count;
            }
        }
        lines.append(tr("%1: %2 people, %3 rows")
                         .arg(Audit::flagText(flag), locale.toString(qlonglong(people.size())),
                              locale.toString(count)));
    }
    return lines;
}

bool DiffReport::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString version = QStringLiteral(FT_VERSION);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Access review"));
        writer.setCreator(u"fivetran-admin %1"_s.arg(version));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Could not start a PDF in %1").arg(path);
            file.cancelWriting();
            return false;
        }
        Pages pages(
            &writer, &painter,
            tr("fivetran-admin %1 \u2013 written %2 UTC")
                .arg(version, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm"_s)));
        pages.heading(tr("Access review: what changed between two audits"));
        pages.paragraph(tr("Account: %1").arg(m_account));
        pages.paragraph(tr("Older: %1").arg(sideText(m_old)));
        pages.paragraph(tr("Newer: %1").arg(sideText(m_new)));

        pages.subheading(tr("Summary"));
        for (const QString &line : summaryLines())
            pages.item(line);

        pages.subheading(tr("Changes to people, roles and grants"));
        int listed = 0;
        int direct = 0;
        for (const AccessChange &c : m_diff.changes()) {
            if (c.type >= Type::EffectiveGained)
                continue;
            ++direct;
            if (listed < kListLimit) {
                pages.item(DiffWords::text(c, m_old.graph, m_new.graph));
                ++listed;
            }
        }
        if (direct == 0)
            pages.paragraph(tr("None."));
        else if (direct > listed)
            pages.paragraph(tr("\u2026 and %1 more (the CSV or JSON of the same comparison "
                               "lists them all).")
                                .arg(direct - listed));

        pages.subheading(tr("Effective access: what people can reach now, and why"));
        const QStringList summaries = m_diff.summaries();
        for (qsizetype i = 0; i < summaries.size() && i < kListLimit; ++i)
            pages.item(summaries.at(i));
        if (summaries.isEmpty())
            pages.paragraph(tr("No one gained or lost access."));
        else if (summaries.size() > kListLimit)
            pages.paragraph(tr("\u2026 and %1 more.").arg(summaries.size() - kListLimit));

        pages.subheading(tr("Hygiene flags at the newer date"));
        for (const QString &line : flagLines())
            pages.item(line);
        pages.finish();
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ftmodels
