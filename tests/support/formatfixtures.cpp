// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <sqlite3.h>

namespace cx::test {

QList<FormatFixture> formatFixtures(const QString &dataDir)
{
    static const QRegularExpression name(QStringLiteral("^workspace-v(\\d+)\\.cxatlas$"));
    QList<FormatFixture> fixtures;
    const QStringList files = QDir(dataDir).entryList({QStringLiteral("workspace-v*.cxatlas")}, QDir::Files);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch())
            fixtures.append({match.captured(1).toInt(), QDir(dataDir).filePath(file)});
    }
    std::sort(fixtures.begin(), fixtures.end(),
              [](const FormatFixture &a, const FormatFixture &b) { return a.version < b.version; });
    return fixtures;
}

int recordedVersion(const QString &path)
{
    // Raw SQLite, immutable: the check must not depend on, or change, what it checks.
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?immutable=1";
    sqlite3 *db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

QString copyFixture(const FormatFixture &fixture, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QFileInfo(fixture.path).fileName());
    QFile::remove(copy);
    if (!QFile::copy(fixture.path, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace cx::test
