// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/workspace.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace cx::cli {

// What an export format is given: the workspace, the journey chosen with --journey (if any)
// and the output path.
struct ExportRequest {
    const Workspace &workspace;
    std::optional<Uid> journey;
    QString output;
};

// One format of `cxatlas export`. A format without write is known but not built in this
// build: asking for it is an error that says so.
struct ExportFormat {
    QString name;
    QString description;
    std::function<Result(const ExportRequest &)> write;
};

// Every format `cxatlas export` knows, in the order --help lists them. To add one, give its
// entry a write function.
const QList<ExportFormat> &exportFormats();

// cxatlas export FILE --format NAME -o OUT [--journey ID|TITLE]
int exportCommand(const QStringList &arguments);

} // namespace cx::cli
