// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/link.h"
#include "model/node.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace cx {

// What a workspace JSON file holds, ready to be written into a new workspace.
struct WorkspaceData {
    QList<Node> nodes;
    QList<Link> links;
};

// Reads workspace JSON version 1 (resources/examples/FORMAT.md). Strict: a syntax error names
// the line and column, anything else names the JSON pointer of the offending value and what
// was expected; unknown keys, wrong types, duplicate ids and dangling references are errors.
// Ids that are not UUIDs map to stable UUIDs, so the same file always gives the same ids.
class WorkspaceJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkspaceJsonReader)

public:
    static constexpr qint64 maxFileSize = 256 * 1024 * 1024;
    // The most records (objects in the file's arrays: personas, stages, moments, evidence…).
    static constexpr qsizetype maxRecords = 500000;
    // Survey responses are counted apart: a year of a large survey programme is millions.
    static constexpr qsizetype maxResponses = 5000000;

    // fileName is used in messages. Records without timestamps get defaultTime.
    static std::optional<WorkspaceData> read(const QByteArray &json, const QString &fileName,
                                             const QDateTime &defaultTime, Result *error);
    static std::optional<WorkspaceData> readFile(const QString &path, const QDateTime &defaultTime,
                                                 Result *error);
    // The UUID that an id of the file stands for.
    static Uid idFor(const QString &id);
};

} // namespace cx
