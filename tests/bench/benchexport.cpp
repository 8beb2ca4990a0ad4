// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_export: the PDF (one journey, fitted on one page; and tiled), SVG and PNG exports of a
// synthetic journey of 100, 1,000 and 10,000 moments. Prints the median of a few runs in ms
// against the target (the PDF of a 1,000-moment journey in at most 1 s), and a baseline
// measured in the same run: the same number of rounded rectangles, each with a line of text,
// drawn by QPainter on the same kind of device (a one-page PDF, an SVG, an image of the
// picture's size). The ratio says what our layout and painting add on top of Qt's own
// drawing of that many cards. Exits 0 unless an export fails.
//
//   bench_export [--runs N]

#include "benchreport.h"
#include "syntheticworkspace.h"

#include "io/imageexport.h"
#include "io/pdfexport.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
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

// Draws n cards (a rounded rectangle and its title) in a grid filling size.
void drawCards(QPainter &painter, int n, QSizeF size)
{
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(n)))));
    const QSizeF cell(size.width() / columns, size.height() / columns);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::darkGray, 1));
    painter.setBrush(Qt::white);
    for (int i = 0; i < n; ++i) {
        const QRectF card(QPointF((i % columns) * cell.width(), (i / columns) * cell.height()), cell * 0.9);
        painter.drawRoundedRect(card, 4, 4);
        painter.drawText(card, Qt::AlignCenter | Qt::TextWordWrap, QStringLiteral("Moment %1 of the journey").arg(i));
    }
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
        // The baselines: as many cards drawn by QPainter alone on the same kinds of device.
        const QSizeF picture = ImageExport::size(workspace, image);
        const double pdfBase = medianMs(runs, [&] {
            QPdfWriter writer(dir.filePath(QStringLiteral("base.pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(QPageLayout::Landscape);
            QPainter painter(&writer);
            drawCards(painter, moments, QSizeF(writer.width(), writer.height()));
            return painter.end();
        }, &ok);
        const double svgBase = medianMs(runs, [&] {
            QSvgGenerator generator;
            generator.setFileName(dir.filePath(QStringLiteral("base.svg")));
            generator.setSize(picture.toSize());
            QPainter painter(&generator);
            drawCards(painter, moments, picture);
            return painter.end();
        }, &ok);
        const double pngBase = medianMs(runs, [&] {
            QImage canvas((picture * 0.5).toSize(), QImage::Format_ARGB32_Premultiplied); // 48 dpi
            canvas.fill(Qt::white);
            QPainter painter(&canvas);
            painter.scale(0.5, 0.5);
            drawCards(painter, moments, picture);
            painter.end();
            return canvas.save(dir.filePath(QStringLiteral("base.png")));
        }, &ok);
        QString target;
        if (moments == 1000)
            target = fit <= 1000 ? QStringLiteral("PDF <= 1000 ms: met") : QStringLiteral("PDF <= 1000 ms: MISSED");
        std::printf("%-10d %12.1f %12.1f %12.1f %12.1f  %d tiles; %s\n", moments, fit, tile, svg, png, tiles, qPrintable(target));
        std::printf("%-10s %12.1f %12s %12.1f %12.1f  baseline\n", "", pdfBase, "", svgBase, pngBase);
        std::printf("%-10s %11.1fx %12s %11.1fx %11.1fx  ratio\n", "", fit / std::max(0.001, pdfBase), "",
                    svg / std::max(0.001, svgBase), png / std::max(0.001, pngBase));
    }
    if (!ok)
        std::fprintf(stderr, "bench_export: an export failed\n");
    return ok ? 0 : 1;
}
