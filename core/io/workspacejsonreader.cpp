// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/personapalette.h"
#include "workspacejsonreader.h"

#include "model/labels.h"
#include "model/rules.h"
#include "model/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace cx {

namespace {

// The namespace of UUIDs derived from readable ids ("persona-saver").
const QUuid idNamespace = QUuid::fromString(u"6a1c3f2e-51d4-4c1b-9e2a-7b400c9355d1");

// Messages spell out WorkspaceJsonReader::tr(): lupdate does not see through a type alias, and
// filed them under an empty context, where the translator never looked them up.

// A reference from one record to another, resolved once every record has been read.
struct PendingLink {
    // The JSON pointer of the reference is record + "/" + key (+ "/" + index when index >= 0),
    // put together only for a message: most files have many links and no errors.
    QString record;
    const char *key;
    qsizetype index;
    QString from;
    Relation relation;
    QString to;
};

class Reader
{
public:
    Reader(QString fileName, QDateTime defaultTime)
        : m_fileName(std::move(fileName)), m_defaultTime(std::move(defaultTime)) {}

    bool failed() const { return !m_error.ok(); }
    const Result &error() const { return m_error; }
    WorkspaceData &data() { return m_data; }

    void fail(const QString &pointer, const QString &what)
    {
        if (failed())
            return;
        m_error = Result::failure(ErrorCode::Invalid, WorkspaceJsonReader::tr("%1, at %2: %3")
                                                          .arg(m_fileName, pointer.isEmpty() ? QStringLiteral("/") : pointer, what));
    }

