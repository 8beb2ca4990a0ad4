// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceimport.h"

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

} // namespace cx
