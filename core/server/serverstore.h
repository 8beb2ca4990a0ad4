// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverconnection.h"
#include "store/store.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>
#include <memory>
#include <optional>

namespace cx {

class ServerPresence;

enum class ServerAccess { Viewer, Editor, Owner };

// A team workspace on PostgreSQL as a Document's store (see resources/server for the tables).
//
// Writing: every change set is one transaction that takes the workspace row's lock (so change
// sets commit in the order of their numbers), checks that each record still holds the change
// set's "before" (sha256 of the stored encoding), writes the "after", appends the change set
// to the log and NOTIFYs. A record someone else changed first makes the edit fail with their
// name and the time, and nothing is written.
//
// Reading others' edits: LISTEN on the workspace's channel; each notification reads the log
// after the last number seen and hands those change sets to Document::applyRemote.
//
// Losing the server: the store turns read-only, retries with backoff, and catches up from the
// log when it is back. An edit whose COMMIT got no answer is neither reported saved nor
// applied: after reconnecting, its id in the log decides, and notice() says which.
class ServerStore final : public QObject, public Store
{
    Q_OBJECT

public:
    ~ServerStore() override;

    enum class Mode {
        Live,     // a window: writes, follows others' changes, shows presence
        Snapshot, // a command-line reader: reads once, read-only, invisible to others
    };

    // Connects to url (which names a workspace); *error says why not (unreachable, password,
    // not prepared, no such workspace or not a member).
    static std::unique_ptr<ServerStore> connect(const ServerUrl &url, const QString &password,
                                                Result *error, Mode mode = Mode::Live);

    Result load(Workspace &workspace) override;
    Result apply(const ChangeSet &change) override;
    void attach(Document *document) override;
    QString location() const override;
    QString displayName() const override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    Result conflict(const Workspace &workspace, const Uid &uid) const override;

    ServerConnection &connection() { return *m_connection; }
    // Null for a Snapshot.
    ServerPresence *presence() { return m_presence.get(); }
    ServerAccess access() const { return m_access; }
    bool isOnline() const { return m_online; }
    Uid workspaceId() const { return m_workspaceId; }
    Uid session() const { return m_session; }
    qint64 lastSeq() const { return m_lastSeq; }
    // The undo text of the next change set, kept in the log for people reading it.
    void describeNext(const QString &summary) override { m_nextSummary = summary; }

    // Reads and applies the log after lastSeq(); done on every notification, after a
    // conflict and after reconnecting. Public for tests and the soak, which wait for it.
    Result catchUp();
    // Reconnect now instead of at the next backoff step (tests; "Try again" in the window).
    void reconnectNow();
    // Tests: how long the first retry waits (default 500 ms; doubles up to 15 s).
    void setRetryDelay(int ms) { m_firstRetryMs = ms; }

Q_SIGNALS:
    void onlineChanged(bool online);
    // Something a person should read that no edit returned: an edit whose outcome was unknown
    // is now known, a role changed, the workspace was deleted.
    void notice(const QString &message);
    // After others' change sets were applied: count of them (each one Document::changed), the
    // author of the last (empty for a whole-workspace resynchronisation).
    void remoteApplied(const QString &author, int count);

private:
    ServerStore(std::unique_ptr<ServerConnection> connection, const ServerUrl &url);
    Result locate();
    Result subscribe();
    Result write(const ChangeSet &change, const Uid &id, const QString &summary, Uid *conflicted,
                 qint64 *committed);
    // Applies the log's change sets numbered below before; a mismatch resyncs when allowed.
    Result catchUpTo(qint64 before, bool mayResync);
    Result conflictOn(const Uid &uid, bool link) const;
    Result checkReferences(const ChangeSet &change, Uid *conflicted);
    Result checkOrder(const ChangeSet &change);
    void goOffline(const QString &why);
    void tryReconnect();
    Result resync();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    QString channel() const;

    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<ServerPresence> m_presence;
    ServerUrl m_url;
    Document *m_document = nullptr;
    Mode m_mode = Mode::Live;
    Uid m_workspaceId;
    Uid m_session;
    ServerAccess m_access = ServerAccess::Viewer;
    qint64 m_lastSeq = 0;
    bool m_online = true;
    QString m_offlineReason;
    QString m_nextSummary;
    // Change sets of this window that are committed and in memory: skipped when the log
    // brings them back.
    QSet<Uid> m_ownCommitted;
    // An edit whose COMMIT got no answer: its id, change set and summary.
    struct Pending {
        Uid id;
        ChangeSet change;
        QString summary;
    };
    std::optional<Pending> m_pending;
    // Who last changed each record and when, for conflict messages.
    struct Changed {
        QString by;
        QDateTime at;
    };
    QHash<Uid, Changed> m_changed;
    QTimer m_retry;
    int m_retryMs = 0;
    int m_firstRetryMs = 500;
    QTimer m_catchUpSoon;
    bool m_catchingUp = false;
};

} // namespace cx
