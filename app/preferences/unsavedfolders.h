// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cx {

// Where new, unnamed workspaces live until Save As names them (Preferences: "where unnamed
// workspaces live"). Changing the folder does not move anything: workspaces already in an
// earlier folder stay there, and stay unsaved workspaces (offered by File > Unsaved
// Workspaces…, removed when closed empty), so a change never hides work.
class UnsavedFolders
{
public:
    // The application's own folder (AppDataLocation/unsaved).
    static QString standard();
    // Where new workspaces go: the chosen folder, else standard().
    static QString current();
    // Chooses the folder for new workspaces (empty: standard()); remembers the one it replaces.
    static void setCurrent(const QString &folder);
    // current(), then the earlier folders and standard(), each once.
    static QStringList all();
    // Whether path is a file directly inside one of all().
    static bool contains(const QString &path);
};

} // namespace cx
