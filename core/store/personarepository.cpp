// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personarepository.h"

#include "model/workspace.h"

namespace cx {

using namespace rows;

PersonaRepository::PersonaRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO persona (uid, need_state, quote, photo, goals, needs, frustrations, "
          "behaviours, preferred_channels, demographics, psychographics, field_notes, value_tier, "
          "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
          "need_state = excluded.need_state, quote = excluded.quote, photo = excluded.photo, "
          "goals = excluded.goals, needs = excluded.needs, frustrations = excluded.frustrations, "
          "behaviours = excluded.behaviours, preferred_channels = excluded.preferred_channels, "
          "demographics = excluded.demographics, psychographics = excluded.psychographics, "
          "field_notes = excluded.field_notes, value_tier = excluded.value_tier, "
          "status = excluded.status")))
    , m_deleteEvidence(db.prepare(QStringLiteral("DELETE FROM persona_evidence WHERE persona = ?")))
    , m_insertEvidence(db.prepare(QStringLiteral(
          "INSERT INTO persona_evidence (persona, position, label, kind, date, note) "
          "VALUES (?, ?, ?, ?, ?, ?)")))
    , m_deleteRevisions(db.prepare(QStringLiteral("DELETE FROM persona_revision WHERE persona = ?")))
    , m_insertRevision(db.prepare(QStringLiteral(
          "INSERT INTO persona_revision (uid, persona, position, recorded, summary, reason, "
          "snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)")))
{
}

Result PersonaRepository::load(Workspace &w)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + NodeTable::columns() + QStringLiteral(
        ", p.need_state, p.quote, p.photo, p.goals, p.needs, p.frustrations, p.behaviours, "
        "p.preferred_channels, p.demographics, p.psychographics, p.field_notes, p.value_tier, "
        "p.status FROM persona p JOIN node n USING (uid)"));
    if (Result r = m_db.run(q, "load personas"); !r)
        return r;
    while (q.next()) {
        Persona p;
        NodeTable::read(q, p);
        p.needState = q.value(5).toString();
        p.quote = q.value(6).toString();
        p.photo = q.value(7).toByteArray();
        p.goals = stringList(q.value(8));
        p.needs = stringList(q.value(9));
        p.frustrations = stringList(q.value(10));
        p.behaviours = stringList(q.value(11));
        p.preferredChannels = stringList(q.value(12));
        p.demographics = q.value(13).toString();
        p.psychographics = q.value(14).toString();
        p.fieldNotes = q.value(15).toString();
        p.valueTier = enumFrom<ValueTier>(q.value(16));
        p.status = enumFrom<PersonaStatus>(q.value(17));
        w.personas.insert(p.uid, p);
    }
    if (q.lastError().isValid())
        return m_db.failure(q.lastError(), "load personas");

    QSqlQuery e = m_db.prepare(QStringLiteral(
        "SELECT persona, label, kind, date, note FROM persona_evidence ORDER BY persona, position"));
    if (Result r = m_db.run(e, "load evidence"); !r)
        return r;
    while (e.next()) {
        auto it = w.personas.find(uid(e.value(0)));
        if (it != w.personas.end())
            it->evidence.append({e.value(1).toString(), enumFrom<EvidenceKind>(e.value(2)),
                                 date(e.value(3)), e.value(4).toString()});
    }

    QSqlQuery v = m_db.prepare(QStringLiteral(
        "SELECT persona, uid, recorded, summary, reason, snapshot FROM persona_revision "
        "ORDER BY persona, position"));
    if (Result r = m_db.run(v, "load revisions"); !r)
        return r;
    while (v.next()) {
        auto it = w.personas.find(uid(v.value(0)));
        if (it != w.personas.end())
            it->revisions.append({uid(v.value(1)), time(v.value(2)), v.value(3).toString(),
                                  v.value(4).toString(), v.value(5).toString().toUtf8()});
    }
    return Result::success();
}

Result PersonaRepository::save(const Persona &p, const Persona *before)
{
    if (Result r = m_nodes.save(p, NodeKind::Persona); !r)
        return r;
    const QVariant id = uid(p.uid);
    int i = 0;
    m_upsert.bindValue(i++, id);
    m_upsert.bindValue(i++, text(p.needState));
    m_upsert.bindValue(i++, text(p.quote));
    m_upsert.bindValue(i++, p.photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(p.photo));
    for (const QStringList *list : {&p.goals, &p.needs, &p.frustrations, &p.behaviours, &p.preferredChannels})
        m_upsert.bindValue(i++, stringList(*list));
    m_upsert.bindValue(i++, text(p.demographics));
    m_upsert.bindValue(i++, text(p.psychographics));
    m_upsert.bindValue(i++, text(p.fieldNotes));
    m_upsert.bindValue(i++, name(p.valueTier));
    m_upsert.bindValue(i++, name(p.status));
    if (Result r = m_db.run(m_upsert, "save persona"); !r)
        return r;

    if (!before || before->evidence != p.evidence) {
        m_deleteEvidence.bindValue(0, id);
        if (Result r = m_db.run(m_deleteEvidence, "save evidence"); !r)
            return r;
        for (qsizetype k = 0; k < p.evidence.size(); ++k) {
            const EvidenceSource &e = p.evidence[k];
            m_insertEvidence.bindValue(0, id);
            m_insertEvidence.bindValue(1, k);
            m_insertEvidence.bindValue(2, text(e.label));
            m_insertEvidence.bindValue(3, name(e.kind));
            m_insertEvidence.bindValue(4, date(e.date));
            m_insertEvidence.bindValue(5, text(e.note));
            if (Result r = m_db.run(m_insertEvidence, "save evidence"); !r)
                return r;
        }
    }
    if (!before || before->revisions != p.revisions) {
        m_deleteRevisions.bindValue(0, id);
        if (Result r = m_db.run(m_deleteRevisions, "save revisions"); !r)
            return r;
        for (qsizetype k = 0; k < p.revisions.size(); ++k) {
            const PersonaRevision &v = p.revisions[k];
            m_insertRevision.bindValue(0, uid(v.uid));
            m_insertRevision.bindValue(1, id);
            m_insertRevision.bindValue(2, k);
            m_insertRevision.bindValue(3, time(v.recorded));
            m_insertRevision.bindValue(4, text(v.summary));
            m_insertRevision.bindValue(5, text(v.reason));
            m_insertRevision.bindValue(6, text(QString::fromUtf8(v.snapshot)));
            if (Result r = m_db.run(m_insertRevision, "save revisions"); !r)
                return r;
        }
    }
    return Result::success();
}

} // namespace cx
