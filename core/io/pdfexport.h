// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/period.h"
#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <functional>

namespace cx {

// What goes into a PDF and how it is laid out. The choices are names, so the command line and
// QML can pass what the user typed; PdfExport::validate says what is wrong with them.
struct PdfOptions {
    QString title;                           // cover and metadata; empty: "CX Atlas workspace"
    QString author;                          // metadata (XMP dc:creator) and cover
    QString pageSize = QStringLiteral("A4"); // A4, A3, Letter or Tabloid (any case)
    QString orientation = QStringLiteral("landscape"); // or "portrait"
    QString journeyLayout = QStringLiteral("fit");     // "fit": one page each; "tile": across pages
    double tileScale = 0.6;   // when tiling: points per layout unit (0.6 prints a card 4.7 cm wide)
    double tileOverlap = 28;  // when tiling: points shared by neighbouring tiles, for gluing
    bool cover = true;        // title, date and a contents list with page numbers
    bool journeys = true;     // each journey map
    bool personas = true;     // a sheet per persona
    bool architecture = true; // the architecture diagram
    bool workshops = true;    // a "Workshop results" page per ended voting round
    bool metrics = true;      // the metric hierarchy, a trend chart per metric, the drivers
    bool summary = true;      // gaps and metrics
    Granularity metricPeriod = Granularity::Month; // the metrics part's periods
    QList<Uid> journeyIds;    // the journeys to print, in this order; empty: all, by title
    QDate date;               // on the cover; null: today
};

// The workspace as a vector PDF: real, selectable text in embedded DejaVu fonts, drawn by the
// same painters as the SVG and PNG exports (JourneyPainter, ArchitecturePainter) from
// core/layout, so paper looks like the canvas. Every page has a footer with the title and the
// page number; a tiled journey's pages carry crop and registration marks, the overlap to glue,
// and "row r, column c" labels.
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    // Called after each page with the pages done and the total; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static Result validate(const Workspace &workspace, const PdfOptions &options);
    // Writes the PDF to path through QSaveFile: on any failure or a cancel, path is untouched.
    static Result write(const Workspace &workspace, const PdfOptions &options, const QString &path,
                        const Progress &progress = {});
    // How many pages write() would produce.
    static int pageCount(const Workspace &workspace, const PdfOptions &options);
    // The first page as a picture about width pixels wide, for a preview; a null image and
    // *error set when the options are bad.
    static QImage renderFirstPage(const Workspace &workspace, const PdfOptions &options, int width,
                                  Result *error = nullptr);

    // The names accepted for the choices, lower case.
    static QStringList pageSizes();
    // The parts of the document by name, in the order they print: cover, journeys, personas,
    // architecture, workshops, metrics, summary (PdfOptions' flags of the same names).
    static QStringList partNames();
    // Sets options' parts to those named in list, separated by commas (any case, spaces
    // ignored), and clears the others; an unknown or empty name is an error that names it
    // and leaves options as they were.
    static Result setParts(const QString &list, PdfOptions *options);

private:
    static Result nothingToPrint();
};

} // namespace cx
