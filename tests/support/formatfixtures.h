// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace cx::test {

// A workspace file of one released file format, kept under tests/data as
// workspace-vN.cxatlas, so that every version the program can upgrade is read in the tests.
// When the format changes, the version being replaced gets its fixture here (made by that
// version's build); tests iterate over whatever is there, so nothing else needs to change.
struct FormatFixture {
    int version = 0;   // N of its name
    QString path;
};

// Every tests/data/workspace-vN.cxatlas in dataDir, by version.
QList<FormatFixture> formatFixtures(const QString &dataDir);
// The format version the file itself records (PRAGMA user_version), read without writing;
// -1 when it cannot be read.
int recordedVersion(const QString &path);
// A writable copy of fixture in dir, named like it.
QString copyFixture(const FormatFixture &fixture, const QTemporaryDir &dir);
// SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString &path);
// The names in a folder, hidden ones included (a -wal or .lock left behind must show).
QStringList folderListing(const QString &folder);

} // namespace cx::test