    void readRoot(const QJsonObject &root);

private:
    // Checks that object has only the given keys; reports the first other one.
    void keys(const QJsonObject &o, const QString &at, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : allowed)
                known = known || it.key() == QLatin1StringView(k);
            if (!known)
                fail(at + u'/' + it.key(), WorkspaceJsonReader::tr("unknown key “%1”.").arg(it.key()));
        }
    }
    QString string(const QJsonObject &o, const QString &at, const char *key, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined()) {
            if (required)
                fail(at, WorkspaceJsonReader::tr("“%1” is required.").arg(QLatin1StringView(key)));
            return {};
        }
        if (!v.isString())
            fail(at + u'/' + QLatin1StringView(key), WorkspaceJsonReader::tr("expected a string."));
        return v.toString();
    }
    QStringList strings(const QJsonObject &o, const QString &at, const char *key)
    {
        QStringList result;
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return result;
        const QString here = at + u'/' + QLatin1StringView(key);
        if (!v.isArray()) {
            fail(here, WorkspaceJsonReader::tr("expected an array of strings."));
            return result;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(here + u'/' + QString::number(i), WorkspaceJsonReader::tr("expected a string."));
            result.append(a[i].toString());
        }
        return result;
    }
    std::optional<int> integer(const QJsonObject &o, const QString &at, const char *key, int min, int max)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(NAN);
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(at + u'/' + QLatin1StringView(key),
                 WorkspaceJsonReader::tr("expected a whole number from %1 to %2.").arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }
    std::optional<double> number(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(at + u'/' + QLatin1StringView(key), WorkspaceJsonReader::tr("expected a number."));
            return std::nullopt;
        }
        return v.toDouble();
    }
    double sizeOf(const QJsonObject &o, const QString &at, const char *key)
    {
        const auto size = number(o, at, key);
        if (size && !(*size >= 0 && *size <= Stage::maxSize))
            fail(at + u'/' + QLatin1StringView(key),
                 WorkspaceJsonReader::tr("expected a size from 0 to %1.").arg(Stage::maxSize));
        return size.value_or(0);
    }
    bool boolean(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isBool())
            fail(at + u'/' + QLatin1StringView(key), WorkspaceJsonReader::tr("expected true or false."));
        return v.toBool();
    }
    template<typename E>
    E enumeration(const QJsonObject &o, const QString &at, const char *key, E fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return fallback;
        const auto e = fromName<E>(v.toString());
        if (!v.isString() || !e) {
            fail(at + u'/' + QLatin1StringView(key),
                 WorkspaceJsonReader::tr("expected one of: %1.").arg(allNames<E>().join(u", ")));
            return fallback;
        }
        return *e;
    }
    QDate date(const QJsonObject &o, const QString &at, const char *key, bool required = false)
    {
        const QString text = string(o, at, key, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(at + u'/' + QLatin1StringView(key),
                 WorkspaceJsonReader::tr("expected a date written YYYY-MM-DD."));
        return d;
    }
    QDateTime time(const QJsonObject &o, const QString &at, const char *key)
    {
        const QString text = string(o, at, key);
        if (text.isEmpty())
            return m_defaultTime;
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(at + u'/' + QLatin1StringView(key),
                 WorkspaceJsonReader::tr("expected a date and time written "
                                                            "YYYY-MM-DDThh:mm:ssZ."));
        return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
    }
    QJsonArray array(const QJsonObject &o, const QString &at, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isArray())
            fail(at + u'/' + QLatin1StringView(key), WorkspaceJsonReader::tr("expected an array."));
        return v.toArray();
    }
    // Calls read(object, pointer) for each element of o[key], which must be objects.
    template<typename F>
    void each(const QJsonObject &o, const QString &at, const char *key, F read)
    {
        const QJsonArray a = array(o, at, key);
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString here = at + u'/' + QLatin1StringView(key) + u'/' + QString::number(i);
            if (++m_records > WorkspaceJsonReader::maxRecords)
                fail(here,
                     WorkspaceJsonReader::tr("more than %1 records; the most CX Atlas imports is %1.")
                               .arg(WorkspaceJsonReader::maxRecords));
            else if (!a[i].isObject())
                fail(here, WorkspaceJsonReader::tr("expected an object."));
            else
                read(a[i].toObject(), here);
        }
    }
    // Registers the record's id; returns its UUID.
    Uid identify(const QJsonObject &o, const QString &at, NodeKind kind)
    {
        const QString id = string(o, at, "id", true);
        if (failed())
            return {};
        if (id.trimmed().isEmpty()) {
            fail(at + QStringLiteral("/id"), WorkspaceJsonReader::tr("an id cannot be empty."));
            return {};
        }
        if (m_ids.contains(id)) {
            fail(at + QStringLiteral("/id"),
                 WorkspaceJsonReader::tr("the id “%1” is used twice (first at %2).").arg(id, m_idAt.value(id)));
            return {};
        }
        m_ids.insert(id, kind);
        m_idAt.insert(id, at);
        return WorkspaceJsonReader::idFor(id);
    }
    void base(const QJsonObject &o, const QString &at, NodeBase &n, const char *titleKey = "title")
    {
        n.title = string(o, at, titleKey);
        n.notes = string(o, at, "notes");
        n.created = time(o, at, "created");
        n.modified = o.contains(u"modified") ? time(o, at, "modified") : n.created;
    }
    void links(const QJsonObject &o, const QString &at, const QString &from, const char *key, Relation relation)
    {
        const QStringList targets = strings(o, at, key);
        for (qsizetype i = 0; i < targets.size(); ++i)
            m_pending.append({at, key, i, from, relation, targets[i]});
    }

    void readPersona(const QJsonObject &o, const QString &at);
    void readJourney(const QJsonObject &o, const QString &at);
    void readElement(const QJsonObject &o, const QString &at);
    void readMetric(const QJsonObject &o, const QString &at);
    void readResponseBatch(const QJsonObject &o, const QString &at, const Uid &metric);
    void readInsight(const QJsonObject &o, const QString &at);
    void readOpportunity(const QJsonObject &o, const QString &at);
    void readVote(const QJsonObject &o, const QString &at);
    void resolveLinks();

    QString m_fileName;
    QDateTime m_defaultTime;
    Result m_error;
    WorkspaceData m_data;
    QHash<QString, NodeKind> m_ids;
    QHash<QString, QString> m_idAt;
    QList<PendingLink> m_pending;
    qsizetype m_records = 0;
    qsizetype m_responses = 0;
    // Moments named by responses, checked once every record is known: (where, id).
    QList<std::pair<QString, QString>> m_responseMoments;
    // The journey of each stage, lane and moment id.
    QHash<QString, QString> m_journeyOf;
    // Voting rounds by JSON id, with their journey's JSON id; votes from before rounds
    // existed (no "round"), by journey, for adoptEarlierVotes().
    QHash<QString, VotingRound> m_rounds;
    QHash<QString, QString> m_roundJourney;
    QHash<QString, QList<qsizetype>> m_earlierVotes;
    void readWorkshop(const QJsonObject &o, const QString &at, const Journey &j, const QString &journeyId);
    void adoptEarlierVotes();
};

