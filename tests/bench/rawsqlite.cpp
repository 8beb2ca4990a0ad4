// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace cx::bench::raw {

namespace {

// The same statements as the store's repositories (store/*repository.cpp).
constexpr const char *nodeColumns = "SELECT n.uid, n.title, n.notes, n.created, n.modified";

std::string text(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(s, i))) : std::string();
}

std::string blob(sqlite3_stmt *s, int i)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(s, i));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(s, i))) : std::string();
}

std::optional<std::string> optionalText(sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return std::nullopt;
    return text(s, i);
}

int integer(sqlite3_stmt *s, int i) { return sqlite3_column_int(s, i); }
std::int64_t integer64(sqlite3_stmt *s, int i) { return sqlite3_column_int64(s, i); }

void readNode(sqlite3_stmt *s, Node &n)
{
    n.uid = text(s, 0);
    n.title = text(s, 1);
    n.notes = text(s, 2);
    n.created = integer64(s, 3);
    n.modified = integer64(s, 4);
}

// Runs sql and calls row(statement) for each row.
template<typename F>
void each(sqlite3 *db, const std::string &sql, F row)
{
    Statement q(db, sql.c_str());
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW)
        row(q.get());
    check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, sql.c_str());
}

std::string detail(const char *columns)
{
    return std::string(nodeColumns) + columns;
}

void bindText(sqlite3_stmt *s, int i, const std::string &value)
{
    sqlite3_bind_text(s, i, value.data(), int(value.size()), SQLITE_STATIC);
}

void run(sqlite3 *db, sqlite3_stmt *s, const char *what)
{
    const int rc = sqlite3_step(s);
    check(db, rc == SQLITE_DONE ? SQLITE_OK : rc, what);
    sqlite3_reset(s);
}

} // namespace

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK)
        return;
    std::fprintf(stderr, "sqlite3 failed (%s): %s\n", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    std::exit(2);
}

Statement::Statement(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr), sql);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Connection::Connection(const std::string &path)
{
    check(m_db, sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr), "open");
    // What WorkspaceFile reads and sets when it opens a file for editing.
    each(m_db, "PRAGMA user_version", [](sqlite3_stmt *) {});
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA synchronous = FULL");
    each(m_db, "PRAGMA journal_mode", [](sqlite3_stmt *) {});
}

Connection::~Connection()
{
    sqlite3_close(m_db);
}

void Connection::exec(const char *sql)
{
    check(m_db, sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), sql);
}

void Connection::readAll(Workspace &w)
{
    exec("BEGIN");
    each(m_db, detail(", p.need_state, p.quote, p.photo, p.goals, p.needs, p.frustrations, "
                      "p.behaviours, p.preferred_channels, p.demographics, p.psychographics, "
                      "p.field_notes, p.value_tier, p.status FROM persona p JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Persona p;
             readNode(s, p);
             p.needState = text(s, 5);
             p.quote = text(s, 6);
             p.photo = blob(s, 7);
             p.goals = text(s, 8);
             p.needs = text(s, 9);
             p.frustrations = text(s, 10);
             p.behaviours = text(s, 11);
             p.preferredChannels = text(s, 12);
             p.demographics = text(s, 13);
             p.psychographics = text(s, 14);
             p.fieldNotes = text(s, 15);
             p.valueTier = text(s, 16);
             p.status = text(s, 17);
             w.personas.push_back(std::move(p));
         });
    each(m_db, "SELECT persona, label, kind, date, note FROM persona_evidence ORDER BY persona, position",
         [&](sqlite3_stmt *s) {
             w.evidence.push_back({text(s, 0), text(s, 1), text(s, 2), optionalText(s, 3), text(s, 4)});
         });
    each(m_db, "SELECT persona, uid, recorded, summary, reason, snapshot FROM persona_revision "
               "ORDER BY persona, position",
         [&](sqlite3_stmt *s) {
             w.revisions.push_back({text(s, 0), text(s, 1), integer64(s, 2), text(s, 3), text(s, 4),
                                    text(s, 5)});
         });
    each(m_db, detail(", d.state FROM journey d JOIN node n USING (uid)"), [&](sqlite3_stmt *s) {
        Journey j;
        readNode(s, j);
        j.state = text(s, 5);
        w.journeys.push_back(std::move(j));
    });
    each(m_db, detail(", d.journey, d.position FROM stage d JOIN node n USING (uid)"), [&](sqlite3_stmt *s) {
        Stage st;
        readNode(s, st);
        st.journey = text(s, 5);
        st.position = integer(s, 6);
        w.stages.push_back(std::move(st));
    });
    each(m_db, detail(", d.journey, d.kind, d.position FROM lane d JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Lane l;
             readNode(s, l);
             l.journey = text(s, 5);
             l.kind = text(s, 6);
             l.position = integer(s, 7);
             w.lanes.push_back(std::move(l));
         });
    each(m_db, detail(", d.journey, d.stage, d.lane, d.position, d.channel, d.owner, d.emotion, "
                      "d.importance, d.evidence, d.matters, d.color, d.tags FROM moment d "
                      "JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Moment m;
             readNode(s, m);
             m.journey = text(s, 5);
             m.stage = text(s, 6);
             m.lane = text(s, 7);
             m.position = integer(s, 8);
             m.channel = text(s, 9);
             m.owner = text(s, 10);
             if (sqlite3_column_type(s, 11) != SQLITE_NULL)
                 m.emotion = integer(s, 11);
             m.importance = integer(s, 12);
             m.evidence = text(s, 13);
             m.matters = integer(s, 14);
             m.color = text(s, 15);
             m.tags = text(s, 16);
             w.moments.push_back(std::move(m));
         });
    each(m_db, "SELECT moment, persona, score FROM moment_emotion ORDER BY moment, persona",
         [&](sqlite3_stmt *s) { w.emotions.push_back({text(s, 0), text(s, 1), integer(s, 2)}); });
    each(m_db, detail(", n.kind, d.owner FROM element d JOIN node n USING (uid)"), [&](sqlite3_stmt *s) {
        Element e;
        readNode(s, e);
        e.kind = text(s, 5);
        e.owner = text(s, 6);
        w.elements.push_back(std::move(e));
    });
    each(m_db, detail(", d.source_kind, d.source, d.date FROM insight d JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Insight in;
             readNode(s, in);
             in.sourceKind = text(s, 5);
             in.source = text(s, 6);
             in.date = optionalText(s, 7);
             w.insights.push_back(std::move(in));
         });
    each(m_db, detail(", d.impact, d.effort FROM opportunity d JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Opportunity o;
             readNode(s, o);
             o.impact = integer(s, 5);
             o.effort = integer(s, 6);
             w.opportunities.push_back(std::move(o));
         });
    each(m_db, detail(", d.kind, d.level, d.unit, d.target, d.direction, d.owner FROM metric d "
                      "JOIN node n USING (uid)"),
         [&](sqlite3_stmt *s) {
             Metric m;
             readNode(s, m);
             m.kind = text(s, 5);
             m.level = text(s, 6);
             m.unit = text(s, 7);
             if (sqlite3_column_type(s, 8) != SQLITE_NULL)
                 m.target = sqlite3_column_double(s, 8);
             m.direction = text(s, 9);
             m.owner = text(s, 10);
             w.metrics.push_back(std::move(m));
         });
    each(m_db, "SELECT metric, date, value, note FROM measurement ORDER BY metric, position",
         [&](sqlite3_stmt *s) {
             w.measurements.push_back({text(s, 0), text(s, 1), sqlite3_column_double(s, 2), text(s, 3)});
         });
    each(m_db, "SELECT src, relation, dst FROM edge",
         [&](sqlite3_stmt *s) { w.edges.push_back({text(s, 0), text(s, 1), text(s, 2)}); });
    each(m_db, "SELECT uid, moment, participant, dots, cast_at FROM vote", [&](sqlite3_stmt *s) {
        w.votes.push_back({text(s, 0), text(s, 1), text(s, 2), integer(s, 3), integer64(s, 4)});
    });
    exec("COMMIT");
}

