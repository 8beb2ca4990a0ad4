// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delimitedtext.h"

#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <cstring>

namespace cx {

namespace {

// The characters of Windows-1252's 0x80–0x9F (0 where it has none); 0xA0–0xFF are Latin-1's.
constexpr std::array<char16_t, 32> windows1252 {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178
};

bool startsWith(const QByteArray &bytes, std::initializer_list<uchar> prefix)
{
    return bytes.size() >= qsizetype(prefix.size())
        && std::equal(prefix.begin(), prefix.end(),
                      reinterpret_cast<const uchar *>(bytes.constData()));
}

// Where the first byte is that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF are not), or -1. QStringDecoder only says whether
// there is one.
qsizetype firstInvalidUtf8(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (b >= 0xC2 && b <= 0xDF)
            length = 2;
        else if (b >= 0xE0 && b <= 0xEF)
            length = 3;
        else if (b >= 0xF0 && b <= 0xF4)
            length = 4;
        else
            return i;
        if (i + length > n)
            return i;
        char32_t code = b & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const uchar c = p[i + k];
            if ((c & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (c & 0x3F);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
            || (length == 4 && (code < 0x10000 || code > 0x10FFFF)))
            return i;
        i += length;
    }
    return -1;
}

// UTF-16 without a byte order mark: every other byte zero in the first kilobytes. 1 for
// little-endian, 2 for big-endian, 0 when it does not look like UTF-16.
int utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (pairs == 0)
        return 0;
    if (oddZeros * 2 > pairs && evenZeros * 8 < pairs)
        return 1;
    if (evenZeros * 2 > pairs && oddZeros * 8 < pairs)
        return 2;
    return 0;
}

} // namespace