void Reader::readRoot(const QJsonObject &root)
{
    keys(root, {}, {"format", "version", "personas", "journeys", "elements", "metrics",
                    "insights", "opportunities", "votes"});
    if (root.value(u"format").toString() != u"cxatlas-workspace") {
        fail(QStringLiteral("/format"),
             WorkspaceJsonReader::tr("expected \"cxatlas-workspace\"; this is not a CX Atlas workspace file."));
        return;
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() < 1) {
        fail(QStringLiteral("/version"), WorkspaceJsonReader::tr("expected a format version number."));
        return;
    }
    if (version.toDouble() > 1) {
        fail(QStringLiteral("/version"),
             WorkspaceJsonReader::tr("format version %1 is newer than this CX Atlas reads (1); "
                                                "update CX Atlas to import it.").arg(version.toDouble()));
        return;
    }
    each(root, {}, "personas", [this](const QJsonObject &o, const QString &at) { readPersona(o, at); });
    each(root, {}, "journeys", [this](const QJsonObject &o, const QString &at) { readJourney(o, at); });
    each(root, {}, "elements", [this](const QJsonObject &o, const QString &at) { readElement(o, at); });
    each(root, {}, "metrics", [this](const QJsonObject &o, const QString &at) { readMetric(o, at); });
    each(root, {}, "insights", [this](const QJsonObject &o, const QString &at) { readInsight(o, at); });
    each(root, {}, "opportunities", [this](const QJsonObject &o, const QString &at) { readOpportunity(o, at); });
    each(root, {}, "votes", [this](const QJsonObject &o, const QString &at) { readVote(o, at); });
    if (!failed())
        adoptEarlierVotes();
    if (!failed())
        resolveLinks();
}

void Reader::readPersona(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "name", "notes", "needState", "quote", "photo", "goals", "needs",
                 "frustrations", "behaviours", "preferredChannels", "demographics",
                 "psychographics", "fieldNotes", "evidence", "valueTier", "status", "color",
                 "revisions", "created", "modified"});
    Persona p;
    p.uid = identify(o, at, NodeKind::Persona);
    base(o, at, p, "name");
    p.needState = string(o, at, "needState");
    p.quote = string(o, at, "quote");
    if (const QString photo = string(o, at, "photo"); !photo.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(photo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(at + QStringLiteral("/photo"),
                 WorkspaceJsonReader::tr("expected the image as base64."));
        p.photo = *decoded;
    }
    p.goals = strings(o, at, "goals");
    p.needs = strings(o, at, "needs");
    p.frustrations = strings(o, at, "frustrations");
    p.behaviours = strings(o, at, "behaviours");
    p.preferredChannels = strings(o, at, "preferredChannels");
    p.demographics = string(o, at, "demographics");
    p.psychographics = string(o, at, "psychographics");
    p.fieldNotes = string(o, at, "fieldNotes");
    each(o, at, "evidence", [&](const QJsonObject &e, const QString &here) {
        keys(e, here, {"label", "kind", "date", "note"});
        p.evidence.append({string(e, here, "label"), enumeration(e, here, "kind", EvidenceKind::Other),
                           date(e, here, "date"), string(e, here, "note")});
    });
    p.valueTier = enumeration(o, at, "valueTier", ValueTier::Medium);
    p.status = enumeration(o, at, "status", PersonaStatus::Hypothesis);
    p.color = string(o, at, "color").toLower();
    if (!p.color.isEmpty() && !PersonaPalette::isColor(p.color))
        fail(at + QStringLiteral("/color"), WorkspaceJsonReader::tr("expected a colour as #rrggbb."));
    each(o, at, "revisions", [&](const QJsonObject &r, const QString &here) {
        keys(r, here, {"id", "recorded", "summary", "reason", "snapshot"});
        PersonaRevision v;
        const QString id = string(r, here, "id", true);
        v.uid = WorkspaceJsonReader::idFor(id);
        v.recorded = time(r, here, "recorded");
        v.summary = string(r, here, "summary");
        v.reason = string(r, here, "reason");
        const QJsonValue snapshot = r.value(u"snapshot");
        if (!snapshot.isUndefined() && !snapshot.isObject())
            fail(here + QStringLiteral("/snapshot"), WorkspaceJsonReader::tr("expected an object."));
        if (snapshot.isObject())
            v.snapshot = QJsonDocument(snapshot.toObject()).toJson(QJsonDocument::Compact);
        p.revisions.append(v);
    });
    m_data.nodes.append(p);
}

