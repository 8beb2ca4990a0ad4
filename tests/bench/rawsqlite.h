// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The baseline the benchmarks compare the store with: the same file read and written through
// the sqlite3 C API directly, into plain structs of std::string, integers and doubles. No Qt,
// no model types, no checks beyond SQLite's own: the least any program has to do.
namespace cx::bench::raw {

struct Node {
    std::string uid, title, notes;
    std::int64_t created = 0, modified = 0;
};
struct Persona : Node {
    std::string needState, quote, photo, goals, needs, frustrations, behaviours,
        preferredChannels, demographics, psychographics, fieldNotes, valueTier, status;
};
struct Evidence { std::string persona, label, kind; std::optional<std::string> date; std::string note; };
struct Revision { std::string persona, uid; std::int64_t recorded = 0; std::string summary, reason, snapshot; };
struct Journey : Node { std::string state; };
struct Stage : Node { std::string journey; int position = 0; };
struct Lane : Node { std::string journey, kind; int position = 0; };
struct Moment : Node {
    std::string journey, stage, lane;
    int position = 0;
    std::string channel, owner;
    std::optional<int> emotion;
    int importance = 3;
    std::string evidence;
    int matters = 0;
    std::string color, tags; // tags: the JSON array text
};
struct Emotion { std::string moment, persona; int score = 0; };
struct Element : Node { std::string kind, owner; };
struct Insight : Node { std::string sourceKind, source; std::optional<std::string> date; };
struct Opportunity : Node { int impact = 3, effort = 3; };
struct Metric : Node {
    std::string kind, level, unit;
    std::optional<double> target;
    std::string direction, owner;
};
struct Measurement { std::string metric, date; double value = 0; std::string note; };
struct Edge { std::string src, relation, dst; };
struct Vote { std::string uid, moment, participant; int dots = 1; std::int64_t cast = 0; };

// Every row of every table, as the store reads them (same tables, joins and order).
struct Workspace {
    std::vector<Persona> personas;
    std::vector<Evidence> evidence;
    std::vector<Revision> revisions;
    std::vector<Journey> journeys;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;
    std::vector<Moment> moments;
    std::vector<Emotion> emotions;
    std::vector<Element> elements;
    std::vector<Insight> insights;
    std::vector<Opportunity> opportunities;
    std::vector<Metric> metrics;
    std::vector<Measurement> measurements;
    std::vector<Edge> edges;
    std::vector<Vote> votes;
};

// One prepared statement; finalized when destroyed.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// A connection configured as WorkspaceFile configures one for editing: foreign keys on, full
// sync, WAL (already recorded in the file). Failures abort with a message: a benchmark that
// cannot read its own file has nothing to report.
class Connection
{
public:
    explicit Connection(const std::string &path);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);
    // Reads every table into workspace in one read transaction.
    void readAll(Workspace &workspace);

private:
    sqlite3 *m_db = nullptr;
};

// The statements the store runs to save a moment: the node upsert, the moment upsert and the
// emotion insert, with the same SQL text.
class MomentWriter
{
public:
    explicit MomentWriter(Connection &connection);
    ~MomentWriter();
    void begin();
    void commit();
    // Writes the node row and the moment row (an edit of its fields).
    void save(const Moment &moment);
    // Writes node, moment and emotion rows of a new moment.
    void insert(const Moment &moment, const std::vector<Emotion> &emotions);

private:
    Connection &m_connection;
    Statement m_node, m_moment, m_emotion, m_begin, m_commit;
};

void check(sqlite3 *db, int rc, const char *what);

} // namespace cx::bench::raw
