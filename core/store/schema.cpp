// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"

namespace cx {
namespace {

// Version 1: a node table for everything that can be linked, a detail table per kind keyed by
// the node, the edge table, and plain tables for lists owned by one record. Enumerations are
// stored by their stable names (enums.cpp) so the file reads well in the sqlite3 shell.
QStringList version1()
{
    return {
        QStringLiteral(
            "CREATE TABLE node ( "
            "  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) = 36), "
            "  kind TEXT NOT NULL CHECK (kind IN ('persona', 'journey', 'stage', 'lane', 'moment', 'story', 'experience', 'service', 'system', 'process', 'data', 'metric', 'insight', 'opportunity')), "
            "  title TEXT NOT NULL DEFAULT '', "
            "  notes TEXT NOT NULL DEFAULT '', "
            "  created INTEGER NOT NULL, "
            "  modified INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX node_kind ON node(kind)"),
        QStringLiteral(
            "CREATE TABLE persona ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  need_state TEXT NOT NULL DEFAULT '', "
            "  quote TEXT NOT NULL DEFAULT '', "
            "  photo BLOB, "
            "  goals TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goals) AND json_type(goals) = 'array'), "
            "  needs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs) AND json_type(needs) = 'array'), "
            "  frustrations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(frustrations) AND json_type(frustrations) = 'array'), "
            "  behaviours TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(behaviours) AND json_type(behaviours) = 'array'), "
            "  preferred_channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(preferred_channels) AND json_type(preferred_channels) = 'array'), "
            "  demographics TEXT NOT NULL DEFAULT '', "
            "  psychographics TEXT NOT NULL DEFAULT '', "
            "  field_notes TEXT NOT NULL DEFAULT '', "
            "  value_tier TEXT NOT NULL CHECK (value_tier IN ('low', 'medium', 'high', 'top')), "
            "  status TEXT NOT NULL CHECK (status IN ('hypothesis', 'validated')))"),
        QStringLiteral(
            "CREATE TABLE persona_evidence ( "
            "  persona TEXT NOT NULL REFERENCES persona(uid) ON DELETE CASCADE, "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  label TEXT NOT NULL, "
            "  kind TEXT NOT NULL CHECK (kind IN ('survey', 'interview', 'analytics', 'crm', 'social-listening', 'other')), "
            "  date TEXT CHECK (date IS NULL OR date = date(date)), "
            "  note TEXT NOT NULL DEFAULT '', "
            "  PRIMARY KEY (persona, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE persona_revision ( "
            "  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) = 36), "
            "  persona TEXT NOT NULL REFERENCES persona(uid) ON DELETE CASCADE, "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  recorded INTEGER NOT NULL, "
            "  summary TEXT NOT NULL DEFAULT '', "
            "  reason TEXT NOT NULL DEFAULT '', "
            "  snapshot TEXT NOT NULL DEFAULT '' CHECK (snapshot = '' OR json_valid(snapshot)), "
            "  UNIQUE (persona, position))"),
        QStringLiteral(
            "CREATE TABLE journey ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  state TEXT NOT NULL CHECK (state IN ('current', 'future')))"),
        QStringLiteral(
            "CREATE TABLE stage ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  journey TEXT NOT NULL REFERENCES journey(uid) ON DELETE CASCADE, "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  UNIQUE (uid, journey))"),
        QStringLiteral(
            "CREATE INDEX stage_journey ON stage(journey, position)"),
        QStringLiteral(
            "CREATE TABLE lane ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  journey TEXT NOT NULL REFERENCES journey(uid) ON DELETE CASCADE, "
            "  kind TEXT NOT NULL CHECK (kind IN ('steps', 'touchpoints', 'channels', 'thoughts', 'emotions', 'pain-points', 'opportunities', 'frontstage', 'backstage', 'custom')), "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  UNIQUE (uid, journey))"),
        QStringLiteral(
            "CREATE INDEX lane_journey ON lane(journey, position)"),
        QStringLiteral(
            "CREATE TABLE moment ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  journey TEXT NOT NULL REFERENCES journey(uid) ON DELETE CASCADE, "
            "  stage TEXT NOT NULL, "
            "  lane TEXT NOT NULL, "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  channel TEXT NOT NULL DEFAULT '', "
            "  owner TEXT NOT NULL DEFAULT '', "
            "  emotion INTEGER CHECK (emotion IS NULL OR emotion BETWEEN -2 AND 2), "
            "  importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5), "
            "  evidence TEXT NOT NULL CHECK (evidence IN ('assumption', 'partly-backed', 'research-based')), "
            "  matters INTEGER NOT NULL CHECK (matters IN (0, 1)), "
            "  color TEXT NOT NULL DEFAULT '' CHECK (color = '' OR color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'), "
            "  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'), "
            "  FOREIGN KEY (stage, journey) REFERENCES stage(uid, journey) ON DELETE CASCADE, "
            "  FOREIGN KEY (lane, journey) REFERENCES lane(uid, journey) ON DELETE CASCADE)"),
        QStringLiteral(
            "CREATE INDEX moment_journey ON moment(journey)"),
        QStringLiteral(
            "CREATE INDEX moment_cell ON moment(stage, lane, position)"),
        QStringLiteral(
            "CREATE INDEX moment_lane ON moment(lane, journey)"),
        QStringLiteral(
            "CREATE INDEX moment_stage ON moment(stage, journey)"),
        QStringLiteral(
            "CREATE TABLE moment_emotion ( "
            "  moment TEXT NOT NULL REFERENCES moment(uid) ON DELETE CASCADE, "
            "  persona TEXT NOT NULL REFERENCES persona(uid) ON DELETE CASCADE, "
            "  score INTEGER NOT NULL CHECK (score BETWEEN -2 AND 2), "
            "  PRIMARY KEY (moment, persona)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX moment_emotion_persona ON moment_emotion(persona)"),
        QStringLiteral(
            "CREATE TABLE element ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  owner TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE metric ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  kind TEXT NOT NULL CHECK (kind IN ('nps', 'ces', 'csat', 'cltv', 'retention', 'social-value', 'custom')), "
            "  level TEXT NOT NULL CHECK (level IN ('strategic', 'operational', 'tactical')), "
            "  unit TEXT NOT NULL DEFAULT '', "
            "  target REAL, "
            "  direction TEXT NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better')), "
            "  owner TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE measurement ( "
            "  metric TEXT NOT NULL REFERENCES metric(uid) ON DELETE CASCADE, "
            "  position INTEGER NOT NULL CHECK (position >= 0), "
            "  date TEXT NOT NULL CHECK (date = date(date)), "
            "  value REAL NOT NULL, "
            "  note TEXT NOT NULL DEFAULT '', "
            "  PRIMARY KEY (metric, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE insight ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  source_kind TEXT NOT NULL CHECK (source_kind IN ('customer-voice', 'research', 'analytics', 'competitor')), "
            "  source TEXT NOT NULL DEFAULT '', "
            "  date TEXT CHECK (date IS NULL OR date = date(date)))"),
        QStringLiteral(
            "CREATE TABLE opportunity ( "
            "  uid TEXT PRIMARY KEY NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5), "
            "  effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5))"),
        QStringLiteral(
            "CREATE TABLE edge ( "
            "  src TEXT NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  relation TEXT NOT NULL CHECK (relation IN ('uses', 'depends-on', 'measures', 'drives', 'explains', 'improves', 'follows', 'opens-journey')), "
            "  dst TEXT NOT NULL REFERENCES node(uid) ON DELETE CASCADE, "
            "  PRIMARY KEY (src, relation, dst), "
            "  CHECK (src <> dst)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX edge_dst ON edge(dst)"),
        QStringLiteral(
            "CREATE TABLE vote ( "
            "  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) = 36), "
            "  moment TEXT NOT NULL REFERENCES moment(uid) ON DELETE CASCADE, "
            "  participant TEXT NOT NULL DEFAULT '', "
            "  dots INTEGER NOT NULL CHECK (dots >= 1), "
            "  cast_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX vote_moment ON vote(moment)"),
        // A detail row removed by a cascade (a journey's moments) takes its node row, and with
        // it the node's links: node and detail rows come and go together.
        QStringLiteral(
            "CREATE TRIGGER persona_takes_node AFTER DELETE ON persona "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER journey_takes_node AFTER DELETE ON journey "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER stage_takes_node AFTER DELETE ON stage "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER lane_takes_node AFTER DELETE ON lane "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER moment_takes_node AFTER DELETE ON moment "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER element_takes_node AFTER DELETE ON element "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER metric_takes_node AFTER DELETE ON metric "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER insight_takes_node AFTER DELETE ON insight "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
        QStringLiteral(
            "CREATE TRIGGER opportunity_takes_node AFTER DELETE ON opportunity "
            "BEGIN DELETE FROM node WHERE uid = OLD.uid; END"),
    };
}

// Version 2: the sizes a user gives stages and lanes on the canvas (0: the layout decides).
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE stage ADD COLUMN width REAL NOT NULL DEFAULT 0 "
                       "CHECK (width >= 0 AND width <= 4000)"),
        QStringLiteral("ALTER TABLE lane ADD COLUMN height REAL NOT NULL DEFAULT 0 "
                       "CHECK (height >= 0 AND height <= 4000)"),
    };
}