void Reader::readJourney(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "title", "notes", "state", "personas", "stages", "lanes", "moments",
                 "votingRounds", "parkingLot", "created", "modified"});
    Journey j;
    j.uid = identify(o, at, NodeKind::Journey);
    const QString journeyId = o.value(u"id").toString();
    base(o, at, j);
    j.state = enumeration(o, at, "state", JourneyState::Current);
    m_data.nodes.append(j);
    const QStringList personas = strings(o, at, "personas");
    for (qsizetype i = 0; i < personas.size(); ++i)
        m_pending.append({at, "personas", i, personas[i], Relation::Follows, journeyId});

    int position = 0;
    each(o, at, "stages", [&](const QJsonObject &s, const QString &here) {
        keys(s, here, {"id", "title", "notes", "width", "created", "modified"});
        Stage stage;
        stage.uid = identify(s, here, NodeKind::Stage);
        base(s, here, stage);
        stage.journey = j.uid;
        stage.position = position++;
        stage.width = sizeOf(s, here, "width");
        m_journeyOf.insert(s.value(u"id").toString(), journeyId);
        m_data.nodes.append(stage);
    });
    position = 0;
    each(o, at, "lanes", [&](const QJsonObject &l, const QString &here) {
        keys(l, here, {"id", "title", "notes", "kind", "height", "created", "modified"});
        Lane lane;
        lane.uid = identify(l, here, NodeKind::Lane);
        base(l, here, lane);
        lane.journey = j.uid;
        lane.kind = enumeration(l, here, "kind", LaneKind::Custom);
        lane.position = position++;
        lane.height = sizeOf(l, here, "height");
        m_journeyOf.insert(l.value(u"id").toString(), journeyId);
        m_data.nodes.append(lane);
    });
    QHash<std::pair<Uid, Uid>, int> cellCount;
    each(o, at, "moments", [&](const QJsonObject &m, const QString &here) {
        keys(m, here, {"id", "stage", "lane", "title", "notes", "channel", "owner", "emotion",
                       "emotions", "importance", "evidence", "mattersMost", "color", "tags",
                       "uses", "opensJourney", "created", "modified"});
        Moment moment;
        moment.uid = identify(m, here, NodeKind::Moment);
        const QString momentId = m.value(u"id").toString();
        m_journeyOf.insert(momentId, journeyId);
        base(m, here, moment);
        moment.journey = j.uid;
        for (const char *key : {"stage", "lane"}) {
            const QString ref = string(m, here, key, true);
            const NodeKind kind = qstrcmp(key, "stage") == 0 ? NodeKind::Stage : NodeKind::Lane;
            if (!failed() && (m_journeyOf.value(ref) != journeyId || m_ids.value(ref) != kind))
                fail(here + u'/' + QLatin1StringView(key),
                     //: %1: an id in the file; %2: "stage" or "lane", a noun
                     WorkspaceJsonReader::tr("“%1” is not a %2 of this journey.").arg(ref, label(kind)));
        }
        moment.stage = WorkspaceJsonReader::idFor(m.value(u"stage").toString());
        moment.lane = WorkspaceJsonReader::idFor(m.value(u"lane").toString());
        moment.position = cellCount[{moment.stage, moment.lane}]++;
        moment.channel = string(m, here, "channel");
        moment.owner = string(m, here, "owner");
        moment.emotion = integer(m, here, "emotion", Moment::minEmotion, Moment::maxEmotion);
        const QJsonValue emotions = m.value(u"emotions");
        if (!emotions.isUndefined() && !emotions.isObject())
            fail(here + QStringLiteral("/emotions"),
                 WorkspaceJsonReader::tr("expected an object of persona ids and scores."));
        const QJsonObject perPersona = emotions.toObject();
        for (auto it = perPersona.begin(); it != perPersona.end(); ++it) {
            const auto score = integer(perPersona, here + QStringLiteral("/emotions"), it.key().toUtf8().constData(),
                                       Moment::minEmotion, Moment::maxEmotion);
            if (m_ids.value(it.key()) != NodeKind::Persona || !m_ids.contains(it.key()))
                fail(here + QStringLiteral("/emotions/") + it.key(),
                     WorkspaceJsonReader::tr("“%1” is not a persona of this file.").arg(it.key()));
            moment.emotions.append({WorkspaceJsonReader::idFor(it.key()), score.value_or(0)});
        }
        moment.sortEmotions();
        moment.importance = integer(m, here, "importance", Moment::minImportance, Moment::maxImportance).value_or(3);
        moment.evidence = enumeration(m, here, "evidence", EvidenceLevel::Assumption);
        moment.mattersMost = boolean(m, here, "mattersMost");
        moment.color = string(m, here, "color");
        moment.tags = strings(m, here, "tags");
        links(m, here, momentId, "uses", Relation::Uses);
        if (const QString opens = string(m, here, "opensJourney"); !opens.isEmpty())
            m_pending.append({here, "opensJourney", -1, momentId, Relation::OpensJourney, opens});
        m_data.nodes.append(moment);
    });
    readWorkshop(o, at, j, journeyId);
}

