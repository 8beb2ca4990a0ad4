// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "rows.h"

#include <sqlite3.h>

namespace cx {

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    sqlite3 *handle = db.handle();
    const int rc = handle ? sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) : SQLITE_MISUSE;
    if (rc != SQLITE_OK)
        m_result = db.failure(rc, QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no connection"), "prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::step()
{
    if (!m_result || !m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_result = m_db.failure(rc, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))), "read");
    return false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

QLatin1StringView Statement::latin1(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QLatin1StringView(bytes, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return {};
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

Uid Statement::uid(int column) const
{
    return QUuid::fromString(latin1(column));
}

QDateTime Statement::time(int column) const
{
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QStringList Statement::stringList(int column) const
{
    const QLatin1StringView raw = latin1(column);
    if (raw == QLatin1StringView("[]"))
        return {};
    return rows::stringList(text(column));
}

} // namespace cx
