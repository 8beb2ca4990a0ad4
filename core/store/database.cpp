// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace cx {

// Debug messages only when asked for (QT_LOGGING_RULES="cx.store.debug=true").
Q_LOGGING_CATEGORY(lcStore, "cx.store", QtInfoMsg)

namespace {
QAtomicInteger<quint64> connectionCounter;
}

Database::Database(const QString &path, const QString &connectOptions)
    : m_connectionName(QStringLiteral("cx-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_fileName(QFileInfo(path).fileName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(connectOptions);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result Database::open()
{
    if (!m_db.open())
        return failure(m_db.lastError(), "open");
    return Result::success();
}

Result Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return failure(q.lastError(), "exec");
    return Result::success();
}

QVariant Database::scalar(const QString &sql, Result *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? failure(q.lastError(), "read")
                                            : Result::failure(ErrorCode::Damaged,
                                                              tr("“%1” is damaged: %2 returned nothing.")
                                                                  .arg(m_fileName, sql));
        return {};
    }
    return q.value(0);
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcStore) << "cannot prepare" << sql << q.lastError().text();
    return q;
}

Result Database::run(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return failure(query.lastError(), what);
    return Result::success();
}

Result Database::failure(const QSqlError &error, const char *what) const
{
    // The Qt SQLite driver reports SQLite's extended result code as the native code.
    return failure(error.nativeErrorCode().toInt(),
                   error.databaseText().isEmpty() ? error.text() : error.databaseText(), what);
}

Result Database::failure(int sqliteCode, const QString &detail, const char *what) const
{
    const int code = sqliteCode & 0xff;
    qCDebug(lcStore) << what << m_fileName << code << detail;
    switch (code) {
    case SQLITE_CORRUPT:
        return Result::failure(ErrorCode::Damaged,
                               tr("“%1” is damaged and cannot be read (%2).").arg(m_fileName, detail));
    case SQLITE_NOTADB:
        return Result::failure(ErrorCode::NotSqlite,
                               tr("“%1” is not a CX Atlas workspace (not an SQLite database).")
                                   .arg(m_fileName));
    case SQLITE_READONLY:
        return Result::failure(ErrorCode::ReadOnly,
                               tr("“%1” is read-only; the change was not saved.").arg(m_fileName));
    case SQLITE_FULL:
        return Result::failure(ErrorCode::Io,
                               tr("The disk holding “%1” is full; the change was not saved.")
                                   .arg(m_fileName));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Result::failure(ErrorCode::Io,
                               tr("“%1” is busy in another program; try again.").arg(m_fileName));
    case SQLITE_CONSTRAINT:
        return Result::failure(ErrorCode::Invalid,
                               tr("“%1” refused the change because it breaks a rule of the "
                                  "workspace (%2).").arg(m_fileName, detail));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        return Result::failure(ErrorCode::Io,
                               tr("“%1” cannot be read or written (%2).").arg(m_fileName, detail));
    default:
        return Result::failure(ErrorCode::Io,
                               tr("“%1”: the database reported an error (%2).").arg(m_fileName, detail));
    }
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Result Transaction::commit()
{
    Q_ASSERT(m_open);
    Result r = m_db.exec(QStringLiteral("COMMIT"));
    if (r.ok())
        m_open = false;
    return r;
}

} // namespace cx