// A journey's voting rounds and parking lot (the array's order is the lot's order).
void Reader::readWorkshop(const QJsonObject &o, const QString &at, const Journey &j, const QString &journeyId)
{
    each(o, at, "votingRounds", [&](const QJsonObject &r, const QString &here) {
        keys(r, here, {"id", "title", "notes", "dots", "participants", "seats", "hideTally", "started",
                       "ended", "created", "modified"});
        VotingRound round;
        round.uid = identify(r, here, NodeKind::VotingRound);
        base(r, here, round);
        round.journey = j.uid;
        round.dotsPerParticipant = integer(r, here, "dots", VotingRound::minDots, VotingRound::maxDots).value_or(3);
        round.participants = strings(r, here, "participants");
        round.seats = integer(r, here, "seats", 0, VotingRound::maxSeats).value_or(0);
        round.hideTally = boolean(r, here, "hideTally");
        round.started = time(r, here, "started");
        if (r.contains(u"ended"))
            round.ended = time(r, here, "ended");
        Workspace owner;
        owner.journeys.insert(j.uid, j);
        if (const Result ok = Rules::checkNode(owner, round); !ok && !failed())
            fail(here, ok.message());
        m_rounds.insert(r.value(u"id").toString(), round);
        m_roundJourney.insert(r.value(u"id").toString(), journeyId);
        m_data.nodes.append(round);
    });
    int position = 0;
    each(o, at, "parkingLot", [&](const QJsonObject &n, const QString &here) {
        keys(n, here, {"id", "title", "notes", "kind", "created", "modified"});
        ParkingNote note;
        note.uid = identify(n, here, NodeKind::ParkingNote);
        base(n, here, note);
        if (!failed() && note.title.trimmed().isEmpty())
            fail(here + QStringLiteral("/title"),
                 WorkspaceJsonReader::tr("a parking-lot note needs some text."));
        note.journey = j.uid;
        note.kind = enumeration(n, here, "kind", ParkingKind::Idea);
        note.position = position++;
        m_data.nodes.append(note);
    });
}

