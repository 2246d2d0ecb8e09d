#pragma once

// Reads the text back out of a PDF as QPdfWriter writes it, to check what a report says:
// every object's stream inflated (FlateDecode), each font's ToUnicode table read, and each
// page's text operators (Tj, TJ) mapped through the table of the font selected (Tf). Enough for
// QPdfWriter's output; not a general PDF reader.

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QtEndian>

namespace fttest {

class PdfText
{
public:
    static PdfText read(const QByteArray &pdf)
    {
        PdfText r;
        static const QRegularExpression object(u"(\\d+) 0 obj"_qs);
        // Objects by number: their dictionary and inflated stream.
        QHash<int, QByteArray> dicts;
        QHash<int, QByteArray> streams;
        auto it = object.globalMatch(QString::fromLatin1(pdf));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int number = m.captured(1).toInt();
            const qsizetype start = m.capturedEnd();
            const qsizetype end = pdf.indexOf("endobj", start);
            if (end < 0)
                break;
            const QByteArray body = pdf.mid(start, end - start);
            const qsizetype s = body.indexOf("stream");
            dicts.insert(number, s >= 0 ? body.left(s) : body);
            if (s >= 0) {
                qsizetype from = s + 6;
                if (body.mid(from, 2) == "\r\n")
                    from += 2;
                else if (body.at(from) == '\n')
                    ++from;
                const qsizetype to = body.lastIndexOf("endstream");
                QByteArray data = body.mid(from, to - from);
                if (body.left(s).contains("/FlateDecode"))
                    data = inflate(data);
                streams.insert(number, data);
            }
            if (body.contains("/Type /Page") && !body.contains("/Type /Pages"))
                ++r.m_pages;
        }
        // Font resource names -> ToUnicode maps.
        QHash<QByteArray, QHash<quint32, QString>> fonts;
        static const QRegularExpression fontRef(u"/(F\\d+|Font\\d*\\w*) (\\d+) 0 R"_qs);
        static const QRegularExpression toUnicode(u"/ToUnicode (\\d+) 0 R"_qs);
        for (auto d = dicts.cbegin(); d != dicts.cend(); ++d) {
            auto refs = fontRef.globalMatch(QString::fromLatin1(d.value()));
            while (refs.hasNext()) {
                const QRegularExpressionMatch m = refs.next();
                const QByteArray font = dicts.value(m.captured(2).toInt());
                const QRegularExpressionMatch u = toUnicode.match(QString::fromLatin1(font));
                if (u.hasMatch())
                    fonts.insert(m.captured(1).toLatin1(),
                                 cmap(streams.value(u.captured(1).toInt())));
            }
        }
        // Page contents, in object order.
        QList<int> numbers = streams.keys();
        std::sort(numbers.begin(), numbers.end());
        for (int n : numbers) {
            if (dicts.value(n).contains("/Subtype") || dicts.value(n).contains("/Length1"))
                continue;
            r.m_text += textOf(streams.value(n), fonts);
        }
        return r;
    }

    int pages() const { return m_pages; }
    // Lines and word gaps as single spaces, typographic ligatures as their letters: what a
    // person reads, so a phrase that wraps is still found.
    QString text() const
    {
        QString t = m_text;
        t.replace(QChar(0xFB00), u"ff"_qs);
        t.replace(QChar(0xFB01), u"fi"_qs);
        t.replace(QChar(0xFB02), u"fl"_qs);
        t.replace(QChar(0xFB03), u"ffi"_qs);
        t.replace(QChar(0xFB04), u"ffl"_qs);
        return t.simplified();
    }

private:
    static QByteArray inflate(const QByteArray &data)
    {
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(data.size() * 20 + 1024), sized.data());
        return qUncompress(sized + data);
    }

    static QString unit(const QByteArray &hex)
    {
        QString s;
        const QByteArray bytes = QByteArray::fromHex(hex);
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            s += QChar(quint16((quint8(bytes[i]) << 8) | quint8(bytes[i + 1])));
        return s;
    }

    static QHash<quint32, QString> cmap(const QByteArray &data)
    {
        QHash<quint32, QString> map;
        const QString text = QString::fromLatin1(data);
        static const QRegularExpression range(
            u"<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*(<([0-9a-fA-F]+)>|\\[([^\\]]*)\\])"_qs);
        static const QRegularExpression pair(u"<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>"_qs);
        static const QRegularExpression section(u"beginbf(char|range)(.*?)endbf(char|range)"_qs,
                                                QRegularExpression::DotMatchesEverythingOption);
        auto sections = section.globalMatch(text);
        while (sections.hasNext()) {
            const QRegularExpressionMatch s = sections.next();
            const QString body = s.captured(2);
            if (s.captured(1) == u"char"_qs) {
                auto pairs = pair.globalMatch(body);
                while (pairs.hasNext()) {
                    const QRegularExpressionMatch p = pairs.next();
                    map.insert(p.captured(1).toUInt(nullptr, 16), unit(p.captured(2).toLatin1()));
                }
                continue;
            }
            auto ranges = range.globalMatch(body);
            while (ranges.hasNext()) {
                const QRegularExpressionMatch m = ranges.next();
                const quint32 from = m.captured(1).toUInt(nullptr, 16);
                const quint32 to = m.captured(2).toUInt(nullptr, 16);
                if (!m.captured(4).isEmpty()) {
                    const QString first = unit(m.captured(4).toLatin1());
                    for (quint32 g = from; g <= to && g - from < 65536; ++g)
                        map.insert(g, QString(QChar(first.at(0).unicode() + (g - from))));
                } else {
                    static const QRegularExpression hex(u"<([0-9a-fA-F]+)>"_qs);
                    auto items = hex.globalMatch(m.captured(5));
                    for (quint32 g = from; g <= to && items.hasNext(); ++g)
                        map.insert(g, unit(items.next().captured(1).toLatin1()));
                }
            }
        }
        return map;
    }

    static QString textOf(const QByteArray &content,
                          const QHash<QByteArray, QHash<quint32, QString>> &fonts)
    {
        QString out;
        const QHash<quint32, QString> *font = nullptr;
        static const QRegularExpression token(
            u"/(\\S+)\\s+[\\d.]+\\s+Tf|<([0-9a-fA-F]*)>\\s*Tj|\\[([^\\]]*)\\]\\s*TJ|(ET)"_qs);
        auto tokens = token.globalMatch(QString::fromLatin1(content));
        while (tokens.hasNext()) {
            const QRegularExpressionMatch m = tokens.next();
            if (!m.captured(1).isEmpty()) {
                const auto f = fonts.constFind(m.captured(1).toLatin1());
                font = f == fonts.constEnd() ? nullptr : &f.value();
            } else if (!m.captured(4).isEmpty()) {
                out += u'\n';
            } else {
                QString hex = m.captured(2);
                if (hex.isEmpty()) {
                    static const QRegularExpression inner(u"<([0-9a-fA-F]*)>"_qs);
                    auto parts = inner.globalMatch(m.captured(3));
                    while (parts.hasNext())
                        hex += parts.next().captured(1);
                }
                if (!font)
                    continue;
                for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                    out += font->value(hex.mid(i, 4).toUInt(nullptr, 16));
            }
        }
        return out;
    }

    int m_pages = 0;
    QString m_text;
};

} // namespace fttest
