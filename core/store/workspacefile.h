// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QLockFile>
#include <memory>

namespace cx {

enum class OpenMode {
    ReadWrite, // the editor: takes the lock; falls back to read-only, with a reason, when it must
    ReadOnly,  // readers (info, export): never writes, never takes the lock
};

// One .cxatlas file on disk: SQLite in WAL mode with foreign keys on and full sync, marked
// with our application_id, at the current schema version. Guards against a second writer
// with a lock file beside it (FILE.lock). Opening never changes a file it refuses.
//
// A file of an older format is read at the current one either way: a reader (and an editor
// that gets the file read-only) reads a private copy upgraded in a temporary database, and the
// file is never written; an editor upgrades the file in place after keeping a backup of it
// beside it (FileUpgrade::keepBackup), or, when no backup can be kept, reads it like a reader.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceFile)

public:
    ~WorkspaceFile();

    // A new, empty workspace at path; fails if something is there already. Messages name
    // shownAs when given (the file a temporary one will become), else path.
    static std::unique_ptr<WorkspaceFile> create(const QString &path, Result *error,
                                                 const QString &shownAs = {});
    // An existing workspace. On failure returns null and sets *error to a message that names
    // the file and says what is wrong with it.
    static std::unique_ptr<WorkspaceFile> open(const QString &path, OpenMode mode, Result *error);

    const QString &path() const { return m_path; }
    Database &database() { return *m_db; }
    bool isReadOnly() const { return m_readOnly; }
    // Why an editor got the file read-only (permissions, another instance), or empty.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // The format of what is read: always the current one.
    int schemaVersion() const { return m_schemaVersion; }
    // The file's own older format when it was upgraded on opening (in place or in a private
    // copy), else 0.
    int upgradedFrom() const { return m_upgradedFrom; }
    // Whether what is read is a private upgraded copy, the file itself left as it is.
    bool isPrivateCopy() const { return m_privateCopy; }
    // The backup kept before an upgrade in place, else empty.
    const QString &backupPath() const { return m_backupPath; }

    // PRAGMA quick_check: ok, or the damage it found.
    Result verifyIntegrity();
    // A consistent copy of the whole workspace at target, through SQLite's backup API, written
    // beside the target and renamed into place so a failure leaves nothing half-written.
    Result saveCopyAs(const QString &target);

private:
    WorkspaceFile() = default;
    static Result sniff(const QString &path);
    Result configure(OpenMode mode);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    int m_upgradedFrom = 0;
    bool m_privateCopy = false;
    QString m_backupPath;
};

} // namespace cx
