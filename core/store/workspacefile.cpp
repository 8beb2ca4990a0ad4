// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile.h"

#include "fileupgrade.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSysInfo>
#include <QUrl>
#include <QtEndian>
#include <cerrno>
#include <filesystem>
#include <signal.h>
#include <sqlite3.h>

namespace cx {

namespace {

constexpr int sqliteHeaderSize = 100;

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The process holding path's lock file, if it is alive on this machine; 0 otherwise.
qint64 liveLockHolder(const QString &path, QString *host)
{
    QLockFile probe(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString app;
    if (!probe.getLockInfo(&pid, host, &app) || pid <= 0)
        return 0;
    if (!host->isEmpty() && *host != QSysInfo::machineHostName())
        return pid; // another machine's process: assume it is alive
    return (::kill(pid_t(pid), 0) == 0 || errno == EPERM) ? pid : 0;
}

} // namespace

WorkspaceFile::~WorkspaceFile()
{
    m_db.reset(); // closes the connection (and checkpoints the WAL) before the lock goes
    if (m_lock)
        m_lock->unlock();
}

Result WorkspaceFile::sniff(const QString &path)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        return Result::failure(ErrorCode::NotFound, tr("“%1” does not exist.").arg(name));
    if (info.isDir()) {
        return Result::failure(ErrorCode::NotWorkspace,
                               tr("“%1” is a folder, not a CX Atlas workspace file.").arg(name));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result::failure(ErrorCode::Io,
                               tr("“%1” cannot be read: %2.").arg(name, file.errorString()));
    }
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.isEmpty()) {
        return Result::failure(ErrorCode::NotWorkspace,
                               tr("“%1” is empty; it is not a CX Atlas workspace.").arg(name));
    }
    if (header.size() < sqliteHeaderSize
        || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return Result::failure(ErrorCode::NotSqlite,
                               tr("“%1” is not a CX Atlas workspace: it is not an SQLite "
                                  "database file.").arg(name));
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<qint32>(bytes + 68) != workspaceApplicationId) {
        return Result::failure(ErrorCode::NotWorkspace,
                               tr("“%1” is an SQLite database, but not a CX Atlas workspace.")
                                   .arg(name));
    }
    // A healthy file is never shorter than the page count its header records, unless a write-
    // ahead log lies beside it: a checkpoint copies pages from the log in page order, page 1
    // (the header) first, so a process killed part-way leaves a header ahead of the file's end
    // while the log still holds every page. SQLite finishes the copy on the next open.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    const bool logBeside = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (countValid && !logBeside && info.size() < pages * pageSize) {
        return Result::failure(ErrorCode::Damaged,
                               tr("“%1” is damaged: it is %2 bytes long but should be %3 "
                                  "(was it cut short while copying?).")
                                   .arg(name, QString::number(info.size()), QString::number(pages * pageSize)));
    }
    return Result::success();
}

std::unique_ptr<WorkspaceFile> WorkspaceFile::create(const QString &path, Result *error, const QString &shownAs)
{
    const QString name = displayName(shownAs.isEmpty() ? path : shownAs);
    if (QFileInfo::exists(path)) {
        *error = Result::failure(ErrorCode::Io, tr("“%1” already exists.").arg(name));
        return nullptr;
    }
    // Built under a temporary name and renamed at the end, so a failure leaves no half-made
    // workspace. Built in rollback-journal mode so the header (application_id) is in the
    // main file itself before it switches to WAL.
    const QString building = path + QStringLiteral(".creating");
    QFile::remove(building);
    {
        Database db(building, QString());
        db.setFileName(name);
        Result r = db.open();
        if (r) r = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(workspaceApplicationId));
        if (r) r = db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (r) r = migrate(db, 0, schemaSteps());
        if (r) r = db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!r) {
            *error = Result::failure(r.code(), tr("Cannot create “%1”: %2").arg(name, r.message()));
            QFile::remove(building);
            return nullptr;
        }
    }
    std::error_code ec;
    std::filesystem::rename(building.toStdString(), path.toStdString(), ec);
    if (ec) {
        QFile::remove(building);
        *error = Result::failure(ErrorCode::Io, tr("Cannot create “%1”: %2.")
                                                    .arg(name, QString::fromStdString(ec.message())));
        return nullptr;
    }
    auto file = open(path, OpenMode::ReadWrite, error);
    if (file) {
        file->m_db->setFileName(name);
    } else {
        // Opening can fail on a disk that just filled up (the log and the lock need room):
        // the new file is no use to anyone then, so nothing of it stays behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(path + suffix);
        *error = Result::failure(error->code(), tr("Cannot create “%1”: %2").arg(name, error->message()));
    }
    return file;
}

