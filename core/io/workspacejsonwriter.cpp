// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacejsonwriter.h"

#include "filewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace cx {

namespace {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putStrings(QJsonObject &o, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

void putDate(QJsonObject &o, const QString &key, const QDate &date)
{
    if (date.isValid())
        o.insert(key, date.toString(Qt::ISODate));
}

void putBase(QJsonObject &o, const NodeBase &n, const QString &titleKey = QStringLiteral("title"))
{
    o.insert(QStringLiteral("id"), uidText(n.uid));
    putString(o, titleKey, n.title);
    putString(o, QStringLiteral("notes"), n.notes);
    if (n.created.isValid())
        o.insert(QStringLiteral("created"), timeText(n.created));
    if (n.modified.isValid())
        o.insert(QStringLiteral("modified"), timeText(n.modified));
}

// Records of one kind by title, then id: stable whatever the hash order.
template<typename T>
QList<T> sorted(const QHash<Uid, T> &records)
{
    QList<T> list = records.values();
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) {
        if (a.title != b.title)
            return a.title < b.title;
        return uidText(a.uid) < uidText(b.uid);
    });
    return list;
}

class Writer
{
public:
    explicit Writer(const Workspace &w) : m_w(w)
    {
        for (const Link &link : w.links)
            m_from[link.from].append(link);
    }

    // Targets of the links of one relation from a record, sorted.
    QStringList targets(const Uid &from, Relation relation) const
    {
        QStringList result;
        for (const Link &link : m_from.value(from))
            if (link.relation == relation)
                result.append(uidText(link.to));
        result.sort();
        return result;
    }

    QJsonObject root() const
    {
        QJsonObject o;
        o.insert(QStringLiteral("format"), QStringLiteral("cxatlas-workspace"));
        o.insert(QStringLiteral("version"), 1);
        putArray(o, QStringLiteral("personas"), sorted(m_w.personas), [this](const Persona &p) { return persona(p); });
        putArray(o, QStringLiteral("journeys"), sorted(m_w.journeys), [this](const Journey &j) { return journey(j); });
        putArray(o, QStringLiteral("elements"), sorted(m_w.elements), [this](const Element &e) { return element(e); });
        putArray(o, QStringLiteral("metrics"), sorted(m_w.metrics), [this](const Metric &m) { return metric(m); });
        putArray(o, QStringLiteral("insights"), sorted(m_w.insights), [this](const Insight &i) { return insight(i); });
        putArray(o, QStringLiteral("opportunities"), sorted(m_w.opportunities),
                 [this](const Opportunity &p) { return opportunity(p); });
        QList<Vote> votes = m_w.votes.values();
        std::sort(votes.begin(), votes.end(), [](const Vote &a, const Vote &b) {
            return std::tuple(uidText(a.moment), a.cast, uidText(a.uid)) < std::tuple(uidText(b.moment), b.cast, uidText(b.uid));
        });
        putArray(o, QStringLiteral("votes"), votes, [](const Vote &v) { return vote(v); });
        return o;
    }

private:
    template<typename T, typename F>
    static void putArray(QJsonObject &o, const QString &key, const QList<T> &records, F toJson)
    {
        if (records.isEmpty())
            return;
        QJsonArray a;
        for (const T &r : records)
            a.append(toJson(r));
        o.insert(key, a);
    }

