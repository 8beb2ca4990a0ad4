// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceimport.h"

#include "document/document.h"
#include "mermaidjourney.h"
#include "model/labels.h"
#include "model/rules.h"
#include "model/workspace.h"
#include "store/workspacestore.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <filesystem>

namespace cx {

namespace {

// Which format a file without a telling name is in, from its first line that is not blank
// or a Mermaid comment.
std::optional<WorkspaceImport::Format> sniff(QFile &file)
{
    const QByteArray head = file.peek(64 * 1024);
    for (const QByteArray &raw : head.split('\n')) {
        QByteArray line = raw.trimmed();
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3).trimmed();
        if (line.isEmpty() || line.startsWith("%%"))
            continue;
        if (line.startsWith('{'))
            return WorkspaceImport::Format::Json;
        if (line == "journey" || line.startsWith("journey ") || line.startsWith("journey\t"))
            return WorkspaceImport::Format::Mermaid;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<WorkspaceData> WorkspaceImport::readFile(const QString &path, const QDateTime &time, Result *error,
                                                       Format *format)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Result::failure(ErrorCode::NotFound, tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QString suffix = info.suffix().toLower();
    std::optional<Format> found;
    if (suffix == u"json")
        found = Format::Json;
    else if (suffix == u"mmd" || suffix == u"mermaid")
        found = Format::Mermaid;
    else
        found = sniff(file);
    if (!found) {
        *error = Result::failure(ErrorCode::Invalid, tr("“%1” is neither workspace JSON (which starts with “{”) nor a "
                                                        "Mermaid journey diagram (which starts with “journey”).").arg(name));
        return std::nullopt;
    }
    if (format)
        *format = *found;
    if (*found == Format::Json) {
        file.close();
        return WorkspaceJsonReader::readFile(path, time, error);
    }
    if (file.size() > MermaidJourney::maxSize) {
        *error = Result::failure(ErrorCode::Invalid, tr("“%1” is %2 MB; the most CX Atlas reads as a Mermaid diagram is %3 MB.")
                                                         .arg(name, QString::number(file.size() >> 20), QString::number(MermaidJourney::maxSize >> 20)));
        return std::nullopt;
    }
    return MermaidJourney::read(file.readAll(), name, time, error);
}

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
        // Messages name the file being made, not its temporary name.
        auto file = WorkspaceFile::create(building, &error, target);
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
    return QStringLiteral("%1 “%2” (%3)").arg(label(kindOf(node)), titleOf(node), uidText(uidOf(node)));
}

} // namespace

ChangeSet WorkspaceImport::mergeChanges(const Workspace &workspace, const WorkspaceData &data, Result *error,
                                        QStringList *conflictList)
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
        if (conflictCount > maxConflicts)
            conflicts.append(tr("… and %n more.", nullptr, conflictCount - maxConflicts));
        QString message = tr("Nothing was imported: %n conflict(s) with the open workspace.", nullptr, conflictCount);
        for (const QString &c : std::as_const(conflicts))
            message += QStringLiteral("\n  ") + c;
        if (conflictList)
            *conflictList = conflicts;
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
