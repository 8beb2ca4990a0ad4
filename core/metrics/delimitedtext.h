// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace cx {

// Delimited text as spreadsheets and survey tools export it (RFC 4180, with a comma, semicolon
// or tab between fields), read one record at a time without copying the text.
//
// Quoting: a field that starts with a quote (spaces before it are ignored) runs to the closing
// quote and may hold separators, line breaks (CRLF, LF or CR) and doubled quotes (""), which
// read as one. Spaces after the closing quote are ignored; anything else there is an error, and
// so is a quote inside an unquoted field. An unclosed quote is an error naming the line where
// the field opened. Empty lines between records are skipped; the last line needs no line break.
class DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(cx::DelimitedText)

public:
    // The file's bytes as text. UTF-8 with or without a byte order mark is read; anything else
    // is refused with a message that names the file and what it is instead: UTF-16 or UTF-32
    // (by their byte order marks, or UTF-16 by its zero bytes), a workbook (ZIP or OLE), or bytes
    // that are not UTF-8, with the line and byte where the text breaks and, when the bytes look
    // like Windows-1252 or Latin-1, that guess. An empty file is empty text, not an error.
    static Result decode(const QByteArray &bytes, const QString &fileName, QString *text);

    // Comma, semicolon or tab: the one that splits the first record (outside quotes) into the
    // most fields, preferring one that splits the next few records into as many; comma when
    // none splits it.
    static QChar detectSeparator(QStringView text);

    // text must outlive the reader. fileName only names the file in error messages.
    DelimitedText(QStringView text, QChar separator, const QString &fileName = QString());

    // The next record's fields. They are views into the text, or into this reader for quoted
    // fields with doubled quotes, and stay valid until the next call. False at the end of the
    // text and on an error (then error() says what and where, and every later call is false).
    bool next(QList<QStringView> *fields);

    // The 1-based line the last record read starts on (a record with a quoted line break spans
    // several lines).
    qint64 line() const { return m_recordLine; }
    Result error() const { return m_error; }

    // Whether view points into the text (rather than into this reader's own buffer), so it stays
    // valid as long as the text does.
    bool isInText(QStringView view) const
    {
        return view.data() >= m_text.data()
            && view.data() + view.size() <= m_text.data() + m_text.size();
    }

private:
    struct Escaped { // a quoted field with doubled quotes, unescaped into m_buffer
        qsizetype field = 0;
        qsizetype start = 0;
        qsizetype size = 0;
    };

    bool fail(qint64 line, qsizetype column, const QString &what);
    void newLine(qsizetype lineStart);

    QStringView m_text;
    char16_t m_separator;
    QString m_fileName;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qsizetype m_lineStart = 0;
    qint64 m_recordLine = 0;
    QString m_buffer;
    QList<Escaped> m_escaped;
    Result m_error;
};

} // namespace cx