std::unique_ptr<WorkspaceFile> WorkspaceFile::open(const QString &path, OpenMode mode, Result *error)
{
    if (Result r = sniff(path); !r) {
        *error = r;
        return nullptr;
    }
    std::unique_ptr<WorkspaceFile> file(new WorkspaceFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    if (Result r = file->configure(mode); !r) {
        *error = r;
        return nullptr;
    }
    return file;
}

Result WorkspaceFile::configure(OpenMode mode)
{
    const QString name = displayName(m_path);
    const QFileInfo info(m_path);
    m_readOnly = mode == OpenMode::ReadOnly;
    if (mode == OpenMode::ReadOnly) {
        QString host;
        if (const qint64 pid = liveLockHolder(m_path, &host)) {
            m_readOnlyReason = tr("“%1” is being edited in another CX Atlas (process %2 on %3); "
                                  "this shows what it has saved so far.").arg(name, QString::number(pid), host);
        }
    } else {
        // A file with no write permission bits is read-only by intent, even for root, who
        // could write it anyway.
        const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits)
            || !QFileInfo(info.absolutePath()).isWritable()) {
            m_readOnly = true;
            m_readOnlyReason = tr("“%1” is read-only (its file or folder cannot be written); "
                                  "it was opened for reading only and changes cannot be saved.")
                                   .arg(name);
        } else {
            m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
            m_lock->setStaleLockTime(0); // stale only when its process is gone
            if (!m_lock->tryLock(0)) {
                const bool held = m_lock->error() == QLockFile::LockFailedError;
                qint64 pid = 0;
                QString host, app;
                m_lock->getLockInfo(&pid, &host, &app);
                m_lock.reset();
                m_readOnly = true;
                if (held) {
                    m_readOnlyReason = tr("“%1” is open in another CX Atlas (process %2 on %3); it was "
                                          "opened for reading only. Close it there to edit it here.")
                                           .arg(name, QString::number(pid), host.isEmpty() ? QSysInfo::machineHostName() : host);
                } else {
                    // Nobody holds it, but it cannot be written (a full disk): a second writer
                    // could not be kept out, so editing is not offered.
                    m_readOnlyReason = tr("“%1” was opened for reading only: its lock file “%2” "
                                          "cannot be written (is the disk full?).")
                                           .arg(name, displayName(m_path + QStringLiteral(".lock")));
                }
            }
        }
    }

    QString connectOptions;
    QString target = m_path;
    if (m_readOnly) {
        connectOptions = QStringLiteral("QSQLITE_OPEN_READONLY");
        // Nobody is writing (no WAL file): read it as immutable so that reading leaves no
        // -wal or -shm files beside it.
        if (!QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            target = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1");
        }
    }
    m_db = std::make_unique<Database>(target, connectOptions);
    m_db->setFileName(name);
    if (Result r = m_db->open(); !r)
        return r;

    Result r;
    const int version = m_db->scalar(QStringLiteral("PRAGMA user_version"), &r).toInt();
    if (!r)
        return r;
    // Reading the schema touches the pages every query needs; damage there shows now.
    m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &r);
    if (!r)
        return r;
    if (version > currentSchemaVersion()) {
        return Result::failure(ErrorCode::NewerVersion,
                               tr("“%1” was written by a newer version of CX Atlas (file format "
                                  "%2; this version reads up to %3). Update CX Atlas to open it.")
                                   .arg(name, QString::number(version), QString::number(currentSchemaVersion())));
    }
    if (version < 1) {
        return Result::failure(ErrorCode::Damaged,
                               tr("“%1” is damaged: it was never completely created.").arg(name));
    }
    const int current = currentSchemaVersion();
    if (!m_readOnly && version < current) {
        // Upgraded in place only once the file as it was is kept beside it. When it cannot
        // be (a full disk), the file is left alone and read like a read-only one.
        if (Result kept = FileUpgrade::keepBackup(m_path, *m_db, version, &m_backupPath); !kept) {
            m_lock.reset();
            m_readOnly = true;
            m_readOnlyReason = tr("“%1” was opened for reading only: it is upgraded from the older "
                                  "file format %2 to %3 only after a backup of it is kept beside "
                                  "it. %4")
                                   .arg(name, QString::number(version), QString::number(current),
                                        kept.message());
        }
    }
    if (m_readOnly) {
        if (version < current) {
            // Readers never write the file: they read a private copy brought up to date.
            Result copied;
            auto copy = FileUpgrade::privateCopy(*m_db, version, &copied);
            if (!copy)
                return copied;
            m_db = std::move(copy);
            m_upgradedFrom = version;
            m_privateCopy = true;
        }
        m_schemaVersion = current;
        return Result::success();
    }
    // Full sync in WAL mode: a commit reported to the user survives a power cut too.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (Result p = m_db->exec(QString::fromLatin1(pragma)); !p)
            return p;
    }
    const QString journal = m_db->scalar(QStringLiteral("PRAGMA journal_mode"), &r).toString();
    if (!r)
        return r;
    if (journal.compare(u"wal", Qt::CaseInsensitive) != 0) {
        if (Result p = m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !p)
            return p;
    }
    if (version < current) {
        if (Result m = migrate(*m_db, version, schemaSteps()); !m) {
            // A step that failed left no trace; if none landed the file is as the backup has
            // it, and the backup is clutter.
            if (m_db->scalar(QStringLiteral("PRAGMA user_version")).toInt() == version)
                QFile::remove(m_backupPath);
            return Result::failure(m.code(), tr("“%1” could not be upgraded from file format %2 "
                                                "to %3: %4")
                                                 .arg(name, QString::number(version),
                                                      QString::number(current), m.message()));
        }
        m_upgradedFrom = version;
    }
    m_schemaVersion = current;
    return Result::success();
}

Result WorkspaceFile::verifyIntegrity()
{
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return m_db->failure(q.lastError(), "quick_check");
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (problems.isEmpty())
        return Result::success();
    return Result::failure(ErrorCode::Damaged, tr("“%1” is damaged: %2")
                                                   .arg(m_db->fileName(), problems.constFirst()));
}

Result WorkspaceFile::saveCopyAs(const QString &target)
{
    const QString name = displayName(target);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", m_db->handle(), "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(destination);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return Result::failure(ErrorCode::Io, tr("Cannot save a copy as “%1”: %2.").arg(name, why));
    }
    std::error_code ec;
    std::filesystem::rename(partial.toStdString(), target.toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return Result::failure(ErrorCode::Io, tr("Cannot save a copy as “%1”: %2.")
                                                  .arg(name, QString::fromStdString(ec.message())));
    }
    return Result::success();
}

} // namespace cx
