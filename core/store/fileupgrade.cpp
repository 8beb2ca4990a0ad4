// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileupgrade.h"

#include "database.h"
#include "schema.h"
#include "io/filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <filesystem>
#include <sqlite3.h>

namespace cx {

namespace {

// Copies every page of source's main database into destination's: an SQLite result code.
int copyPages(sqlite3 *destination, sqlite3 *source)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    return stepped == SQLITE_DONE ? finished : stepped;
}

// The file's bytes as they are, through QSaveFile: the copy is complete and on disk, or absent.
QString copyBytes(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return out.errorString();
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return in.errorString();
        if (!FileWriter::writeAll(out, chunk))
            return out.errorString(); // the destructor removes the temporary file
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

// The content SQLite reads through db (the file and its write-ahead log) as a new file at to,
// written beside it first and renamed, so that it is complete or absent.
QString copyContent(Database &db, const QString &to)
{
    const QString partial = to + QStringLiteral(".partial");
    auto removePartial = [&partial] {
        for (const char *extra : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(extra));
    };
    removePartial();
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        rc = copyPages(destination, db.handle());
    QString why = rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
    if (sqlite3_close(destination) != SQLITE_OK && why.isEmpty())
        why = QString::fromUtf8(sqlite3_errmsg(destination));
    if (why.isEmpty()) {
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(to).toStdString(), ec);
        if (ec)
            why = QString::fromStdString(ec.message());
    }
    if (!why.isEmpty())
        removePartial();
    return why;
}

} // namespace

std::unique_ptr<Database> FileUpgrade::privateCopy(Database &source, int version, Result *error)
{
    // An empty name is SQLite's private temporary database: in memory while it is small and
    // in a temporary file (removed when it closes) beyond that, so a large workspace need not
    // fit in memory, and nothing of it is left anywhere.
    auto copy = std::make_unique<Database>(QString(), QString());
    copy->setFileName(source.fileName());
    if (Result r = copy->open(); !r) {
        *error = r;
        return nullptr;
    }
    const int rc = copyPages(copy->handle(), source.handle());
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        // Damage in the file says what opening says about it; anything else is the copy's.
        *error = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            ? source.failure(rc, QString::fromUtf8(sqlite3_errstr(rc)), "private copy")
            : Result::failure(ErrorCode::Io, tr("“%1” uses the older file format %2 and is read "
                                                "through an upgraded copy, which could not be made: %3.")
                                                 .arg(source.fileName(), QString::number(version),
                                                      QString::fromUtf8(sqlite3_errstr(rc))));
        return nullptr;
    }
    Result r = copy->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (r)
        r = migrate(*copy, version, schemaSteps());
    if (!r) {
        *error = Result::failure(r.code(), tr("“%1” uses the older file format %2, and its upgraded "
                                              "copy could not be made: %3")
                                               .arg(source.fileName(), QString::number(version), r.message()));
        return nullptr;
    }
    return copy;
}

QString FileUpgrade::backupName(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".v") + QString::number(version) + QStringLiteral("-backup");
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + u'.' + QString::number(n);
    return name;
}

Result FileUpgrade::keepBackup(const QString &path, Database &db, int version, QString *backup)
{
    const QString target = backupName(path, version);
    // Committed pages may still be in the log beside the file (after a crash): then the
    // backup is made by SQLite from what it reads, else it is the file's own bytes.
    const bool logged = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const QString why = logged ? copyContent(db, target) : copyBytes(path, target);
    if (!why.isEmpty()) {
        return Result::failure(ErrorCode::Io, tr("A backup of “%1” could not be written as “%2”: %3.")
                                                  .arg(db.fileName(), QDir::toNativeSeparators(target), why));
    }
    *backup = target;
    return Result::success();
}

} // namespace cx
