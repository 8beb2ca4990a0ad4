// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The workspaces opened last, newest first, at most maxCount, kept in QSettings under
// "recentFiles". Files that no longer exist are pruned whenever the list is read from the
// settings. Emits changed() whenever the list changes.
class RecentFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by WorkspaceController")
    Q_PROPERTY(QStringList paths READ paths NOTIFY changed)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)

public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    // For menus: one map per file with "path", "name" (base name) and "folder" (native).
    QVariantList entries() const;

    // Puts path first, dropping an older entry for the same file and the oldest past maxCount.
    void add(const QString &path);
    void remove(const QString &path);
    Q_INVOKABLE void clear();
    // Reads the list again from the settings, pruning missing files.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_paths;
};

} // namespace cx
