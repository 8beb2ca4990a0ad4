// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "nodecodec.h"
#include "recordcolumns.h"
#include "serverpresence.h"
#include "serverschema.h"
#include "workspacediff.h"
#include "document/document.h"
#include "model/labels.h"
#include "model/workspace.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <limits>

namespace cx {

namespace {

QVariant uidValue(const Uid &uid) { return uidText(uid); }


// How many records share a record's ordered set in memory now (see RecordColumns::parent).
struct Siblings {
    const Workspace &w;
    qsizetype operator()(const Moment &m) const { return w.momentsIn(m.stage, m.lane).size(); }
    qsizetype operator()(const Stage &s) const { return w.stagesOf(s.journey).size(); }
    qsizetype operator()(const Lane &l) const { return w.lanesOf(l.journey).size(); }
    qsizetype operator()(const ParkingNote &n) const { return w.parkingLotOf(n.journey).size(); }
    template<typename T>
    qsizetype operator()(const T &) const { return 0; }
};

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString timeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ServerStore::ServerStore(std::unique_ptr<ServerConnection> connection, const ServerUrl &url)
    : m_connection(std::move(connection))
    , m_url(url)
    , m_session(newUid())
{
    m_retry.setSingleShot(true);
    QObject::connect(&m_retry, &QTimer::timeout, this, &ServerStore::tryReconnect);
    // Notifications come in bursts (a paste, another window's drag); one read of the log
    // takes them all.
    m_catchUpSoon.setSingleShot(true);
    m_catchUpSoon.setInterval(0);
    QObject::connect(&m_catchUpSoon, &QTimer::timeout, this, [this] { catchUp(); });
}

ServerStore::~ServerStore()
{
    m_presence.reset();
    if (m_connection->isAlive() && m_connection->database().driver()->subscribedToNotifications().contains(channel()))
        m_connection->database().driver()->unsubscribeFromNotification(channel());
}

std::unique_ptr<ServerStore> ServerStore::connect(const ServerUrl &url, const QString &password,
                                                  Result *error, Mode mode)
{
    if (url.workspace.isEmpty()) {
        *error = Result::failure(ErrorCode::Invalid,
                                 tr("The address %1 names a database but no workspace; add "
                                    "/WORKSPACE after the database.").arg(url.toString()));
        return nullptr;
    }
    auto connection = std::make_unique<ServerConnection>(url, password);
    if (Result r = connection->open(); !r) {
        *error = r;
        return nullptr;
    }
    if (Result r = ServerSchema::check(*connection); !r) {
        *error = r;
        return nullptr;
    }
    std::unique_ptr<ServerStore> store(new ServerStore(std::move(connection), url));
    store->m_mode = mode;
    if (Result r = store->locate(); !r) {
        *error = r;
        return nullptr;
    }
    return store;
}

QString ServerStore::channel() const
{
    return QStringLiteral("cx_") + m_workspaceId.toString(QUuid::Id128);
}

Result ServerStore::locate()
{
    QSqlQuery q = m_connection->query();
    if (Result r = m_connection->run(q, QStringLiteral("SELECT id, cxatlas.access(id, current_user) "
                                                       "FROM cxatlas.workspace WHERE name = ?"),
                                     {m_url.workspace}, "find the workspace"); !r)
        return r;
    if (!q.next() || q.value(1).isNull())
        return Result::failure(ErrorCode::NotFound,
                               tr("The server has no workspace “%1” that %2 may open. Check the name, "
                                  "or ask its owner to add you as a member.")
                                   .arg(m_url.workspace, m_connection->role()));
    m_workspaceId = uidFromText(q.value(0).toString());
    const QString access = q.value(1).toString();
    m_access = access == u"owner" ? ServerAccess::Owner
        : access == u"editor"     ? ServerAccess::Editor
                                  : ServerAccess::Viewer;
    return Result::success();
}

Result ServerStore::load(Workspace &workspace)
{
    // One snapshot: the records, the links and the number of the last change set in them.
    if (Result r = m_connection->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                                      "read the workspace"); !r)
        return r;
    auto fail = [this](const Result &r) {
        m_connection->exec(QStringLiteral("ROLLBACK"), "read the workspace");
        return r;
    };
    Workspace w;
    QHash<Uid, Changed> changed;
    QSqlQuery q = m_connection->query();
    const QVariant id = uidValue(m_workspaceId);
    if (Result r = m_connection->run(q, QStringLiteral("SELECT seq FROM cxatlas.workspace WHERE id = ?"),
                                     {id}, "read the workspace"); !r || !q.next())
        return fail(r ? Result::failure(ErrorCode::NotFound, tr("The workspace “%1” was deleted.").arg(m_url.workspace)) : r);
    const qint64 seq = q.value(0).toLongLong();
    if (Result r = m_connection->run(q, QStringLiteral("SELECT uid, data, changed_by, (extract(epoch FROM changed_at) * 1000)::bigint FROM cxatlas.record "
                                                       "WHERE workspace = ? AND data IS NOT NULL"),
                                     {id}, "read the workspace"); !r)
        return fail(r);
    while (q.next()) {
        Result error;
        const auto node = NodeCodec::decodeNode(q.value(1).toByteArray(), &error);
        if (!node)
            return fail(Result::failure(ErrorCode::Damaged,
                                        tr("Record %1 of the workspace “%2” on the server is damaged: %3")
                                            .arg(q.value(0).toString(), m_url.workspace, error.message())));
        w.put(*node);
        // Milliseconds, not timestamptz: Qt parses a timestamp's text far slower than a number.
        changed.insert(uidOf(*node), {q.value(2).toString(),
                                      QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    }
    if (Result r = m_connection->run(q, QStringLiteral("SELECT from_uid, relation, to_uid FROM cxatlas.link "
                                                       "WHERE workspace = ? AND present"),
                                     {id}, "read the workspace"); !r)
        return fail(r);
    while (q.next()) {
        const auto relation = fromName<Relation>(q.value(1).toString());
        if (!relation)
            return fail(Result::failure(ErrorCode::Damaged,
                                        tr("A link of the workspace “%1” on the server has the unknown "
                                           "relation “%2”.").arg(m_url.workspace, q.value(1).toString())));
        w.links.insert({uidFromText(q.value(0).toString()), *relation, uidFromText(q.value(2).toString())});
    }
    q.finish();
    if (Result r = m_connection->exec(QStringLiteral("COMMIT"), "read the workspace"); !r)
        return r;
    workspace = std::move(w);
    m_changed = std::move(changed);
    m_lastSeq = seq;
    return Result::success();
}

void ServerStore::attach(Document *document)
{
    m_document = document;
    if (m_mode == Mode::Snapshot)
        return;
    m_presence = std::make_unique<ServerPresence>(*m_connection, m_workspaceId, m_session);
    QObject::connect(m_presence.get(), &ServerPresence::connectionLost, this, &ServerStore::goOffline);
    if (Result r = subscribe(); !r)
        goOffline(r.message());
    else
        m_presence->start();
}

Result ServerStore::subscribe()
{
    QSqlDriver *driver = m_connection->database().driver();
    QObject::connect(driver, &QSqlDriver::notification, this, &ServerStore::onNotification,
                     Qt::UniqueConnection);
    if (!driver->subscribeToNotification(channel()))
        return m_connection->failure(driver->lastError(), "listen for changes");
    return Result::success();
}

void ServerStore::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                 const QVariant &payload)
{
    if (name != channel())
        return;
    if (payload.toString() == u"p") {
        if (m_presence)
            m_presence->refresh();
        return;
    }
    m_catchUpSoon.start();
}

QString ServerStore::location() const { return m_url.toString(); }
QString ServerStore::displayName() const { return m_url.workspace; }

bool ServerStore::isReadOnly() const
{
    return m_mode == Mode::Snapshot || !m_online || m_access == ServerAccess::Viewer;
}

QString ServerStore::readOnlyReason() const
{
    if (!m_online)
        //: %1: why, a whole sentence ("The server db.example cannot be reached: …")
        return tr("This team workspace is read-only until its server can be reached again. %1 CX Atlas "
                  "keeps trying.").arg(m_offlineReason);
    if (m_access == ServerAccess::Viewer)
        return tr("You (%1) are a viewer of this team workspace: you can read it but not change it. "
                  "Its owners can make you an editor.").arg(m_connection->role());
    return {};
}

Result ServerStore::conflict(const Workspace &workspace, const Uid &uid) const
{
    const auto node = workspace.node(uid);
    const QString what = node ? tr("%1 “%2”").arg(label(kindOf(*node)), titleOf(*node)) : tr("A record");
    const auto it = m_changed.constFind(uid);
    if (it == m_changed.cend())
        return Result::failure(ErrorCode::Conflict,
                               tr("%1 was changed by someone else; your edit was not saved. The view "
                                  "shows the current version.").arg(what));
    return Result::failure(ErrorCode::Conflict,
                           tr("%1 was changed by %2 at %3; your edit was not saved. The view shows "
                              "their version.").arg(what, it->by, timeText(it->at)));
}

Result ServerStore::conflictOn(const Uid &uid, bool link) const
{
    QSqlQuery q = m_connection->query();
    const QString sql = link
        ? QStringLiteral("SELECT changed_by, changed_at, NULL, NULL, false FROM cxatlas.link WHERE workspace = ? "
                         "AND (from_uid = ? OR to_uid = ?) ORDER BY changed_at DESC LIMIT 1")
        : QStringLiteral("SELECT changed_by, changed_at, title, kind, data IS NULL FROM cxatlas.record "
                         "WHERE workspace = ? AND uid = ? AND uid = ?");
    QString what = tr("A record");
    const auto node = m_document ? m_document->workspace().node(uid) : std::nullopt;
    if (node)
        what = tr("%1 “%2”").arg(label(kindOf(*node)), titleOf(*node));
    const bool found = m_connection->run(q, sql, {uidValue(m_workspaceId), uidValue(uid), uidValue(uid)},
                                         "read the conflict") && q.next();
    if (found && !node && !link) {
        // A record this window has not seen yet (someone's new card): named as the server has it.
        if (const auto kind = fromName<NodeKind>(q.value(3).toString()))
            what = tr("%1 “%2”").arg(label(*kind), q.value(2).toString());
    }
    if (link)
        what = tr("A link of %1").arg(what);
    if (!found)
        return Result::failure(ErrorCode::Conflict,
                               tr("%1 was changed by someone else; your edit was not saved.").arg(what));
    const QString by = q.value(0).toString();
    const QString at = timeText(q.value(1).toDateTime());
    if (q.value(4).toBool())
        return Result::failure(ErrorCode::Conflict,
                               tr("%1 was removed by %2 at %3; your edit was not saved. The view shows "
                                  "the workspace without it.").arg(what, by, at));
    return Result::failure(ErrorCode::Conflict,
                           tr("%1 was changed by %2 at %3; your edit was not saved. The view shows "
                              "their version.").arg(what, by, at));
}

Result ServerStore::apply(const ChangeSet &change)
{
    if (m_mode == Mode::Snapshot)
        return Result::failure(ErrorCode::ReadOnly, tr("This team workspace was opened for reading only."));
    if (!m_online)
        return Result::failure(ErrorCode::Offline, readOnlyReason());
    const Uid id = newUid();
    const QString summary = std::exchange(m_nextSummary, QString());
    Uid conflicted;
    qint64 seq = 0;
    Result r = write(change, id, summary, &conflicted, &seq);
    if (r) {
        r = m_connection->commit();
        if (!r && !m_connection->isAlive()) {
            // The COMMIT was sent and no answer came: it may or may not have happened. Neither
            // "saved" nor "not saved" would be honest yet; the log decides after reconnecting.
            m_pending = Pending{id, change, summary};
            goOffline(r.message());
            return Result::failure(ErrorCode::Offline,
                                   tr("The connection to the server was lost while saving this edit. "
                                      "CX Atlas will say whether it was saved once the server is back."));
        }
    }
    if (!r) {
        m_connection->rollback();
        if (!conflicted.isNull()) {
            // Show the other person's version at once.
            m_catchUpSoon.start();
            return r;
        }
        if (r.code() == ErrorCode::Offline || !m_connection->isAlive()) {
            goOffline(r.message());
        } else if (r.code() == ErrorCode::Denied || r.code() == ErrorCode::NotFound) {
            // An owner may have changed this person's access since the workspace was opened.
            const ServerAccess before = m_access;
            if (!locate() || m_access != before) {
                if (m_document)
                    m_document->storeStateChanged();
            }
        }
        return r;
    }
    // Others' change sets that committed before this one and that this window has not read yet
    // go to memory first, so that memory follows the log's order (the Document applies this
    // one as soon as apply() returns).
    if (seq > m_lastSeq + 1)
        catchUpTo(seq, false);
    if (seq == m_lastSeq + 1)
        m_lastSeq = seq;
    else
        m_ownCommitted.insert(id);
    for (const NodeChange &c : change.nodes)
        m_changed.insert(uidOf(c.after ? *c.after : *c.before), {m_connection->role(), QDateTime::currentDateTimeUtc()});
    qCDebug(lcServer) << "committed" << id << change.nodes.size() << "records" << change.links.size() << "links";
    return r;
}

Result ServerStore::write(const ChangeSet &change, const Uid &id, const QString &summary, Uid *conflicted,
                          qint64 *committed)
{
    if (Result r = m_connection->begin(); !r)
        return r;
    const QVariant ws = uidValue(m_workspaceId);
    QSqlQuery q = m_connection->query();
    // The workspace row's lock orders writers; its new number is this change set's.
    if (Result r = m_connection->run(q, QStringLiteral("UPDATE cxatlas.workspace SET seq = seq + 1 "
                                                       "WHERE id = ? RETURNING seq"),
                                     {ws}, "save the edit"); !r)
        return r;
    if (!q.next())
        return Result::failure(ErrorCode::NotFound, tr("The workspace “%1” is no longer on the server.").arg(m_url.workspace));
    const qint64 seq = q.value(0).toLongLong();
    *committed = seq;

    QSqlQuery add = m_connection->query();
    QSqlQuery update = m_connection->query();
    QSqlQuery remove = m_connection->query();
    for (const NodeChange &c : change.nodes) {
        const Node &node = c.after ? *c.after : *c.before;
        const QVariant uid = uidValue(uidOf(node));
        Result r;
        QSqlQuery *used = nullptr;
        if (!c.before) {
            used = &add;
            r = m_connection->run(add, QStringLiteral(
                "INSERT INTO cxatlas.record AS r (workspace, uid, kind, title, data, refs, parent, position) "
                "VALUES (?, ?, ?, ?, ?, ?::uuid[], ?, ?) "
                "ON CONFLICT (workspace, uid) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
                "data = excluded.data, refs = excluded.refs, parent = excluded.parent, "
                "position = excluded.position, changed_by = current_user, changed_at = now() "
                "WHERE r.data IS NULL"),
                {ws, uid, name(kindOf(node)), ServerConnection::text(titleOf(node)), NodeCodec::encode(node),
                 RecordColumns::refs(node), RecordColumns::parent(node), RecordColumns::position(node)},
                "save the edit");
        } else if (!c.after) {
            used = &remove;
            r = m_connection->run(remove, QStringLiteral(
                "UPDATE cxatlas.record SET data = NULL, refs = '{}', parent = NULL, position = NULL, "
                "changed_by = current_user, changed_at = now() "
                "WHERE workspace = ? AND uid = ? AND sha256(data) = ?"),
                {ws, uid, hashOf(NodeCodec::encode(*c.before))}, "save the edit");
        } else {
            used = &update;
            r = m_connection->run(update, QStringLiteral(
                "UPDATE cxatlas.record SET kind = ?, title = ?, data = ?, refs = ?::uuid[], parent = ?, "
                "position = ?, changed_by = current_user, changed_at = now() "
                "WHERE workspace = ? AND uid = ? AND sha256(data) = ?"),
                {name(kindOf(node)), ServerConnection::text(titleOf(node)), NodeCodec::encode(*c.after),
                 RecordColumns::refs(*c.after), RecordColumns::parent(*c.after), RecordColumns::position(*c.after),
                 ws, uid, hashOf(NodeCodec::encode(*c.before))}, "save the edit");
        }
        if (!r)
            return r;
        if (used->numRowsAffected() != 1) {
            *conflicted = uidOf(node);
            return conflictOn(uidOf(node), false);
        }
    }
    QSqlQuery linkAdd = m_connection->query();
    QSqlQuery linkRemove = m_connection->query();
    for (const LinkChange &c : change.links) {
        const QVariantList key = {ws, uidValue(c.link.from), name(c.link.relation), uidValue(c.link.to)};
        QSqlQuery &used = c.added ? linkAdd : linkRemove;
        Result r = c.added
            ? m_connection->run(linkAdd, QStringLiteral(
                  "INSERT INTO cxatlas.link AS l (workspace, from_uid, relation, to_uid) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (workspace, from_uid, relation, to_uid) DO UPDATE SET present = true, "
                  "changed_by = current_user, changed_at = now() WHERE NOT l.present"),
                  key, "save the edit")
            : m_connection->run(linkRemove, QStringLiteral(
                  "UPDATE cxatlas.link SET present = false, changed_by = current_user, changed_at = now() "
                  "WHERE workspace = ? AND from_uid = ? AND relation = ? AND to_uid = ? AND present"),
                  key, "save the edit");
        if (!r)
            return r;
        if (used.numRowsAffected() != 1) {
            *conflicted = c.link.from;
            return conflictOn(c.link.from, true);
        }
    }
    if (Result r = checkReferences(change, conflicted); !r)
        return r;
    if (Result r = m_connection->run(q, QStringLiteral(
            "INSERT INTO cxatlas.change (workspace, seq, id, session, summary, data) VALUES (?, ?, ?, ?, ?, ?)"),
            {ws, seq, uidValue(id), uidValue(m_session), ServerConnection::text(summary), NodeCodec::encode(change)}, "save the edit"); !r)
        return r;
    return m_connection->run(q, QStringLiteral("SELECT pg_notify(?, ?)"),
                             {channel(), QString::number(seq)}, "save the edit");
}

Result ServerStore::checkReferences(const ChangeSet &change, Uid *conflicted)
{
    // The records this change set writes were checked against their "before"; what they refer
    // to, and what refers to what it removes, may have been changed by someone else meanwhile
    // (the workspace lock makes this check and the writes one step).
    QSet<Uid> needed;
    QList<Uid> removed;
    for (const NodeChange &c : change.nodes) {
        if (c.after) {
            const QList<Uid> refs = referencesOf(*c.after);
            needed.unite(QSet<Uid>(refs.cbegin(), refs.cend()));
        } else {
            removed.append(uidOf(*c.before));
        }
    }
    for (const LinkChange &c : change.links) {
        if (c.added) {
            needed.insert(c.link.from);
            needed.insert(c.link.to);
        }
    }
    const QVariant ws = uidValue(m_workspaceId);
    QSqlQuery q = m_connection->query();
    if (!needed.isEmpty()) {
        const QList<Uid> list(needed.cbegin(), needed.cend());
        if (Result r = m_connection->run(q, QStringLiteral(
                "SELECT u FROM unnest(?::uuid[]) AS u WHERE NOT EXISTS (SELECT 1 FROM cxatlas.record r "
                "WHERE r.workspace = ? AND r.uid = u AND r.data IS NOT NULL) LIMIT 1"),
                {RecordColumns::uuidArray(list), ws}, "save the edit"); !r)
            return r;
        if (q.next()) {
            *conflicted = uidFromText(q.value(0).toString());
            return conflictOn(*conflicted, false);
        }
    }
    if (!removed.isEmpty()) {
        const QString gone = RecordColumns::uuidArray(removed);
        if (Result r = m_connection->run(q, QStringLiteral(
                "SELECT uid FROM cxatlas.record WHERE workspace = ? AND data IS NOT NULL AND refs && ?::uuid[] "
                "LIMIT 1"), {ws, gone}, "save the edit"); !r)
            return r;
        if (q.next()) {
            *conflicted = uidFromText(q.value(0).toString());
            return conflictOn(*conflicted, false);
        }
        if (Result r = m_connection->run(q, QStringLiteral(
                "SELECT from_uid FROM cxatlas.link WHERE workspace = ? AND present "
                "AND (from_uid = ANY(?::uuid[]) OR to_uid = ANY(?::uuid[])) LIMIT 1"),
                {ws, gone, gone}, "save the edit"); !r)
            return r;
        if (q.next()) {
            *conflicted = uidFromText(q.value(0).toString());
            return conflictOn(*conflicted, true);
        }
    }
    return checkOrder(change);
}

Result ServerStore::checkOrder(const ChangeSet &change)
{
    // Two people inserting into the same cell (or a journey's stages, lanes or parking lot) at
    // once each number their card from what they saw, and together they would share a
    // position. So the number of records in every ordered set this change set touches must
    // be what this window expects after it; the workspace lock makes the count exact.
    const Workspace &w = m_document->workspace();
    QHash<QString, int> expected;
    auto count = [&](const Node &node, int delta) {
        const QVariant p = RecordColumns::parent(node);
        if (p.isNull())
            return;
        auto it = expected.find(p.toString());
        if (it == expected.end())
            it = expected.insert(p.toString(), int(std::visit(Siblings{w}, node)));
        *it += delta;
    };
    for (const NodeChange &c : change.nodes) {
        if (c.before)
            count(*c.before, -1);
        if (c.after)
            count(*c.after, +1);
    }
    if (expected.isEmpty())
        return Result::success();
    QStringList quoted;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        quoted.append(u'"' + it.key() + u'"');
    QSqlQuery q = m_connection->query();
    if (Result r = m_connection->run(q, QStringLiteral(
            "SELECT parent, count(*) FROM cxatlas.record WHERE workspace = ? AND data IS NOT NULL "
            "AND parent = ANY(?::text[]) GROUP BY parent"),
            {uidValue(m_workspaceId), u'{' + quoted.join(u',') + u'}'}, "save the edit"); !r)
        return r;
    QHash<QString, int> actual;
    while (q.next())
        actual.insert(q.value(0).toString(), q.value(1).toInt());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (actual.value(it.key()) != it.value())
            return Result::failure(ErrorCode::Conflict,
                                   tr("Someone else added or removed cards, stages or notes in the same place "
                                      "at the same time; your edit was not saved. The view shows the current "
                                      "order."));
    }
    return Result::success();
}

Result ServerStore::catchUp()
{
    return catchUpTo(std::numeric_limits<qint64>::max(), true);
}

Result ServerStore::catchUpTo(qint64 before, bool mayResync)
{
    if (!m_online || !m_document || m_catchingUp)
        return Result::success();
    m_catchingUp = true;
    QSqlQuery q = m_connection->query();
    Result r = m_connection->run(q, QStringLiteral(
        "SELECT seq, id, author, at, data FROM cxatlas.change WHERE workspace = ? AND seq > ? AND seq < ? "
        "ORDER BY seq"),
        {uidValue(m_workspaceId), m_lastSeq, before}, "read others' changes");
    int applied = 0;
    QString author;
    bool diverged = false;
    while (r && q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const Uid id = uidFromText(q.value(1).toString());
        if (seq != m_lastSeq + 1) {
            // The log was compacted past what this window has seen: read the whole workspace.
            diverged = true;
            break;
        }
        m_lastSeq = seq;
        if (m_ownCommitted.remove(id))
            continue;
        Result error;
        const auto change = NodeCodec::decodeChangeSet(q.value(4).toByteArray(), &error);
        if (!change) {
            diverged = true;
            break;
        }
        author = q.value(2).toString();
        const QDateTime at = q.value(3).toDateTime();
        for (const NodeChange &c : change->nodes)
            m_changed.insert(uidOf(c.after ? *c.after : *c.before), {author, at});
        if (!m_document->applyRemote(*change)) {
            diverged = true;
            break;
        }
        ++applied;
        if (m_pending && m_pending->id == id) {
            Q_EMIT notice(tr("Your edit “%1” reached the server before the connection was lost: it is "
                             "saved.").arg(m_pending->summary));
            m_pending.reset();
        }
    }
    q.finish();
    if (r && m_pending && !diverged) {
        // The log holds every committed change set; one missing after the catch-up never happened.
        Q_EMIT notice(tr("Your edit “%1” did not reach the server before the connection was lost: it "
                         "was not saved.").arg(m_pending->summary));
        m_pending.reset();
    }
    m_catchingUp = false;
    if (diverged && mayResync)
        r = resync();
    else if (diverged)
        m_catchUpSoon.start();
    else if (!r && !m_connection->isAlive())
        goOffline(r.message());
    if (applied > 0)
        Q_EMIT remoteApplied(author, applied);
    return r;
}

Result ServerStore::resync()
{
    // The log was compacted past what this window has seen, or (a bug) memory no longer
    // matches it: read the whole workspace and apply the difference, so that views update
    // through the usual signals.
    qCInfo(lcServer) << "resynchronising" << m_url.workspace << "from the server";
    Workspace fresh;
    if (Result r = load(fresh); !r)
        return r;
    m_ownCommitted.clear();
    if (m_pending) {
        QSqlQuery q = m_connection->query();
        if (m_connection->run(q, QStringLiteral("SELECT 1 FROM cxatlas.change WHERE id = ?"),
                              {uidValue(m_pending->id)}, "check an edit")) {
            const bool saved = q.next();
            Q_EMIT notice(saved ? tr("Your edit “%1” reached the server before the connection was lost: "
                                     "it is saved.").arg(m_pending->summary)
                                : tr("Your edit “%1” did not reach the server before the connection was "
                                     "lost: it was not saved.").arg(m_pending->summary));
            m_pending.reset();
        }
    }
    ChangeSet difference = WorkspaceDiff::between(m_document->workspace(), fresh);
    if (difference.isEmpty())
        return Result::success();
    Result r = m_document->applyRemote(difference);
    if (r)
        Q_EMIT remoteApplied(QString(), 1);
    return r;
}

void ServerStore::goOffline(const QString &why)
{
    if (!m_online)
        return;
    m_online = false;
    m_offlineReason = why;
    m_retryMs = m_firstRetryMs;
    m_retry.start(m_retryMs);
    if (m_presence)
        m_presence->stop();
    Q_EMIT onlineChanged(false);
    if (m_document)
        m_document->storeStateChanged();
}

void ServerStore::reconnectNow()
{
    if (!m_online)
        m_retry.start(0);
}

void ServerStore::tryReconnect()
{
    Result r = m_connection->open();
    if (r)
        r = ServerSchema::check(*m_connection);
    if (r)
        r = locate();
    if (r)
        r = subscribe();
    if (!r) {
        m_offlineReason = r.message();
        m_retryMs = std::min(m_retryMs * 2, 15000);
        m_retry.start(m_retryMs);
        if (m_document)
            m_document->storeStateChanged();
        return;
    }
    m_online = true;
    m_offlineReason.clear();
    if (m_presence)
        m_presence->start();
    catchUp();
    Q_EMIT onlineChanged(true);
    if (m_document)
        m_document->storeStateChanged();
}

} // namespace cx
