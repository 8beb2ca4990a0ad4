// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceimport.h"

#include "document/document.h"
#include "model/rules.h"
#include "model/workspace.h"
#include "store/workspacestore.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <filesystem>

namespace cx {

Result WorkspaceImport::toNewFile(const WorkspaceData &data, const QString &target, bool replace)
{
    if (!replace && QFileInfo::exists(target)) {
        return Result::failure(ErrorCode::Io, tr("“%1” already exists; choose another name or "
                                                 "replace it.").arg(target));
    }
    // Check everything before writing anything.
    QList<Node> ordered = data.nodes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Node &a, const Node &b) {
        return creationRank(kindOf(a)) < creationRank(kindOf(b));
    });
    Workspace check;
    ChangeSet change;
    for (const Node &node : std::as_const(ordered)) {
        if (Result r = Rules::checkNode(check, node); !r)
            return r;
        check.put(node);
        change.nodes.append({std::nullopt, node});
    }
    for (const Link &link : data.links) {
        if (Result r = Rules::checkLink(check, link); !r)
            return r;
        check.links.insert(link);
        change.links.append({link, true});
    }

    const QString building = target + QStringLiteral(".importing");
    QFile::remove(building);
    Result error;
    {
        auto file = WorkspaceFile::create(building, &error);
        if (!file)
            return error;
        WorkspaceStore store(std::move(file));
        error = store.apply(change);
    }
    if (error) {
        std::error_code ec;
        std::filesystem::rename(building.toStdString(), target.toStdString(), ec);
        if (ec)
            error = Result::failure(ErrorCode::Io, tr("Cannot write “%1”: %2.")
                                                       .arg(target, QString::fromStdString(ec.message())));
    }
    if (!error)
        QFile::remove(building);
    return error;
}

namespace {

// The record with its timestamps cleared, for comparing content.
Node withoutTimes(Node node)
{
    std::visit([](auto &n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_base_of_v<NodeBase, T>) {
            n.created = {};
            n.modified = {};
        }
    }, node);
    return node;
}

QString describe(const Node &node)
{
    return QStringLiteral("%1 “%2” (%3)").arg(name(kindOf(node)), titleOf(node), uidText(uidOf(node)));
}

} // namespace

ChangeSet WorkspaceImport::mergeChanges(const Workspace &workspace, const WorkspaceData &data, Result *error)
{
    QList<Node> ordered = data.nodes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Node &a, const Node &b) {
        return creationRank(kindOf(a)) < creationRank(kindOf(b));
    });
    QStringList conflicts;
    int conflictCount = 0;
    auto conflict = [&](const QString &message) {
        if (++conflictCount <= maxConflicts)
            conflicts.append(message);
    };
    Workspace result = workspace;
    ChangeSet change;
    // The next free position of each journey's stages and lanes and of each cell's moments:
    // new ones go after those already there, in the file's order.
    QHash<Uid, int> nextStage;
    QHash<Uid, int> nextLane;
    QHash<std::pair<Uid, Uid>, int> nextInCell;
    for (const Stage &s : workspace.stages)
        nextStage[s.journey] = std::max(nextStage.value(s.journey), s.position + 1);
    for (const Lane &l : workspace.lanes)
        nextLane[l.journey] = std::max(nextLane.value(l.journey), l.position + 1);
    for (const Moment &m : workspace.moments)
        nextInCell[{m.stage, m.lane}] = std::max(nextInCell.value({m.stage, m.lane}), m.position + 1);

    for (Node node : std::as_const(ordered)) {
        if (const auto existing = workspace.node(uidOf(node))) {
            if (kindOf(*existing) != kindOf(node))
                conflict(tr("%1 has the id of %2 in the workspace.").arg(describe(node), describe(*existing)));
            else if (!(withoutTimes(*existing) == withoutTimes(node)))
                conflict(tr("%1 is already in the workspace with different content.").arg(describe(node)));
            continue;
        }
        if (auto *s = std::get_if<Stage>(&node))
            s->position = nextStage[s->journey]++;
        else if (auto *l = std::get_if<Lane>(&node))
            l->position = nextLane[l->journey]++;
        else if (auto *m = std::get_if<Moment>(&node))
            m->position = nextInCell[{m->stage, m->lane}]++;
        if (Result r = Rules::checkNode(result, node); !r) {
            conflict(tr("%1: %2").arg(describe(node), r.message()));
            continue;
        }
        result.put(node);
        change.nodes.append({std::nullopt, node});
    }
    for (const Link &link : data.links) {
        if (result.links.contains(link))
            continue;
        if (conflictCount == 0) {
            if (Result r = Rules::checkLink(result, link); !r) {
                conflict(r.message());
                continue;
            }
        }
        result.links.insert(link);
        change.links.append({link, true});
    }
    if (conflictCount > 0) {
        QString message = tr("Nothing was imported: %n conflict(s) with the open workspace.", nullptr, conflictCount);
        for (const QString &c : std::as_const(conflicts))
            message += QStringLiteral("\n  ") + c;
        if (conflictCount > maxConflicts)
            message += QStringLiteral("\n  ") + tr("… and %n more.", nullptr, conflictCount - maxConflicts);
        *error = Result::failure(ErrorCode::Invalid, message);
        return {};
    }
    *error = Result::success();
    return change;
}

Result WorkspaceImport::intoDocument(Document &document, const WorkspaceData &data)
{
    Result error;
    ChangeSet change = mergeChanges(document.workspace(), data, &error);
    if (!error)
        return error;
    const int count = int(change.nodes.size());
    return document.edit(std::move(change), tr("Import %n record(s)", nullptr, count));
}

} // namespace cx
