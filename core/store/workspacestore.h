// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"
#include "workspacefile.h"
#include "model/changeset.h"

#include <memory>

namespace cx {

struct Workspace;
class ArchitectureRepository;
class JourneyRepository;
class LinkRepository;
class MetricRepository;
class MomentRepository;
class PersonaRepository;
class VoteRepository;
class WorkshopRepository;
class ResponseRepository;
namespace rows { class NodeTable; }

// Reads a whole workspace from its file and writes change sets to it, each in one
// transaction: either all of a change is in the file, or none of it.
class WorkspaceStore final : public Store
{
public:
    explicit WorkspaceStore(std::unique_ptr<WorkspaceFile> file);
    ~WorkspaceStore() override;

    WorkspaceFile *file() override { return m_file.get(); }
    Result load(Workspace &workspace) override;
    // Writes change in ChangeSet::steps() order inside one transaction.
    Result apply(const ChangeSet &change) override;
    QString location() const override;
    QString displayName() const override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;

private:
    Result applyStep(const ChangeSet &change, const ChangeSet::Step &step);
    Result put(const Node &after, const Node *before);
    Result remove(const Node &node);

    std::unique_ptr<WorkspaceFile> m_file;
    std::unique_ptr<rows::NodeTable> m_nodes;
    std::unique_ptr<PersonaRepository> m_personas;
    std::unique_ptr<JourneyRepository> m_journeys;
    std::unique_ptr<MomentRepository> m_moments;
    std::unique_ptr<ArchitectureRepository> m_architecture;
    std::unique_ptr<MetricRepository> m_metrics;
    std::unique_ptr<LinkRepository> m_links;
    std::unique_ptr<VoteRepository> m_votes;
    std::unique_ptr<WorkshopRepository> m_workshop;
    std::unique_ptr<ResponseRepository> m_responses;
};

} // namespace cx
