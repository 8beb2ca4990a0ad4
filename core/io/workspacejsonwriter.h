// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace cx {

// Writes workspace JSON version 1 (resources/examples/FORMAT.md, validated by
// resources/schema/cxatlas-workspace.schema.json), the format WorkspaceJsonReader reads.
// Canonical: keys in sorted order (QJsonObject's), records in a stable order (stages and lanes
// by position, moments by stage, lane and position, everything else by title then id, links
// by target id), ids written as UUIDs, empty strings and lists left out. So export → import →
// export gives the same bytes.
class WorkspaceJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceJsonWriter)

public:
    static QJsonObject toJson(const Workspace &workspace);
    static QByteArray write(const Workspace &workspace);

    // What one journey needs to stand alone: its stages, lanes and moments, the personas it
    // follows or that moments score, the elements, metrics, insights and opportunities linked
    // to its moments, the votes on them, and the links among all of these. Nothing when
    // journey is not a journey of workspace.
    static std::optional<Workspace> journeySubset(const Workspace &workspace, const Uid &journey);

    // A journey by UUID, or by exact title when one journey has it. *error says why not.
    static std::optional<Uid> findJourney(const Workspace &workspace, const QString &idOrTitle,
                                          Result *error);

    // Writes bytes to path atomically (QSaveFile).
    static Result writeFile(const QByteArray &bytes, const QString &path);
};

} // namespace cx
