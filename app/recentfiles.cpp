// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "server/serversession.h"
#include "server/serverurl.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace cx {

namespace {

const QString settingsKey = QStringLiteral("recentFiles");

QString canonical(const QString &path)
{
    if (ServerSession::isServerLocation(path))
        return path;
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    reload();
}

QVariantList RecentFiles::entries() const
{
    QVariantList list;
    for (const QString &path : m_paths) {
        if (ServerSession::isServerLocation(path)) {
            Result error;
            const auto url = ServerUrl::parse(path, &error);
            if (!url)
                continue;
            const QString server = url->host.startsWith(u'/') ? tr("this computer") : url->host;
            list.append(QVariantMap{{QStringLiteral("path"), path},
                                    {QStringLiteral("name"), url->workspace},
                                    {QStringLiteral("folder"), tr("%1 on %2").arg(url->database, server)},
                                    {QStringLiteral("isServer"), true}});
            continue;
        }
        const QFileInfo info(path);
        list.append(QVariantMap{{QStringLiteral("path"), path},
                                {QStringLiteral("name"), info.completeBaseName()},
                                {QStringLiteral("folder"), QDir::toNativeSeparators(info.absolutePath())},
                                {QStringLiteral("isServer"), false}});
    }
    return list;
}

QStringList RecentFiles::files() const
{
    QStringList files;
    for (const QString &path : m_paths) {
        if (!ServerSession::isServerLocation(path))
            files.append(path);
    }
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString file = canonical(path);
    m_paths.removeAll(file);
    m_paths.prepend(file);
    while (m_paths.size() > maxCount)
        m_paths.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_paths.removeAll(canonical(path)) > 0)
        store();
}

void RecentFiles::clear()
{
    if (m_paths.isEmpty())
        return;
    m_paths.clear();
    store();
}

void RecentFiles::reload()
{
    const QStringList stored = QSettings().value(settingsKey).toStringList();
    QStringList paths;
    for (const QString &path : stored) {
        const bool there = ServerSession::isServerLocation(path) || QFileInfo::exists(path);
        if (there && !paths.contains(path) && paths.size() < maxCount)
            paths.append(path);
    }
    const bool pruned = paths != stored;
    if (paths == m_paths && !pruned)
        return;
    m_paths = paths;
    if (pruned)
        QSettings().setValue(settingsKey, m_paths);
    Q_EMIT changed();
}

void RecentFiles::store()
{
    QSettings().setValue(settingsKey, m_paths);
    Q_EMIT changed();
}

} // namespace cx
