// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace cx {

// Team server passwords in the desktop keyring (QtKeychain: Secret Service, KWallet, the
// macOS Keychain, Windows' credential store), one per login and database, keyed by the
// database's URL without the workspace. Never written anywhere else: QtKeychain's plain-text
// fallback stays off, so without a keyring a write fails and says why.
//
// Every call is asynchronous; done runs once, on the caller's thread, after the keyring
// answered (or failed). The callbacks run only while owner is alive.
class ServerPasswords
{
    Q_DECLARE_TR_FUNCTIONS(cx::ServerPasswords)

public:
    // found: whether the keyring holds one; problem: why the keyring could not be asked
    // (empty when it answered, found or not).
    using ReadDone = std::function<void(bool found, const QString &password, const QString &problem)>;
    // problem: empty when stored (or removed).
    using WriteDone = std::function<void(const QString &problem)>;

    static void read(QObject *owner, const QString &key, ReadDone done);
    static void write(QObject *owner, const QString &key, const QString &password, WriteDone done);
    // Forgets the password of key; a missing one is no problem.
    static void remove(QObject *owner, const QString &key, WriteDone done = {});
    // The keyring's service name that the entries are listed under.
    static QString service();
};

} // namespace cx