    QJsonObject persona(const Persona &p) const
    {
        QJsonObject o;
        putBase(o, p, QStringLiteral("name"));
        putString(o, QStringLiteral("needState"), p.needState);
        putString(o, QStringLiteral("quote"), p.quote);
        if (!p.photo.isEmpty())
            o.insert(QStringLiteral("photo"), QString::fromLatin1(p.photo.toBase64()));
        putStrings(o, QStringLiteral("goals"), p.goals);
        putStrings(o, QStringLiteral("needs"), p.needs);
        putStrings(o, QStringLiteral("frustrations"), p.frustrations);
        putStrings(o, QStringLiteral("behaviours"), p.behaviours);
        putStrings(o, QStringLiteral("preferredChannels"), p.preferredChannels);
        putString(o, QStringLiteral("demographics"), p.demographics);
        putString(o, QStringLiteral("psychographics"), p.psychographics);
        putString(o, QStringLiteral("fieldNotes"), p.fieldNotes);
        putArray(o, QStringLiteral("evidence"), p.evidence, [](const EvidenceSource &e) {
            QJsonObject s;
            putString(s, QStringLiteral("label"), e.label);
            s.insert(QStringLiteral("kind"), name(e.kind));
            putDate(s, QStringLiteral("date"), e.date);
            putString(s, QStringLiteral("note"), e.note);
            return s;
        });
        o.insert(QStringLiteral("valueTier"), name(p.valueTier));
        o.insert(QStringLiteral("status"), name(p.status));
        putString(o, QStringLiteral("color"), p.color);
        putArray(o, QStringLiteral("revisions"), p.revisions, [](const PersonaRevision &r) {
            QJsonObject s;
            s.insert(QStringLiteral("id"), uidText(r.uid));
            if (r.recorded.isValid())
                s.insert(QStringLiteral("recorded"), timeText(r.recorded));
            putString(s, QStringLiteral("summary"), r.summary);
            putString(s, QStringLiteral("reason"), r.reason);
            const QJsonDocument snapshot = QJsonDocument::fromJson(r.snapshot);
            if (snapshot.isObject())
                s.insert(QStringLiteral("snapshot"), snapshot.object());
            return s;
        });
        return o;
    }

    QJsonObject journey(const Journey &j) const
    {
        QJsonObject o;
        putBase(o, j);
        o.insert(QStringLiteral("state"), name(j.state));
        QStringList personas;
        for (const Uid &p : m_w.personasOf(j.uid))
            personas.append(uidText(p));
        personas.sort();
        putStrings(o, QStringLiteral("personas"), personas);
        const QList<Stage> stages = m_w.stagesOf(j.uid);
        const QList<Lane> lanes = m_w.lanesOf(j.uid);
        putArray(o, QStringLiteral("stages"), stages, [](const Stage &s) {
            QJsonObject r;
            putBase(r, s);
            r.insert(QStringLiteral("width"), s.width);
            return r;
        });
        putArray(o, QStringLiteral("lanes"), lanes, [](const Lane &l) {
            QJsonObject r;
            putBase(r, l);
            r.insert(QStringLiteral("kind"), name(l.kind));
            r.insert(QStringLiteral("height"), l.height);
            return r;
        });
        QList<Moment> moments;
        for (const Stage &s : stages)
            for (const Lane &l : lanes)
                moments.append(m_w.momentsIn(s.uid, l.uid));
        putArray(o, QStringLiteral("moments"), moments, [this](const Moment &m) { return moment(m); });
        putArray(o, QStringLiteral("votingRounds"), m_w.roundsOf(j.uid), [](const VotingRound &r) {
            QJsonObject v;
            putBase(v, r);
            v.insert(QStringLiteral("dots"), r.dotsPerParticipant);
            putStrings(v, QStringLiteral("participants"), r.participants);
            if (r.seats > 0)
                v.insert(QStringLiteral("seats"), r.seats);
            if (r.hideTally)
                v.insert(QStringLiteral("hideTally"), true);
            v.insert(QStringLiteral("started"), timeText(r.started));
            if (r.ended.isValid())
                v.insert(QStringLiteral("ended"), timeText(r.ended));
            return v;
        });
        putArray(o, QStringLiteral("parkingLot"), m_w.parkingLotOf(j.uid), [](const ParkingNote &n) {
            QJsonObject v;
            putBase(v, n);
            v.insert(QStringLiteral("kind"), name(n.kind));
            return v;
        });
        return o;
    }