void Reader::readElement(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "kind", "title", "notes", "owner", "dependsOn", "created", "modified"});
    Element e;
    e.kind = enumeration(o, at, "kind", NodeKind::Service);
    if (!isElementKind(e.kind))
        fail(at + QStringLiteral("/kind"),
             WorkspaceJsonReader::tr("expected one of: story, experience, service, system, process, data."));
    e.uid = identify(o, at, e.kind);
    base(o, at, e);
    e.owner = string(o, at, "owner");
    links(o, at, o.value(u"id").toString(), "dependsOn", Relation::DependsOn);
    m_data.nodes.append(e);
}

void Reader::readMetric(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "title", "notes", "kind", "level", "unit", "target", "direction", "owner",
                 "measures", "drives", "measurements", "responseImports", "created", "modified"});
    Metric m;
    m.uid = identify(o, at, NodeKind::Metric);
    base(o, at, m);
    m.kind = enumeration(o, at, "kind", MetricKind::Custom);
    m.level = enumeration(o, at, "level", MetricLevel::Operational);
    m.unit = string(o, at, "unit");
    m.target = number(o, at, "target");
    m.direction = enumeration(o, at, "direction", Direction::HigherIsBetter);
    m.owner = string(o, at, "owner");
    const QString id = o.value(u"id").toString();
    links(o, at, id, "measures", Relation::Measures);
    links(o, at, id, "drives", Relation::Drives);
    each(o, at, "measurements", [&](const QJsonObject &s, const QString &here) {
        keys(s, here, {"date", "value", "note"});
        const auto value = number(s, here, "value");
        if (!value)
            fail(here, WorkspaceJsonReader::tr("“value” is required."));
        m.measurements.append({date(s, here, "date", true), value.value_or(0), string(s, here, "note")});
    });
    m_data.nodes.append(m);
    each(o, at, "responseImports", [&](const QJsonObject &b, const QString &here) {
        readResponseBatch(b, here, m.uid);
    });
}

void Reader::readResponseBatch(const QJsonObject &o, const QString &at, const Uid &metric)
{
    keys(o, at, {"id", "title", "notes", "scale", "low", "high", "responses", "created", "modified"});
    ResponseBatch b;
    b.uid = identify(o, at, NodeKind::ResponseBatch);
    base(o, at, b);
    b.metric = metric;
    b.scale = enumeration(o, at, "scale", ResponseScale::Nps);
    std::tie(b.low, b.high) = fixedRange(b.scale);
    b.low = number(o, at, "low").value_or(b.low);
    b.high = number(o, at, "high").value_or(b.high);
    const QJsonArray rows = array(o, at, "responses");
    Responses &r = b.responses;
    QHash<QString, qint32> moments, segments;
    for (qsizetype i = 0; i < rows.size() && !failed(); ++i) {
        const QString here = at + QStringLiteral("/responses/") + QString::number(i);
        if (++m_responses > WorkspaceJsonReader::maxResponses) {
            fail(here,
                 WorkspaceJsonReader::tr("more than %1 survey responses; the most CX Atlas imports is %1.")
                           .arg(WorkspaceJsonReader::maxResponses));
            break;
        }
        if (!rows[i].isObject()) {
            fail(here, WorkspaceJsonReader::tr("expected an object."));
            break;
        }
        const QJsonObject row = rows[i].toObject();
        keys(row, here, {"date", "score", "moment", "segment"});
        const QDate day = date(row, here, "date", true);
        const auto score = number(row, here, "score");
        if (!score)
            fail(here, WorkspaceJsonReader::tr("“score” is required."));
        r.days.append(day.toJulianDay());
        r.scores.append(score.value_or(0));
        auto indexOf = [](QHash<QString, qint32> &seen, auto &list, const auto &value, const QString &key) {
            auto it = seen.constFind(key);
            if (it != seen.cend())
                return *it;
            list.append(value);
            return *seen.insert(key, qint32(list.size() - 1));
        };
        const QString moment = string(row, here, "moment");
        r.moments.append(moment.isEmpty() ? -1 : indexOf(moments, r.momentUids, WorkspaceJsonReader::idFor(moment), moment));
        if (!moment.isEmpty())
            m_responseMoments.append({here + QStringLiteral("/moment"), moment});
        const QString segment = string(row, here, "segment");
        r.segments.append(segment.isEmpty() ? -1 : indexOf(segments, r.segmentNames, segment, segment));
    }
    m_data.nodes.append(b);
}

