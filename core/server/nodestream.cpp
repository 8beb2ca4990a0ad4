// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodestream.h"

#include <QIODevice>
#include <QtEndian>
#include <limits>

namespace cx {
namespace {

// readRawData() and writeRawData() take an int; a field larger than this is refused rather
// than split (no record comes near it: a persona's photo is a few megabytes).
constexpr qint64 maxFieldBytes = std::numeric_limits<int>::max() / 2;

// For %n, which takes an int.
int plural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

void setUp(QDataStream &stream)
{
    // Pinned, so that a newer Qt never changes the bytes (the server compares them).
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::BigEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

} // namespace

NodeStreamWriter::NodeStreamWriter(QByteArray *bytes)
    : m_stream(bytes, QIODevice::WriteOnly | QIODevice::Append)
{
    setUp(m_stream);
}

void NodeStreamWriter::raw(const char *data, int size)
{
    m_stream.writeRawData(data, size);
}

void NodeStreamWriter::field(bool value)
{
    m_stream << quint8(value ? 1 : 0);
}

void NodeStreamWriter::field(quint8 value)
{
    m_stream << value;
}

void NodeStreamWriter::field(quint16 value)
{
    m_stream << value;
}

void NodeStreamWriter::field(int value)
{
    m_stream << qint32(value);
}

void NodeStreamWriter::field(qint64 value)
{
    m_stream << value;
}

void NodeStreamWriter::field(double value)
{
    m_stream << value;
}

void NodeStreamWriter::field(const QString &value)
{
    Q_ASSERT(value.size() * 2 <= maxFieldBytes);
    count(value.size());
    if (value.isEmpty())
        return;
    // UTF-16 as it is, so that even a lone surrogate survives (UTF-8 would replace it).
    QByteArray units(value.size() * 2, Qt::Uninitialized);
    qToBigEndian<char16_t>(value.utf16(), value.size(), units.data());
    raw(units.constData(), int(units.size()));
}

void NodeStreamWriter::field(const QByteArray &value)
{
    Q_ASSERT(value.size() <= maxFieldBytes);
    count(value.size());
    if (!value.isEmpty())
        raw(value.constData(), int(value.size()));
}

void NodeStreamWriter::field(const Uid &value)
{
    const QByteArray bytes = value.toRfc4122();
    raw(bytes.constData(), int(bytes.size()));
}

void NodeStreamWriter::field(const QDate &value)
{
    field(value.isValid());
    if (value.isValid())
        field(value.toJulianDay());
}

void NodeStreamWriter::field(const QDateTime &value)
{
    // The instant only: the store keeps no time zone, and two QDateTimes of the same instant
    // compare equal, so they must encode the same.
    field(value.isValid());
    if (value.isValid())
        field(value.toMSecsSinceEpoch());
}

void NodeStreamWriter::count(qsizetype value)
{
    Q_ASSERT(value >= 0 && value <= std::numeric_limits<quint32>::max());
    m_stream << quint32(value);
}

NodeStreamReader::NodeStreamReader(const QByteArray &bytes)
    : m_stream(bytes)
{
    setUp(m_stream);
}

void NodeStreamReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

qint64 NodeStreamReader::remaining() const
{
    return m_stream.device()->bytesAvailable();
}

void NodeStreamReader::expectEnd()
{
    if (!ok())
        return;
    const qint64 left = remaining();
    if (left > 0)
        fail(tr("%n unexpected byte(s) after its end", nullptr, plural(left)));
}

bool NodeStreamReader::checkStatus()
{
    if (m_stream.status() != QDataStream::Ok)
        fail(tr("it ends too early"));
    return ok();
}

bool NodeStreamReader::raw(char *data, int size)
{
    if (!ok())
        return false;
    if (remaining() < size) {
        fail(tr("it ends too early"));
        return false;
    }
    if (m_stream.readRawData(data, size) != size)
        fail(tr("it ends too early"));
    return ok();
}

void NodeStreamReader::field(bool &value)
{
    quint8 byte = 0;
    field(byte);
    if (!ok())
        return;
    // Only 0 and 1: any other byte would decode to a value that encodes differently.
    if (byte > 1)
        fail(tr("%1 is not a yes or no").arg(byte));
    else
        value = byte == 1;
}

void NodeStreamReader::field(quint8 &value)
{
    if (!ok())
        return;
    m_stream >> value;
    checkStatus();
}

void NodeStreamReader::field(quint16 &value)
{
    if (!ok())
        return;
    m_stream >> value;
    checkStatus();
}

void NodeStreamReader::field(int &value)
{
    if (!ok())
        return;
    qint32 read = 0;
    m_stream >> read;
    if (checkStatus())
        value = read;
}

void NodeStreamReader::field(qint64 &value)
{
    if (!ok())
        return;
    m_stream >> value;
    checkStatus();
}

void NodeStreamReader::field(double &value)
{
    if (!ok())
        return;
    m_stream >> value;
    checkStatus();
}

void NodeStreamReader::field(QString &value)
{
    value.clear();
    const std::optional<qsizetype> units = count(2);
    if (!units || *units == 0)
        return;
    if (*units * 2 > maxFieldBytes) {
        fail(tr("a text of %1 characters is too long").arg(*units));
        return;
    }
    QString text(*units, Qt::Uninitialized);
    if (!raw(reinterpret_cast<char *>(text.data()), int(*units * 2)))
        return;
    qFromBigEndian<char16_t>(text.constData(), *units, text.data());
    value = std::move(text);
}

void NodeStreamReader::field(QByteArray &value)
{
    value.clear();
    const std::optional<qsizetype> size = count(1);
    if (!size || *size == 0)
        return;
    if (*size > maxFieldBytes) {
        fail(tr("a field of %1 bytes is too long").arg(*size));
        return;
    }
    QByteArray bytes(*size, Qt::Uninitialized);
    if (raw(bytes.data(), int(*size)))
        value = std::move(bytes);
}

void NodeStreamReader::field(Uid &value)
{
    char bytes[16];
    if (raw(bytes, int(sizeof bytes)))
        value = QUuid::fromRfc4122(QByteArrayView(bytes, qsizetype(sizeof bytes)));
}

void NodeStreamReader::field(QDate &value)
{
    bool valid = false;
    field(valid);
    if (!ok())
        return;
    if (!valid) {
        value = QDate();
        return;
    }
    qint64 day = 0;
    field(day);
    if (!ok())
        return;
    const QDate date = QDate::fromJulianDay(day);
    if (!date.isValid())
        fail(tr("day %1 is not a date").arg(day));
    else
        value = date;
}

void NodeStreamReader::field(QDateTime &value)
{
    bool valid = false;
    field(valid);
    if (!ok())
        return;
    if (!valid) {
        value = QDateTime();
        return;
    }
    qint64 msecs = 0;
    field(msecs);
    if (!ok())
        return;
    // As the store loads times, so that a decoded record equals the Document's.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    if (!time.isValid() || time.toMSecsSinceEpoch() != msecs)
        fail(tr("%1 is not a time").arg(msecs));
    else
        value = time;
}

std::optional<qsizetype> NodeStreamReader::count(qsizetype minItemBytes)
{
    if (!ok())
        return std::nullopt;
    quint32 size = 0;
    m_stream >> size;
    if (!checkStatus())
        return std::nullopt;
    // Each item takes at least one byte even when its smallest form is unknown, so a count
    // beyond what remains is always damage.
    const qint64 least = qint64(size) * std::max<qsizetype>(minItemBytes, 1);
    if (least > remaining()) {
        fail(tr("it claims %1 items but only %n byte(s) follow", nullptr, plural(remaining()))
                 .arg(size));
        return std::nullopt;
    }
    return qsizetype(size);
}

void NodeStreamReader::unknownName(const QString &text)
{
    // A damaged name may be long or unprintable: show a short, readable part of it.
    QString shown = text.left(40);
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    fail(tr("unknown value “%1”").arg(shown));
}

} // namespace cx