// Version 3: the colour a persona is drawn in, chosen by the user ('': the palette's colour for
// its place, so files from before keep the colours they showed).
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE persona ADD COLUMN color TEXT NOT NULL DEFAULT '' "
                       "CHECK (color = '' OR (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'))"),
    };
}

// Version 4: workshops. Voting rounds (each vote now belongs to one) and the parking lot. Votes
// from before rounds existed go into one ended round per journey, "Earlier votes", whose limit
// is the most dots any participant gave (up to 20), so every vote keeps counting and the
// round's rules hold; unnamed voters become "Anonymous". The round's id is its journey's with
// the halves of its digits swapped: unique, and the same in every upgrade of one file (a
// reader's private copy and the editor's in-place upgrade must agree).
QStringList version4()
{
    return {
        QStringLiteral(
            "CREATE TABLE voting_round ( "
            "  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) = 36), "
            "  journey TEXT NOT NULL REFERENCES journey(uid) ON DELETE CASCADE, "
            "  title TEXT NOT NULL DEFAULT '', "
            "  notes TEXT NOT NULL DEFAULT '', "
            "  created INTEGER NOT NULL, "
            "  modified INTEGER NOT NULL, "
            "  dots INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 20), "
            "  participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants) AND json_type(participants) = 'array'), "
            "  seats INTEGER NOT NULL DEFAULT 0 CHECK (seats BETWEEN 0 AND 200), "
            "  hide_tally INTEGER NOT NULL DEFAULT 0 CHECK (hide_tally IN (0, 1)), "
            "  started INTEGER NOT NULL, "
            "  ended INTEGER CHECK (ended IS NULL OR ended >= started))"),
        QStringLiteral("CREATE INDEX voting_round_journey ON voting_round(journey)"),
        QStringLiteral(
            "CREATE TABLE parking_note ( "
            "  uid TEXT PRIMARY KEY NOT NULL CHECK (length(uid) = 36), "
            "  journey TEXT NOT NULL REFERENCES journey(uid) ON DELETE CASCADE, "
            "  title TEXT NOT NULL CHECK (trim(title) <> ''), "
            "  notes TEXT NOT NULL DEFAULT '', "
            "  created INTEGER NOT NULL, "
            "  modified INTEGER NOT NULL, "
            "  kind TEXT NOT NULL CHECK (kind IN ('idea', 'question')), "
            "  position INTEGER NOT NULL CHECK (position >= 0))"),
        QStringLiteral("CREATE INDEX parking_note_journey ON parking_note(journey)"),
        QStringLiteral("ALTER TABLE vote ADD COLUMN round TEXT REFERENCES voting_round(uid) ON DELETE CASCADE"),
        QStringLiteral("CREATE INDEX vote_round ON vote(round)"),
        // A round names each participant, without spaces around (its rules): names lose the
        // characters QString::trimmed() removes (every Unicode space, tab and line end), and
        // unnamed votes become one participant's. The JSON reader does the same to such votes.
        QStringLiteral("UPDATE vote SET participant = trim(participant, char(32, 9, 10, 11, 12, 13, 133, 160, "
                       "5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, "
                       "8239, 8287, 12288))"),
        QStringLiteral("UPDATE vote SET participant = 'Anonymous' WHERE participant = ''"),
        QStringLiteral(
            "INSERT INTO voting_round (uid, journey, title, created, modified, dots, participants, started, ended) "
            "SELECT %1, journey, 'Earlier votes', first, last, min(20, max(1, most)), names, first, last FROM ( "
            "  SELECT *, (substr(replace(journey, '-', ''), 17, 16) || substr(replace(journey, '-', ''), 1, 16)) AS R FROM ( "
            "  SELECT m.journey AS journey, min(v.cast_at) AS first, max(v.cast_at) AS last, "
            "    (SELECT json_group_array(p) FROM (SELECT DISTINCT v2.participant AS p FROM vote v2 "
            "       JOIN moment m2 ON m2.uid = v2.moment WHERE m2.journey = m.journey ORDER BY p)) AS names, "
            "    (SELECT max(total) FROM (SELECT sum(v3.dots) AS total FROM vote v3 "
            "       JOIN moment m3 ON m3.uid = v3.moment WHERE m3.journey = m.journey GROUP BY v3.participant)) AS most "
            "  FROM vote v JOIN moment m ON m.uid = v.moment GROUP BY m.journey))").arg(QStringLiteral(
                "substr(R, 1, 8) || '-' || substr(R, 9, 4) || '-' || substr(R, 13, 4) || '-' || substr(R, 17, 4) || '-' || substr(R, 21, 12)")),
        QStringLiteral(
            "UPDATE vote SET round = (SELECT r.uid FROM voting_round r JOIN moment m ON m.journey = r.journey "
            "WHERE m.uid = vote.moment) WHERE round IS NULL"),
    };
}