    QJsonObject moment(const Moment &m) const
    {
        QJsonObject o;
        putBase(o, m);
        o.insert(QStringLiteral("stage"), uidText(m.stage));
        o.insert(QStringLiteral("lane"), uidText(m.lane));
        putString(o, QStringLiteral("channel"), m.channel);
        putString(o, QStringLiteral("owner"), m.owner);
        if (m.emotion)
            o.insert(QStringLiteral("emotion"), *m.emotion);
        if (!m.emotions.isEmpty()) {
            QJsonObject e;
            for (const PersonaEmotion &pe : m.emotions)
                e.insert(uidText(pe.persona), pe.score);
            o.insert(QStringLiteral("emotions"), e);
        }
        o.insert(QStringLiteral("importance"), m.importance);
        o.insert(QStringLiteral("evidence"), name(m.evidence));
        o.insert(QStringLiteral("mattersMost"), m.mattersMost);
        putString(o, QStringLiteral("color"), m.color);
        putStrings(o, QStringLiteral("tags"), m.tags);
        putStrings(o, QStringLiteral("uses"), targets(m.uid, Relation::Uses));
        // The format holds one drill-down per moment.
        const QStringList opens = targets(m.uid, Relation::OpensJourney);
        if (!opens.isEmpty())
            o.insert(QStringLiteral("opensJourney"), opens.constFirst());
        return o;
    }

    QJsonObject element(const Element &e) const
    {
        QJsonObject o;
        putBase(o, e);
        o.insert(QStringLiteral("kind"), name(e.kind));
        putString(o, QStringLiteral("owner"), e.owner);
        putStrings(o, QStringLiteral("dependsOn"), targets(e.uid, Relation::DependsOn));
        return o;
    }

    QJsonObject metric(const Metric &m) const
    {
        QJsonObject o;
        putBase(o, m);
        o.insert(QStringLiteral("kind"), name(m.kind));
        o.insert(QStringLiteral("level"), name(m.level));
        putString(o, QStringLiteral("unit"), m.unit);
        if (m.target)
            o.insert(QStringLiteral("target"), *m.target);
        o.insert(QStringLiteral("direction"), name(m.direction));
        putString(o, QStringLiteral("owner"), m.owner);
        putStrings(o, QStringLiteral("measures"), targets(m.uid, Relation::Measures));
        putStrings(o, QStringLiteral("drives"), targets(m.uid, Relation::Drives));
        putArray(o, QStringLiteral("measurements"), m.measurements, [](const Measurement &s) {
            QJsonObject r;
            putDate(r, QStringLiteral("date"), s.date);
            r.insert(QStringLiteral("value"), s.value);
            putString(r, QStringLiteral("note"), s.note);
            return r;
        });
        putArray(o, QStringLiteral("responseImports"), m_w.batchesOf(m.uid), [](const ResponseBatch &b) {
            return responseBatch(b);
        });
        return o;
    }

    static QJsonObject responseBatch(const ResponseBatch &b)
    {
        QJsonObject o;
        putBase(o, b);
        o.insert(QStringLiteral("scale"), name(b.scale));
        o.insert(QStringLiteral("low"), b.low);
        o.insert(QStringLiteral("high"), b.high);
        const Responses &r = b.responses;
        QJsonArray rows;
        for (qsizetype k = 0; k < r.size(); ++k) {
            QJsonObject row;
            putDate(row, QStringLiteral("date"), QDate::fromJulianDay(r.days[k]));
            row.insert(QStringLiteral("score"), r.scores[k]);
            if (r.moments[k] >= 0)
                row.insert(QStringLiteral("moment"), uidText(r.momentUids[r.moments[k]]));
            if (r.segments[k] >= 0)
                row.insert(QStringLiteral("segment"), r.segmentNames[r.segments[k]]);
            rows.append(row);
        }
        o.insert(QStringLiteral("responses"), rows);
        return o;
    }

    QJsonObject insight(const Insight &i) const
    {
        QJsonObject o;
        putBase(o, i);
        o.insert(QStringLiteral("sourceKind"), name(i.sourceKind));
        putString(o, QStringLiteral("source"), i.source);
        putDate(o, QStringLiteral("date"), i.date);
        putStrings(o, QStringLiteral("explains"), targets(i.uid, Relation::Explains));
        return o;
    }