MomentWriter::MomentWriter(Connection &connection)
    : m_connection(connection)
    , m_node(connection.handle(),
             "INSERT INTO node (uid, kind, title, notes, created, modified) VALUES (?, ?, ?, ?, ?, ?) "
             "ON CONFLICT (uid) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
             "notes = excluded.notes, created = excluded.created, modified = excluded.modified")
    , m_moment(connection.handle(),
               "INSERT INTO moment (uid, journey, stage, lane, position, channel, owner, emotion, "
               "importance, evidence, matters, color, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (uid) DO UPDATE SET journey = excluded.journey, stage = excluded.stage, "
               "lane = excluded.lane, position = excluded.position, channel = excluded.channel, "
               "owner = excluded.owner, emotion = excluded.emotion, importance = excluded.importance, "
               "evidence = excluded.evidence, matters = excluded.matters, color = excluded.color, "
               "tags = excluded.tags")
    , m_emotion(connection.handle(), "INSERT INTO moment_emotion (moment, persona, score) VALUES (?, ?, ?)")
    , m_begin(connection.handle(), "BEGIN IMMEDIATE")
    , m_commit(connection.handle(), "COMMIT")
{
}

MomentWriter::~MomentWriter() = default;

void MomentWriter::begin()
{
    run(m_connection.handle(), m_begin.get(), "begin");
}

void MomentWriter::commit()
{
    run(m_connection.handle(), m_commit.get(), "commit");
}

void MomentWriter::save(const Moment &m)
{
    sqlite3 *db = m_connection.handle();
    sqlite3_stmt *n = m_node.get();
    bindText(n, 1, m.uid);
    sqlite3_bind_text(n, 2, "moment", -1, SQLITE_STATIC);
    bindText(n, 3, m.title);
    bindText(n, 4, m.notes);
    sqlite3_bind_int64(n, 5, m.created);
    sqlite3_bind_int64(n, 6, m.modified);
    run(db, n, "save node");

    sqlite3_stmt *d = m_moment.get();
    bindText(d, 1, m.uid);
    bindText(d, 2, m.journey);
    bindText(d, 3, m.stage);
    bindText(d, 4, m.lane);
    sqlite3_bind_int(d, 5, m.position);
    bindText(d, 6, m.channel);
    bindText(d, 7, m.owner);
    if (m.emotion)
        sqlite3_bind_int(d, 8, *m.emotion);
    else
        sqlite3_bind_null(d, 8);
    sqlite3_bind_int(d, 9, m.importance);
    bindText(d, 10, m.evidence);
    sqlite3_bind_int(d, 11, m.matters);
    bindText(d, 12, m.color);
    bindText(d, 13, m.tags);
    run(db, d, "save moment");
}

void MomentWriter::insert(const Moment &m, const std::vector<Emotion> &emotions)
{
    save(m);
    sqlite3_stmt *e = m_emotion.get();
    for (const Emotion &emotion : emotions) {
        bindText(e, 1, emotion.moment);
        bindText(e, 2, emotion.persona);
        sqlite3_bind_int(e, 3, emotion.score);
        run(m_connection.handle(), e, "save emotion");
    }
}

} // namespace cx::bench::raw
