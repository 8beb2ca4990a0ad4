// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>
#include <type_traits>

namespace cx {

// The primitive values of NodeCodec's records, written and read by one pair of classes with
// the same field() overloads, so that a record's layout is written down once (nodecodec.cpp)
// and used in both directions.
//
// Layout (QDataStream Qt_6_4, big-endian): bool as one byte 0 or 1; int as qint32; qint64;
// double as its 8 IEEE bytes; a string as quint32 UTF-16 units then the units (null and empty
// are the same value to the model, so they are one encoding); bytes as quint32 length then
// the bytes; a Uid as its 16 RFC 4122 bytes; a QDate as a byte 0 (invalid) or 1 and the Julian
// day as qint64; a QDateTime as a byte 0 (invalid) or 1 and msecs since the epoch as qint64;
// std::optional as a byte 0 or 1 and the value; an enumeration as its stable name (enums.h);
// a list as quint32 count then the items.
class NodeStreamWriter
{
public:
    // Appends to bytes, which must outlive the writer.
    explicit NodeStreamWriter(QByteArray *bytes);

    void raw(const char *data, int size);
    void field(bool value);
    void field(quint8 value);
    void field(quint16 value);
    void field(int value);
    void field(qint64 value);
    void field(double value);
    void field(const QString &value);
    void field(const QByteArray &value);
    void field(const Uid &value);
    void field(const QDate &value);
    void field(const QDateTime &value);

    template<typename E>
        requires std::is_enum_v<E>
    void field(E value)
    {
        field(name(value));
    }

    template<typename T>
    void field(const std::optional<T> &value)
    {
        field(value.has_value());
        if (value)
            field(*value);
    }

    template<typename T>
    void field(const QList<T> &items)
    {
        list(items, 0, [](NodeStreamWriter &s, const T &item) { s.field(item); });
    }

    template<typename T, typename Each>
    void list(const QList<T> &items, qsizetype /*minItemBytes*/, Each each)
    {
        count(items.size());
        for (const T &item : items)
            each(*this, item);
    }

    void count(qsizetype value);

private:
    QDataStream m_stream;
};

// Reads what NodeStreamWriter wrote from bytes that may be anything. The first problem is
// kept as a translated message and every later read does nothing, so a record's reader can
// run to its end and check ok() once. No length is trusted: each is checked against the bytes
// that remain before anything is allocated.
class NodeStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::NodeStreamReader)

public:
    // Reads bytes, which must outlive the reader.
    explicit NodeStreamReader(const QByteArray &bytes);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message);
    qint64 remaining() const;
    // Fails unless every byte has been read.
    void expectEnd();

    bool raw(char *data, int size);
    void field(bool &value);
    void field(quint8 &value);
    void field(quint16 &value);
    void field(int &value);
    void field(qint64 &value);
    void field(double &value);
    void field(QString &value);
    void field(QByteArray &value);
    void field(Uid &value);
    void field(QDate &value);
    void field(QDateTime &value);

    template<typename E>
        requires std::is_enum_v<E>
    void field(E &value)
    {
        QString text;
        field(text);
        if (!ok())
            return;
        if (const std::optional<E> known = fromName<E>(text))
            value = *known;
        else
            unknownName(text);
    }

    template<typename T>
    void field(std::optional<T> &value)
    {
        bool present = false;
        field(present);
        if (!ok())
            return;
        if (!present) {
            value.reset();
            return;
        }
        T item{};
        field(item);
        value = item;
    }

    template<typename T>
    void field(QList<T> &items)
    {
        list(items, minBytes<T>(), [](NodeStreamReader &s, T &item) { s.field(item); });
    }

    // minItemBytes is the least an item takes in the stream: with it a count that cannot fit
    // in what remains is refused before any memory is reserved.
    template<typename T, typename Each>
    void list(QList<T> &items, qsizetype minItemBytes, Each each)
    {
        items.clear();
        const std::optional<qsizetype> size = count(minItemBytes);
        if (!size)
            return;
        // Within what the remaining bytes could hold, whatever the count says.
        items.reserve(std::min(*size, remaining() / qsizetype(sizeof(T)) + 1));
        for (qsizetype i = 0; i < *size && ok(); ++i) {
            T item{};
            each(*this, item);
            items.append(std::move(item));
        }
    }

    std::optional<qsizetype> count(qsizetype minItemBytes);

private:
    template<typename T> static constexpr qsizetype minBytes()
    {
        if constexpr (std::is_same_v<T, Uid>)
            return 16;
        else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, QByteArray>)
            return 4;
        else
            return qsizetype(sizeof(T));
    }
    bool checkStatus();
    void unknownName(const QString &text);

    QDataStream m_stream;
    QString m_error;
};

} // namespace cx
