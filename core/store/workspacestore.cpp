// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestore.h"

#include <QFileInfo>

#include "architecturerepository.h"
#include "journeyrepository.h"
#include "linkrepository.h"
#include "metricrepository.h"
#include "momentrepository.h"
#include "personarepository.h"
#include "responserepository.h"
#include "rows.h"
#include "voterepository.h"
#include "workshoprepository.h"
#include "model/workspace.h"

namespace cx {

WorkspaceStore::WorkspaceStore(std::unique_ptr<WorkspaceFile> file)
    : m_file(std::move(file))
{
    Database &db = m_file->database();
    m_nodes = std::make_unique<rows::NodeTable>(db);
    m_personas = std::make_unique<PersonaRepository>(db, *m_nodes);
    m_journeys = std::make_unique<JourneyRepository>(db, *m_nodes);
    m_moments = std::make_unique<MomentRepository>(db, *m_nodes);
    m_architecture = std::make_unique<ArchitectureRepository>(db, *m_nodes);
    m_metrics = std::make_unique<MetricRepository>(db, *m_nodes);
    m_links = std::make_unique<LinkRepository>(db);
    m_votes = std::make_unique<VoteRepository>(db);
    m_workshop = std::make_unique<WorkshopRepository>(db);
    m_responses = std::make_unique<ResponseRepository>(db);
}

WorkspaceStore::~WorkspaceStore()
{
    // Prepared queries must be gone before the connection closes.
    m_responses.reset();
    m_workshop.reset();
    m_votes.reset();
    m_links.reset();
    m_metrics.reset();
    m_architecture.reset();
    m_moments.reset();
    m_journeys.reset();
    m_personas.reset();
    m_nodes.reset();
    m_file.reset();
}

Result WorkspaceStore::load(Workspace &w)
{
    // One read transaction: a consistent snapshot even while another process writes.
    Database &db = m_file->database();
    if (Result r = db.exec(QStringLiteral("BEGIN")); !r)
        return r;
    Result r = m_personas->load(w);
    if (r) r = m_journeys->load(w);
    if (r) r = m_moments->load(w);
    if (r) r = m_architecture->load(w);
    if (r) r = m_metrics->load(w);
    if (r) r = m_links->load(w);
    if (r) r = m_workshop->load(w);
    if (r) r = m_votes->load(w);
    if (r) r = m_responses->load(w);
    db.exec(QStringLiteral("COMMIT"));
    // The file passed every check of its header, so a table that cannot be read is damage.
    if (!r && r.code() != ErrorCode::Damaged) {
        return Result::failure(ErrorCode::Damaged,
                               QCoreApplication::translate("cx::WorkspaceStore",
                                                           "“%1” is damaged and cannot be read (%2)")
                                   .arg(db.fileName(), r.message()));
    }
    return r;
}

Result WorkspaceStore::apply(const ChangeSet &change)
{
    if (m_file->isReadOnly()) {
        return Result::failure(ErrorCode::ReadOnly, m_file->readOnlyReason().isEmpty()
                                   ? QCoreApplication::translate("cx::WorkspaceStore",
                                                                 "The workspace is open for reading only.")
                                   : m_file->readOnlyReason());
    }
    Transaction transaction(m_file->database());
    if (!transaction.begun())
        return transaction.begun();
    const QList<ChangeSet::Step> steps = change.steps();
    for (const ChangeSet::Step &step : steps) {
        if (Result r = applyStep(change, step); !r)
            return r; // the transaction rolls back
    }
    return transaction.commit();
}

Result WorkspaceStore::applyStep(const ChangeSet &change, const ChangeSet::Step &step)
{
    if (step.isLink) {
        const LinkChange &c = change.links[step.index];
        return c.added ? m_links->add(c.link) : m_links->remove(c.link);
    }
    const NodeChange &c = change.nodes[step.index];
    if (!c.after)
        return remove(*c.before);
    return put(*c.after, c.before ? &*c.before : nullptr);
}

Result WorkspaceStore::put(const Node &after, const Node *before)
{
    struct Visitor {
        WorkspaceStore &s;
        const Node *before;

        Result operator()(const Persona &n) const { return s.m_personas->save(n, std::get_if<Persona>(before)); }
        Result operator()(const Journey &n) const { return s.m_journeys->save(n); }
        Result operator()(const Stage &n) const { return s.m_journeys->save(n); }
        Result operator()(const Lane &n) const { return s.m_journeys->save(n); }
        Result operator()(const Moment &n) const { return s.m_moments->save(n, std::get_if<Moment>(before)); }
        Result operator()(const Element &n) const { return s.m_architecture->save(n); }
        Result operator()(const Metric &n) const { return s.m_metrics->save(n, std::get_if<Metric>(before)); }
        Result operator()(const Insight &n) const { return s.m_architecture->save(n); }
        Result operator()(const Opportunity &n) const { return s.m_architecture->save(n); }
        Result operator()(const Vote &n) const { return s.m_votes->save(n); }
        Result operator()(const VotingRound &n) const { return s.m_workshop->save(n); }
        Result operator()(const ParkingNote &n) const { return s.m_workshop->save(n); }
        Result operator()(const ResponseBatch &n) const { return s.m_responses->save(n, std::get_if<ResponseBatch>(before)); }
    };
    return std::visit(Visitor{*this, before}, after);
}

Result WorkspaceStore::remove(const Node &node)
{
    if (const Vote *vote = std::get_if<Vote>(&node))
        return m_votes->remove(vote->uid);
    if (const VotingRound *round = std::get_if<VotingRound>(&node))
        return m_workshop->removeRound(round->uid);
    if (const ParkingNote *note = std::get_if<ParkingNote>(&node))
        return m_workshop->removeNote(note->uid);
    if (const ResponseBatch *batch = std::get_if<ResponseBatch>(&node))
        return m_responses->remove(batch->uid);
    // Detail rows and anything still attached cascade from the node row.
    return m_nodes->remove(uidOf(node));
}

QString WorkspaceStore::location() const { return m_file->path(); }
QString WorkspaceStore::displayName() const { return QFileInfo(m_file->path()).completeBaseName(); }
bool WorkspaceStore::isReadOnly() const { return m_file->isReadOnly(); }
QString WorkspaceStore::readOnlyReason() const { return m_file->readOnlyReason(); }

} // namespace cx
