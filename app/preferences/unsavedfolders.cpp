// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unsavedfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cx {

namespace {

const QString currentKey = QStringLiteral("preferences/unsavedFolder");
const QString earlierKey = QStringLiteral("preferences/earlierUnsavedFolders");
// Enough to find every folder a user has tried; older ones drop off.
constexpr qsizetype earlierKept = 8;

QString cleaned(const QString &folder)
{
    return folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
}

} // namespace

QString UnsavedFolders::standard()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("unsaved"));
}

QString UnsavedFolders::current()
{
    const QString chosen = cleaned(QSettings().value(currentKey).toString());
    return chosen.isEmpty() ? standard() : chosen;
}

void UnsavedFolders::setCurrent(const QString &folder)
{
    const QString before = current();
    const QString after = cleaned(folder);
    QSettings settings;
    if (after.isEmpty() || after == standard())
        settings.remove(currentKey);
    else
        settings.setValue(currentKey, after);
    if (before == current())
        return;
    QStringList earlier = settings.value(earlierKey).toStringList();
    earlier.removeAll(before);
    earlier.prepend(before);
    settings.setValue(earlierKey, earlier.mid(0, earlierKept));
}

QStringList UnsavedFolders::all()
{
    QStringList folders{current()};
    QStringList candidates = QSettings().value(earlierKey).toStringList();
    candidates.append(standard());
    for (const QString &folder : std::as_const(candidates)) {
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

bool UnsavedFolders::contains(const QString &path)
{
    const QString parent = QFileInfo(path).absoluteDir().canonicalPath();
    if (parent.isEmpty())
        return false;
    const QStringList folders = all();
    return std::any_of(folders.cbegin(), folders.cend(),
                       [&](const QString &folder) { return QDir(folder).canonicalPath() == parent; });
}

} // namespace cx
