// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personarepository.h"

#include "statement.h"
#include "model/workspace.h"

namespace cx {

using namespace rows;

PersonaRepository::PersonaRepository(Database &db, NodeTable &nodes)
    : m_db(db)
    , m_nodes(nodes)
    , m_upsert(db.prepare(QStringLiteral(
          "INSERT INTO persona (uid, need_state, quote, photo, goals, needs, frustrations, "
          "behaviours, preferred_channels, demographics, psychographics, field_notes, value_tier, "
          "status, color) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
          "need_state = excluded.need_state, quote = excluded.quote, photo = excluded.photo, "
          "goals = excluded.goals, needs = excluded.needs, frustrations = excluded.frustrations, "
          "behaviours = excluded.behaviours, preferred_channels = excluded.preferred_channels, "
          "demographics = excluded.demographics, psychographics = excluded.psychographics, "
          "field_notes = excluded.field_notes, value_tier = excluded.value_tier, "
          "status = excluded.status, color = excluded.color")))
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
    Statement p(m_db, "SELECT n.uid, n.title, n.notes, n.created, n.modified, d.need_state, "
                      "d.quote, d.photo, d.goals, d.needs, d.frustrations, d.behaviours, "
                      "d.preferred_channels, d.demographics, d.psychographics, d.field_notes, "
                      "d.value_tier, d.status, d.color FROM persona d JOIN node n USING (uid)");
    while (p.step()) {
        Persona persona;
        NodeTable::read(p, persona);
        persona.needState = p.text(5);
        persona.quote = p.text(6);
        persona.photo = p.blob(7);
        persona.goals = p.stringList(8);
        persona.needs = p.stringList(9);
        persona.frustrations = p.stringList(10);
        persona.behaviours = p.stringList(11);
        persona.preferredChannels = p.stringList(12);
        persona.demographics = p.text(13);
        persona.psychographics = p.text(14);
        persona.fieldNotes = p.text(15);
        persona.valueTier = enumFrom<ValueTier>(p.text(16));
        persona.status = enumFrom<PersonaStatus>(p.text(17));
        persona.color = p.text(18);
        w.personas.insert(persona.uid, std::move(persona));
    }
    if (!p.result())
        return p.result();

    Statement e(m_db, "SELECT persona, label, kind, date, note FROM persona_evidence ORDER BY persona, position");
    while (e.step()) {
        auto it = w.personas.find(e.uid(0));
        if (it != w.personas.end())
            it->evidence.append({e.text(1), enumFrom<EvidenceKind>(e.text(2)), e.date(3), e.text(4)});
    }
    if (!e.result())
        return e.result();

    Statement v(m_db, "SELECT persona, uid, recorded, summary, reason, snapshot FROM persona_revision "
                      "ORDER BY persona, position");
    while (v.step()) {
        auto it = w.personas.find(v.uid(0));
        if (it != w.personas.end())
            it->revisions.append({v.uid(1), v.time(2), v.text(3), v.text(4), v.blob(5)});
    }
    return v.result();
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
    m_upsert.bindValue(i++, text(p.color));
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
