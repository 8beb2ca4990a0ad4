// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <memory>

namespace cx {

class Database;

// The two ways a file of an older format is read (see WorkspaceFile):
// - a reader gets a private copy, upgraded, and the file itself is never written;
// - an editor upgrades the file in place, but only after keeping a backup of it beside it.
class FileUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(cx::FileUpgrade)

public:
    // A private temporary database (SQLite's, deleted when it closes) holding every page of
    // source, which is at format version, migrated to the current format. Messages name the
    // file as source does. Null, with *error, when the copy or a migration fails.
    static std::unique_ptr<Database> privateCopy(Database &source, int version, Result *error);

    // Keeps the workspace at path, at format version, as it is now, beside it:
    // "NAME.cxatlas.v1-backup" (then ".2", ".3"… when that name is taken; none is ever
    // replaced). Written under a temporary name and renamed, so a backup is whole or absent.
    // db is the open connection to path, used when a write-ahead log beside the file holds
    // committed pages the file does not have yet. On success *backup is the backup's path.
    static Result keepBackup(const QString &path, Database &db, int version, QString *backup);

    // The name keepBackup() would give a backup of path at version now.
    static QString backupName(const QString &path, int version);
};

} // namespace cx