void Reader::readInsight(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "title", "notes", "sourceKind", "source", "date", "explains", "created", "modified"});
    Insight i;
    i.uid = identify(o, at, NodeKind::Insight);
    base(o, at, i);
    i.sourceKind = enumeration(o, at, "sourceKind", InsightSource::Research);
    i.source = string(o, at, "source");
    i.date = date(o, at, "date");
    links(o, at, o.value(u"id").toString(), "explains", Relation::Explains);
    m_data.nodes.append(i);
}

void Reader::readOpportunity(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "title", "notes", "impact", "effort", "improves", "created", "modified"});
    Opportunity p;
    p.uid = identify(o, at, NodeKind::Opportunity);
    base(o, at, p);
    p.impact = integer(o, at, "impact", Opportunity::minScale, Opportunity::maxScale).value_or(3);
    p.effort = integer(o, at, "effort", Opportunity::minScale, Opportunity::maxScale).value_or(3);
    links(o, at, o.value(u"id").toString(), "improves", Relation::Improves);
    m_data.nodes.append(p);
}

void Reader::readVote(const QJsonObject &o, const QString &at)
{
    keys(o, at, {"id", "round", "moment", "participant", "dots", "cast"});
    Vote v;
    v.uid = identify(o, at, NodeKind::Vote);
    const QString moment = string(o, at, "moment", true);
    if (!failed() && m_ids.value(moment) != NodeKind::Moment)
        fail(at + QStringLiteral("/moment"),
             WorkspaceJsonReader::tr("“%1” is not a moment of this file.").arg(moment));
    v.moment = WorkspaceJsonReader::idFor(moment);
    v.participant = string(o, at, "participant");
    v.dots = integer(o, at, "dots", 1, 1000).value_or(1);
    v.cast = time(o, at, "cast");
    if (!o.contains(u"round")) {
        m_earlierVotes[m_journeyOf.value(moment)].append(m_data.nodes.size());
        m_data.nodes.append(v);
        return;
    }
    const QString round = string(o, at, "round");
    if (failed())
        return;
    if (!m_rounds.contains(round))
        fail(at + QStringLiteral("/round"),
             WorkspaceJsonReader::tr("“%1” is not a voting round of this file.").arg(round));
    else if (m_roundJourney.value(round) != m_journeyOf.value(moment))
        fail(at + QStringLiteral("/moment"),
             WorkspaceJsonReader::tr("“%1” is not a moment of the round’s journey.").arg(moment));
    else if (!m_rounds.value(round).voters().contains(v.participant))
        fail(at + QStringLiteral("/participant"),
             WorkspaceJsonReader::tr("“%1” is not a participant of the round.").arg(v.participant));
    v.round = WorkspaceJsonReader::idFor(round);
    m_data.nodes.append(v);
}

// Files from before voting rounds have votes without one: as the file format's upgrade does
// (schema version 4), each journey's such votes go into one ended round, "Earlier votes", whose
// limit is the most dots anyone gave there (names lose the spaces around them, and unnamed
// voters are "Anonymous", so the round keeps its rules). Its id derives from the journey's, so
// reading the same file twice gives the same workspace.
void Reader::adoptEarlierVotes()
{
    for (auto it = m_earlierVotes.cbegin(); it != m_earlierVotes.cend(); ++it) {
        VotingRound round;
        round.uid = WorkspaceJsonReader::idFor(it.key() + QStringLiteral("/earlier-votes"));
        round.title = QStringLiteral("Earlier votes");
        round.journey = WorkspaceJsonReader::idFor(it.key());
        QHash<QString, int> dotsOf;
        for (const qsizetype index : it.value()) {
            Vote &v = std::get<Vote>(m_data.nodes[index]);
            v.participant = v.participant.trimmed(); // a round's names have no spaces around
            if (v.participant.isEmpty())
                v.participant = QStringLiteral("Anonymous");
            v.round = round.uid;
            dotsOf[v.participant] += v.dots;
            if (!round.started.isValid() || v.cast < round.started)
                round.started = v.cast;
            if (!round.ended.isValid() || v.cast > round.ended)
                round.ended = v.cast;
        }
        round.participants = dotsOf.keys();
        round.participants.sort();
        int most = 1;
        for (const int dots : std::as_const(dotsOf))
            most = std::max(most, dots);
        round.dotsPerParticipant = std::min(most, VotingRound::maxDots);
        round.created = round.modified = round.started;
        m_data.nodes.append(round);
    }
}