Result DelimitedText::decode(const QByteArray &bytes, const QString &fileName, QString *text)
{
    auto refuse = [&](const QString &what) { return Result::failure(ErrorCode::Invalid, what); };
    text->clear();
    // UTF-32's marks first: UTF-32 LE's begins like UTF-16 LE's.
    if (startsWith(bytes, { 0xFF, 0xFE, 0x00, 0x00 }))
        return refuse(
            tr("%1 is UTF-32 (little-endian); save it as UTF-8 and import again.").arg(fileName));
    if (startsWith(bytes, { 0x00, 0x00, 0xFE, 0xFF }))
        return refuse(
            tr("%1 is UTF-32 (big-endian); save it as UTF-8 and import again.").arg(fileName));
    if (startsWith(bytes, { 0xFF, 0xFE }))
        return refuse(
            tr("%1 is UTF-16 (little-endian); save it as UTF-8 and import again.").arg(fileName));
    if (startsWith(bytes, { 0xFE, 0xFF }))
        return refuse(
            tr("%1 is UTF-16 (big-endian); save it as UTF-8 and import again.").arg(fileName));
    if (startsWith(bytes, { 'P', 'K', 0x03, 0x04 })
        || startsWith(bytes, { 0xD0, 0xCF, 0x11, 0xE0 }))
        return refuse(
            tr("%1 is a workbook or an archive, not text; save it as CSV (UTF-8) and import again.")
                .arg(fileName));
    if (const char *zero
        = static_cast<const char *>(std::memchr(bytes.constData(), 0, size_t(bytes.size())))) {
        if (const int utf16 = utf16WithoutBom(bytes))
            return refuse(utf16 == 1 ? tr("%1 is UTF-16 (little-endian) without a byte order mark; "
                                          "save it as UTF-8 and import again.")
                                           .arg(fileName)
                                     : tr("%1 is UTF-16 (big-endian) without a byte order mark; "
                                          "save it as UTF-8 and import again.")
                                           .arg(fileName));
        return refuse(tr("%1, line %2: a zero byte; this is not a text file.")
                          .arg(fileName)
                          .arg(std::count(bytes.constData(), zero, '\n') + 1));
    }

    const qsizetype bom = startsWith(bytes, { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString decoded = decoder.decode(body);
    if (!decoder.hasError()) {
        *text = std::move(decoded);
        return Result::success();
    }

    const auto *p = reinterpret_cast<const uchar *>(body.data());
    const qsizetype bad = firstInvalidUtf8(p, body.size());
    if (bad < 0) // the decoder and this check disagree on some corner of UTF-8: say what is known
        return refuse(
            tr("%1 is not valid UTF-8; save it as UTF-8 and import again.").arg(fileName));
    const qsizetype offset = bom + bad;
    const char *begin = bytes.constData();
    const qint64 line = std::count(begin, begin + offset, '\n') + 1;
    const char *lineStart = std::find(std::make_reverse_iterator(begin + offset),
                                      std::make_reverse_iterator(begin), '\n')
                                .base();
    const qint64 byteInLine = begin + offset - lineStart + 1;
    const uchar b = p[bad];
    const QString hex = QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
    // A high byte standing alone (not followed by UTF-8's continuation bytes) is how
    // Windows-1252 and Latin-1 write é, ü, €…
    const bool alone = b < 0xC0 || bad + 1 >= body.size() || (p[bad + 1] & 0xC0) != 0x80;
    const char16_t guess = b >= 0xA0 ? char16_t(b) : windows1252[b - 0x80];
    if (alone && guess != 0)
        return refuse(tr("%1, line %2, byte %3: 0x%4 is not UTF-8. The file looks like "
                         "Windows-1252 or Latin-1, "
                         "where 0x%4 is “%5”; save it as UTF-8 and import again.")
                          .arg(fileName, QString::number(line), QString::number(byteInLine), hex,
                               QString(QChar(guess))));
    return refuse(tr("%1, line %2, byte %3: 0x%4 is not valid UTF-8; save the file as UTF-8 and "
                     "import again.")
                      .arg(fileName, QString::number(line), QString::number(byteInLine), hex));
}

QChar DelimitedText::detectSeparator(QStringView text)
{
    char16_t best = u',';
    qsizetype bestFields = 1;
    bool bestConsistent = false;
    for (const char16_t candidate : { u',', u';', u'\t' }) {
        DelimitedText reader(text, QChar(candidate));
        QList<QStringView> fields;
        if (!reader.next(&fields) || fields.size() < 2)
            continue;
        const qsizetype count = fields.size();
        bool consistent = true;
        for (int k = 0; k < 5 && reader.next(&fields); ++k)
            consistent = consistent && fields.size() == count;
        if (std::pair(consistent, count) > std::pair(bestConsistent, bestFields)) {
            best = candidate;
            bestFields = count;
            bestConsistent = consistent;
        }
    }
    return QChar(best);
}

DelimitedText::DelimitedText(QStringView text, QChar separator, const QString &fileName)
    : m_text(text)
    , m_separator(separator.unicode())
    , m_fileName(fileName)
{ }

bool DelimitedText::fail(qint64 line, qsizetype column, const QString &what)
{
    const QString place = column > 0
        ? tr("%1, line %2, column %3").arg(m_fileName).arg(line).arg(column)
        : tr("%1, line %2").arg(m_fileName).arg(line);
    m_error = Result::failure(ErrorCode::Invalid, tr("%1: %2").arg(place, what));
    return false;
}

void DelimitedText::newLine(qsizetype lineStart)
{
    ++m_line;
    m_lineStart = lineStart;
}

bool DelimitedText::next(QList<QStringView> *fields)
{
    if (!m_error.ok()) {
        fields->resize(0);
        return false;
    }
    const char16_t *const data = m_text.utf16();
    const qsizetype n = m_text.size();
    const char16_t sep = m_separator;
    qsizetype pos = m_pos;

    // Empty lines between records.
    while (pos < n && (data[pos] == u'\n' || data[pos] == u'\r')) {
        pos += data[pos] == u'\r' && pos + 1 < n && data[pos + 1] == u'\n' ? 2 : 1;
        newLine(pos);
    }
    m_pos = pos;
    if (pos >= n) {
        fields->resize(0);
        return false;
    }
    m_recordLine = m_line;
    m_escaped.resize(0);
    m_buffer.resize(0);
    // Fields are written over the last record's, which saves the list's bookkeeping per field.
    qsizetype count = 0;
    auto put = [fields, &count](QStringView field) {
        if (count < fields->size())
            (*fields)[count] = field;
        else
            fields->append(field);
        ++count;
    };

    for (;;) {
        qsizetype quote = pos;
        while (quote < n && data[quote] == u' ' && sep != u' ')
            ++quote;
        if (quote < n && data[quote] == u'"') {
            const qint64 openLine = m_line;
            pos = quote + 1;
            qsizetype chunk = pos; // the part not yet copied when the field is buffered
            qsizetype bufferStart = -1; // where the field starts in m_buffer, once it has ""
            for (;;) {
                if (pos >= n) {
                    m_pos = pos;
                    return fail(openLine, 0,
                                tr("a quoted field opened on this line is not closed."));
                }
                const char16_t c = data[pos];
                if (c == u'"') {
                    if (pos + 1 < n && data[pos + 1] == u'"') {
                        if (bufferStart < 0)
                            bufferStart = m_buffer.size();
                        m_buffer.append(
                            QStringView(data + chunk, pos + 1 - chunk)); // up to one quote
                        pos += 2;
                        chunk = pos;
                        continue;
                    }
                    break;
                }
                ++pos;
                if (c == u'\n' || (c == u'\r' && (pos >= n || data[pos] != u'\n')))
                    newLine(pos);
            }
            if (bufferStart < 0) {
                put(QStringView(data + quote + 1, pos - quote - 1));
            } else {
                m_buffer.append(QStringView(data + chunk, pos - chunk));
                m_escaped.append({ count, bufferStart, m_buffer.size() - bufferStart });
                put(QStringView()); // pointed into m_buffer below, once it stops growing
            }
            ++pos; // the closing quote
            while (pos < n && data[pos] == u' ' && sep != u' ')
                ++pos;
            if (pos < n && data[pos] != sep && data[pos] != u'\n' && data[pos] != u'\r') {
                m_pos = pos;
                return fail(m_line, pos - m_lineStart + 1,
                            tr("text after the closing quote of a field."));
            }
        } else {
            const qsizetype start = pos;
            while (pos < n) {
                const char16_t c = data[pos];
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"') {
                    m_pos = pos;
                    return fail(m_line, pos - m_lineStart + 1,
                                tr("a quote inside a field that does not start with one (quote the "
                                   "whole field and double the quote)."));
                }
                ++pos;
            }
            put(QStringView(data + start, pos - start));
        }
        if (pos < n && data[pos] == sep) {
            ++pos;
            continue;
        }
        if (pos < n) {
            pos += data[pos] == u'\r' && pos + 1 < n && data[pos + 1] == u'\n' ? 2 : 1;
            newLine(pos);
        }
        break;
    }
    m_pos = pos;
    fields->resize(count);
    for (const Escaped &e : std::as_const(m_escaped))
        (*fields)[e.field] = QStringView(m_buffer).sliced(e.start, e.size);
    return true;
}

} // namespace cx
