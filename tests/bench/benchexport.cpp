// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_export: the PDF (one journey, fitted on one page; and tiled), SVG and PNG exports of a
// synthetic journey of 100, 1,000 and 10,000 moments. Prints the median of a few runs in ms
// against the target (the PDF of a 1,000-moment journey in at most 1 s); exits 0 unless an
// export fails.
//
//   bench_export [--runs N]

#include "benchreport.h"
#include "syntheticworkspace.h"

#include "io/imageexport.h"
#include "io/pdfexport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace cx;
using namespace cx::bench;

namespace {

double medianMs(int runs, const std::function<bool()> &what, bool *ok)
{
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        *ok = what() && *ok;
        samples.add(timer.nsecsElapsed());
    }
    return samples.medianMs();
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts need a GUI application; no display is needed to draw into PDF, SVG and images.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    QTemporaryDir dir;
    bool ok = true;
    std::printf("%-10s %12s %12s %12s %12s  %s\n", "moments", "PDF fit ms", "PDF tile ms", "SVG ms", "PNG ms", "target");
    for (const int moments : {100, 1000, 10000}) {
        SyntheticOptions options;
        options.moments = moments;
        const Workspace workspace = SyntheticWorkspace::generate(options).workspace();
        const Uid journey = workspace.journeys.cbegin().key();
        PdfOptions pdf;
        pdf.cover = pdf.personas = pdf.architecture = pdf.summary = false;
        pdf.journeyIds = {journey};
        const QString path = dir.filePath(QStringLiteral("bench.pdf"));
        const double fit = medianMs(runs, [&] { return bool(PdfExport::write(workspace, pdf, path)); }, &ok);
        pdf.journeyLayout = QStringLiteral("tile");
        const double tile = medianMs(runs, [&] { return bool(PdfExport::write(workspace, pdf, path)); }, &ok);
        const int tiles = PdfExport::pageCount(workspace, pdf);
        ImageOptions image;
        image.journey = journey;
        const double svg = medianMs(runs, [&] { return bool(ImageExport::writeSvg(workspace, image, dir.filePath(QStringLiteral("b.svg")))); }, &ok);
        image.dpi = 48;
        const double png = medianMs(runs, [&] { return bool(ImageExport::writePng(workspace, image, dir.filePath(QStringLiteral("b.png")))); }, &ok);
        QString target;
        if (moments == 1000)
            target = fit <= 1000 ? QStringLiteral("PDF <= 1000 ms: met") : QStringLiteral("PDF <= 1000 ms: MISSED");
        std::printf("%-10d %12.1f %12.1f %12.1f %12.1f  %d tiles; %s\n", moments, fit, tile, svg, png, tiles, qPrintable(target));
    }
    if (!ok)
        std::fprintf(stderr, "bench_export: an export failed\n");
    return ok ? 0 : 1;
}
