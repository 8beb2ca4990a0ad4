// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

struct sqlite3;

namespace cx {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// One SQLite connection through Qt SQL, named uniquely so several can be open at once.
// Closes and removes its connection when destroyed; queries made from it must be gone first.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cx::Database)

public:
    // connectOptions as QSqlDatabase::setConnectOptions; path may be a file: URI when the
    // options include QSQLITE_OPEN_URI.
    Database(const QString &path, const QString &connectOptions);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result open();
    QSqlDatabase &connection() { return m_db; }
    // The file name used in messages.
    const QString &fileName() const { return m_fileName; }
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    QSqlQuery query() const { return QSqlQuery(m_db); }
    Result exec(const QString &sql);
    // The first column of the first row of sql, or an invalid QVariant with *error set.
    QVariant scalar(const QString &sql, Result *error = nullptr);
    // A prepared query; failures surface when it is executed.
    QSqlQuery prepare(const QString &sql);
    // Runs a prepared query, turning a failure into a Result that names the file.
    Result run(QSqlQuery &query, const char *what);

    // Turns an SQLite error into a message a person can act on (damaged file, disk full,
    // read-only…), naming the file.
    Result failure(const QSqlError &error, const char *what) const;
    // The same, from an SQLite result code and its message.
    Result failure(int sqliteCode, const QString &detail, const char *what) const;

    sqlite3 *handle() const;

private:
    QString m_connectionName;
    QString m_fileName;
    QSqlDatabase m_db;
};

// Runs its scope in one write transaction (BEGIN IMMEDIATE); rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result &begun() const { return m_begun; }
    Result commit();

private:
    Database &m_db;
    Result m_begun;
    bool m_open = false;
};

} // namespace cx
