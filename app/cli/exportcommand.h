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
    // The printing formats' options, as typed (each writer checks its own and says what is wrong).
    QString pageSize;     // pdf: A4, A3, Letter, Tabloid
    QString orientation;  // pdf: landscape, portrait
    QString layout;       // pdf: fit, tile
    QString title;        // pdf: the cover's and the metadata's title
    QString author;       // pdf
    QString view;         // svg, png: journey, architecture
    QString dpi;          // png
    std::optional<QString> parts; // pdf: some of PdfExport::partNames() (unset: all)
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

// cxatlas export FILE --format NAME -o OUT [--journey ID|TITLE] [options of the format]
int exportCommand(const QStringList &arguments);

// Whether the arguments ask for an export that draws (pdf, svg, png): those need fonts, so the
// command line runs under a QGuiApplication on the offscreen platform for them.
bool exportNeedsGui(const QStringList &arguments);

} // namespace cx::cli
