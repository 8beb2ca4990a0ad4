// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The workspaces opened last, newest first, at most maxCount, kept in QSettings under
// "recentFiles": files, and team workspaces by their server URL (which never holds a
// password, see ServerUrl::toString). Files that no longer exist are pruned whenever the list
// is read from the settings; server workspaces are kept (a server that is down now is not
// gone). Emits changed() whenever the list changes.
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
    // The entries that are files.
    QStringList files() const;
    // For menus: one map per entry with "path" (the file or URL), "name" (base name or
    // workspace name), "folder" (native folder, or the server and database) and "isServer".
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
