// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <optional>

namespace cx {

// The exports other tools read, as bytes: workspace JSON, the CSV of moments, GraphML and DOT
// of the architecture graph, a Mermaid journey diagram, and the CSV of voting rounds' results. Of the whole workspace, or of one
// journey and what it needs; a Mermaid diagram always holds one journey (the workspace's only
// one when none is given). What `cxatlas export` and File > Export… write.
class DataExport
{
    Q_DECLARE_TR_FUNCTIONS(cx::DataExport)

public:
    // json, csv, graphml, dot, mermaid, votes-csv
    static QStringList formats();
    // Whether bytes() can write format for journey, and if not, why (what the dialog shows
    // before it offers to export).
    static Result validate(const QString &format, const Workspace &workspace, const std::optional<Uid> &journey);
    static std::optional<QByteArray> bytes(const QString &format, const Workspace &workspace,
                                           const std::optional<Uid> &journey, Result *error);
};

} // namespace cx