// Version 5: survey responses (issue 13). One row per import of a file into a metric, and its
// responses in a compact table keyed by the import's row id (a uid per row would triple the
// file for a million responses). day is the Julian day number (SQLite's date(day) shows it);
// moment and segment index the import's JSON lists moments and segments, NULL for none.
QStringList version5()
{
    return {
        QStringLiteral(
            "CREATE TABLE response_batch ( "
            "  id INTEGER PRIMARY KEY, "
            "  uid TEXT UNIQUE NOT NULL CHECK (length(uid) = 36), "
            "  metric TEXT NOT NULL REFERENCES metric(uid) ON DELETE CASCADE, "
            "  title TEXT NOT NULL DEFAULT '', "
            "  notes TEXT NOT NULL DEFAULT '', "
            "  created INTEGER NOT NULL, "
            "  modified INTEGER NOT NULL, "
            "  scale TEXT NOT NULL CHECK (scale IN ('nps', 'csat', 'ces5', 'ces7', 'custom')), "
            "  low REAL NOT NULL, "
            "  high REAL NOT NULL CHECK (high > low), "
            "  moments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(moments) AND json_type(moments) = 'array'), "
            "  segments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(segments) AND json_type(segments) = 'array'))"),
        QStringLiteral("CREATE INDEX response_batch_metric ON response_batch(metric)"),
        QStringLiteral(
            "CREATE TABLE response ( "
            "  batch INTEGER NOT NULL, "
            "  position INTEGER NOT NULL, "
            "  day INTEGER NOT NULL, "
            "  score REAL NOT NULL, "
            "  moment INTEGER, "
            "  segment INTEGER, "
            "  PRIMARY KEY (batch, position)) WITHOUT ROWID"),
        // A trigger rather than a foreign key: checking the key on each of a million inserted
        // answers was a third of the import's writing time. It fires on the cascade from a
        // removed metric too, and only CX Atlas writes answers, always under a batch it made.
        QStringLiteral(
            "CREATE TRIGGER response_batch_gone AFTER DELETE ON response_batch "
            "BEGIN DELETE FROM response WHERE batch = old.id; END"),
    };
}

} // namespace

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps{{1, version1()}, {2, version2()}, {3, version3()}, {4, version4()},
                                             {5, version5()}};
    return steps;
}

int currentSchemaVersion()
{
    return schemaSteps().constLast().version;
}

Result migrate(Database &db, int fromVersion, const QList<SchemaStep> &steps)
{
    for (const SchemaStep &step : steps) {
        if (step.version <= fromVersion)
            continue;
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        for (const QString &statement : step.statements) {
            if (Result r = db.exec(statement); !r)
                return r;
        }
        if (Result r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return r;
        if (Result r = transaction.commit(); !r)
            return r;
        qCDebug(lcStore) << "schema of" << db.fileName() << "now at version" << step.version;
    }
    return Result::success();
}

} // namespace cx