    QJsonObject opportunity(const Opportunity &p) const
    {
        QJsonObject o;
        putBase(o, p);
        o.insert(QStringLiteral("impact"), p.impact);
        o.insert(QStringLiteral("effort"), p.effort);
        putStrings(o, QStringLiteral("improves"), targets(p.uid, Relation::Improves));
        return o;
    }

    static QJsonObject vote(const Vote &v)
    {
        QJsonObject o;
        o.insert(QStringLiteral("id"), uidText(v.uid));
        o.insert(QStringLiteral("round"), uidText(v.round));
        o.insert(QStringLiteral("moment"), uidText(v.moment));
        putString(o, QStringLiteral("participant"), v.participant);
        o.insert(QStringLiteral("dots"), v.dots);
        if (v.cast.isValid())
            o.insert(QStringLiteral("cast"), timeText(v.cast));
        return o;
    }

    const Workspace &m_w;
    QHash<Uid, QList<Link>> m_from;
};

} // namespace

QJsonObject WorkspaceJsonWriter::toJson(const Workspace &workspace)
{
    return Writer(workspace).root();
}

QByteArray WorkspaceJsonWriter::write(const Workspace &workspace)
{
    return QJsonDocument(toJson(workspace)).toJson(QJsonDocument::Indented);
}

std::optional<Workspace> WorkspaceJsonWriter::journeySubset(const Workspace &w, const Uid &journey)
{
    if (!w.journeys.contains(journey))
        return std::nullopt;
    Workspace out;
    out.journeys.insert(journey, w.journeys.value(journey));
    for (const Stage &s : w.stages)
        if (s.journey == journey)
            out.stages.insert(s.uid, s);
    for (const Lane &l : w.lanes)
        if (l.journey == journey)
            out.lanes.insert(l.uid, l);
    for (const Moment &m : w.moments) {
        if (m.journey != journey)
            continue;
        out.moments.insert(m.uid, m);
        for (const PersonaEmotion &e : m.emotions)
            out.personas.insert(e.persona, w.personas.value(e.persona));
    }
    for (const VotingRound &r : w.rounds)
        if (r.journey == journey)
            out.rounds.insert(r.uid, r);
    for (const ParkingNote &n : w.parkingNotes)
        if (n.journey == journey)
            out.parkingNotes.insert(n.uid, n);
    for (const Vote &v : w.votes)
        if (out.moments.contains(v.moment))
            out.votes.insert(v.uid, v);
    // Records linked to the journey or its moments, in either direction (not other journeys).
    const Workspace core = out;
    for (const Link &link : w.links) {
        const bool fromIn = core.contains(link.from);
        if (fromIn == core.contains(link.to) || link.relation == Relation::OpensJourney)
            continue;
        if (const auto node = w.node(fromIn ? link.to : link.from); node && kindOf(*node) != NodeKind::Journey)
            out.put(*node);
    }
    for (const Link &link : w.links)
        if (out.contains(link.from) && out.contains(link.to))
            out.links.insert(link);
    return out;
}

std::optional<Uid> WorkspaceJsonWriter::findJourney(const Workspace &workspace, const QString &idOrTitle,
                                                    Result *error)
{
    const Uid uid = uidFromText(idOrTitle);
    if (!uid.isNull() && workspace.journeys.contains(uid))
        return uid;
    QList<Uid> found;
    for (const Journey &j : workspace.journeys)
        if (j.title == idOrTitle)
            found.append(j.uid);
    if (found.size() == 1)
        return found.constFirst();
    *error = Result::failure(ErrorCode::NotFound,
                             found.isEmpty() ? tr("No journey has the id or title “%1”.").arg(idOrTitle)
                                             : tr("%n journey(s) have the title “%1”; give its id instead.",
                                                  nullptr, int(found.size())).arg(idOrTitle));
    return std::nullopt;
}

Result WorkspaceJsonWriter::writeFile(const QByteArray &bytes, const QString &path)
{
    if (const QString why = FileWriter::save(path, bytes); !why.isEmpty())
        return Result::failure(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, why));
    return Result::success();
}

} // namespace cx
