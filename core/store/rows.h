// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "model/enums.h"
#include "model/nodebase.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Conversions between model values and SQLite columns, shared by the repositories.
namespace cx {
class Statement;
}

namespace cx::rows {

inline QVariant uid(const Uid &value) { return uidText(value); }
// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind '' instead.
inline QVariant text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
inline Uid uid(const QVariant &value) { return uidFromText(value.toString()); }
inline QVariant time(const QDateTime &value) { return value.toMSecsSinceEpoch(); }
inline QDateTime time(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}
inline QDate date(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
QString stringList(const QStringList &list);
QStringList stringList(const QVariant &json);

template<typename E> E enumFrom(const QString &value)
{
    // The CHECK constraints admit only known names, so a miss is a damaged file; fall back to
    // the first value rather than crash.
    return fromName<E>(value).value_or(E{});
}

// The node row every linkable record has: uid, kind, title, notes, created, modified.
class NodeTable
{
public:
    explicit NodeTable(Database &db);
    Result save(const NodeBase &node, NodeKind kind);
    Result remove(const Uid &uid);
    // Reads columns 0 … 4 as uid, title, notes, created, modified.
    static void read(const Statement &row, NodeBase &node);

private:
    Database &m_db;
    QSqlQuery m_upsert;
    QSqlQuery m_delete;
};

} // namespace cx::rows