void Reader::resolveLinks()
{
    // A response may name a moment removed since its import, but not another kind of record.
    for (const auto &[here, id] : std::as_const(m_responseMoments)) {
        if (m_ids.contains(id) && m_ids.value(id) != NodeKind::Moment) {
            fail(here, WorkspaceJsonReader::tr("“%1” is not a moment.").arg(id));
            return;
        }
    }
    QSet<Link> seen;
    for (const PendingLink &p : std::as_const(m_pending)) {
        const auto pointer = [&p] {
            QString at = p.record + u'/' + QLatin1StringView(p.key);
            return p.index < 0 ? at : at + u'/' + QString::number(p.index);
        };
        if (!m_ids.contains(p.to) || !m_ids.contains(p.from)) {
            fail(pointer(),
                 WorkspaceJsonReader::tr("“%1” is not an id of this file.").arg(m_ids.contains(p.to) ? p.from : p.to));
            return;
        }
        const NodeKind from = m_ids.value(p.from);
        const NodeKind to = m_ids.value(p.to);
        if (p.from == p.to || !Rules::allows(from, p.relation, to)) {
            //: %1, %2: kinds of record, nouns ("story", "system"); %3: an id in the file;
            //: %4: the relation as the file names it ("uses", "depends-on"), not translated
            fail(pointer(), WorkspaceJsonReader::tr("a %1 cannot be linked to a %2 (“%3”) with “%4”.")
                                .arg(label(from), label(to), p.to, name(p.relation)));
            return;
        }
        const Link link{WorkspaceJsonReader::idFor(p.from), p.relation, WorkspaceJsonReader::idFor(p.to)};
        if (seen.contains(link)) {
            fail(pointer(), WorkspaceJsonReader::tr("the link to “%1” is listed twice.").arg(p.to));
            return;
        }
        seen.insert(link);
        m_data.links.append(link);
    }
}

} // namespace

Uid WorkspaceJsonReader::idFor(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    if (!uuid.isNull() && id.size() == 36)
        return uuid;
    return QUuid::createUuidV5(idNamespace, id);
}

std::optional<WorkspaceData> WorkspaceJsonReader::read(const QByteArray &json, const QString &fileName,
                                                       const QDateTime &defaultTime, Result *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the offending character; point at the character.
        const QByteArray before = json.left(std::max(0, parse.offset - 1));
        const auto line = before.count('\n') + 1;
        const auto column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        *error = Result::failure(ErrorCode::Invalid, tr("%1, line %2, column %3: %4.")
                                                         .arg(fileName, QString::number(line), QString::number(column),
                                                              parse.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Result::failure(ErrorCode::Invalid,
                                 tr("%1: expected a JSON object at the top level.").arg(fileName));
        return std::nullopt;
    }
    Reader reader(fileName, defaultTime);
    reader.readRoot(document.object());
    if (reader.failed()) {
        *error = reader.error();
        return std::nullopt;
    }
    return std::move(reader.data());
}

std::optional<WorkspaceData> WorkspaceJsonReader::readFile(const QString &path, const QDateTime &defaultTime,
                                                           Result *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Result::failure(ErrorCode::NotFound, tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        *error = Result::failure(ErrorCode::Invalid, tr("“%1” is %2 MB; the most CX Atlas imports is %3 MB.")
                                                         .arg(name, QString::number(file.size() >> 20), QString::number(maxFileSize >> 20)));
        return std::nullopt;
    }
    return read(file.readAll(), name, defaultTime, error);
}

} // namespace cx
