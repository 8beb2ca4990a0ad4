// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_export: the PDF (one journey, fitted on one page; and tiled), SVG and PNG exports of a
// synthetic journey of 100, 1,000 and 10,000 moments. Prints the median of a few runs in ms
// against the target (the PDF of a 1,000-moment journey in at most 1 s), and a baseline
// measured in the same run: the same number of rounded rectangles, each with a line of text,
// drawn by QPainter on the same kind of device (a one-page PDF, an SVG, an image of the
// picture's size). The ratio says what our layout and painting add on top of Qt's own
// drawing of that many cards.
//
// Then the default PDF (every part) of a 1,000-task Mermaid journey (100 sections, imported as
// `cxatlas import` does, then opened as `cxatlas export` does; target: import, open and PDF
// together in at most 0.5 s) and of synthetic workspaces of 1,000 and 10,000 moments over
// 8 × 8 cells, with the time per page. Its baseline is Qt alone writing a PDF of as many pages
// with as many cards spread over them. Exits 0 unless an export fails.
//
//   bench_export [--runs N] [--only pictures|default] [--keep DIR]  (DIR keeps the default PDFs;
//   BENCH_SMALL=1 leaves out the 10,000-moment default PDF)

#include "benchreport.h"
#include "syntheticworkspace.h"

#include "largejourney.h"

#include "document/document.h"
#include "io/imageexport.h"
#include "io/pdfexport.h"
#include "io/workspaceimport.h"

#include <QElapsedTimer>
#include <QFile>
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

// Qt alone: a PDF of pages pages holding n cards between them.
bool drawPages(const QString &path, int n, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    QPainter painter(&writer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        const int here = n / pages + (p < n % pages ? 1 : 0);
        drawCards(painter, here, QSizeF(writer.width(), writer.height()));
    }
    return painter.end();
}

// The default PDF (every part) of the 1,000-task Mermaid journey, step by step as the command
// line takes them, and of synthetic workspaces; times per page.
bool benchDefaultPdf(int runs, const QTemporaryDir &dir, const QString &keep)
{
    bool ok = true;
    std::printf("\nDefault PDF, every part (A4 landscape, journeys fitted), median of %d\n", runs);
    std::printf("%-34s %9s %9s %9s %6s %9s %11s %7s\n", "workspace", "import", "open", "PDF", "pages", "ms/page",
                "Qt baseline", "ratio");
    const QString mmd = dir.filePath(QStringLiteral("j.mmd"));
    {
        QFile file(mmd);
        ok = file.open(QIODevice::WriteOnly) && file.write(largeMermaidJourney(100, 10)) > 0 && ok;
    }
    const QString workspacePath = dir.filePath(QStringLiteral("j.cxatlas"));
    const QString pdfPath = keep.isEmpty() ? dir.filePath(QStringLiteral("j.pdf")) : keep + QStringLiteral("/mermaid-1000.pdf");
    Samples import, open, pdf, total;
    int pages = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result error;
        const auto data = WorkspaceImport::readFile(mmd, QDateTime::currentDateTimeUtc(), &error);
        ok = data && WorkspaceImport::toNewFile(*data, workspacePath, true) && ok;
        const qint64 imported = timer.nsecsElapsed();
        const auto document = Document::open(workspacePath, OpenMode::ReadOnly, &error);
        ok = document != nullptr && ok;
        const qint64 opened = timer.nsecsElapsed();
        if (document)
            ok = bool(PdfExport::write(document->workspace(), PdfOptions(), pdfPath)) && ok;
        const qint64 done = timer.nsecsElapsed();
        if (document)
            pages = PdfExport::pageCount(document->workspace(), PdfOptions());
        import.add(imported);
        open.add(opened - imported);
        pdf.add(done - opened);
        total.add(done);
    }
    const double base = medianMs(runs, [&] { return drawPages(dir.filePath(QStringLiteral("base.pdf")), 1000, pages); }, &ok);
    std::printf("%-34s %9.1f %9.1f %9.1f %6d %9.2f %11.1f %6.1fx\n", "Mermaid 1,000 tasks, 100 sections", import.medianMs(),
                open.medianMs(), pdf.medianMs(), pages, pdf.medianMs() / std::max(1, pages), base,
                pdf.medianMs() / std::max(0.001, base));
    const double end = total.medianMs();
    std::printf("  import + open + PDF: %.1f ms; target <= 500 ms: %s\n", end, end <= 500 ? "met" : "MISSED");

    for (const int moments : {1000, 10000}) {
        if (moments > 1000 && qEnvironmentVariableIsSet("BENCH_SMALL"))
            break;
        SyntheticOptions options;
        options.moments = moments;
        const Workspace workspace = SyntheticWorkspace::generate(options).workspace();
        const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("synthetic.pdf"))
                                            : keep + QStringLiteral("/synthetic-%1.pdf").arg(moments);
        const double ms = medianMs(runs, [&] { return bool(PdfExport::write(workspace, PdfOptions(), path)); }, &ok);
        const int count = PdfExport::pageCount(workspace, PdfOptions());
        const int items = int(workspace.moments.size() + workspace.elements.size() + workspace.metrics.size()
                              + workspace.insights.size() + workspace.opportunities.size());
        const double qt = medianMs(runs, [&] { return drawPages(dir.filePath(QStringLiteral("base.pdf")), items, count); }, &ok);
        std::printf("%-34s %9s %9s %9.1f %6d %9.2f %11.1f %6.1fx\n",
                    qPrintable(QStringLiteral("synthetic %1 moments, 8 x 8 cells").arg(moments)), "-", "-", ms, count,
                    ms / std::max(1, count), qt, ms / std::max(0.001, qt));
        // Each part alone, to see where the time goes.
        for (const QString &part : PdfExport::partNames()) {
            PdfOptions one;
            PdfExport::setParts(part, &one);
            const QString partPath = dir.filePath(QStringLiteral("part.pdf"));
            const double partMs = medianMs(runs, [&] { return bool(PdfExport::write(workspace, one, partPath)); }, &ok);
            const int partPages = PdfExport::pageCount(workspace, one);
            std::printf("  %-32s %9s %9s %9.1f %6d %9.2f\n", qPrintable(part), "", "", partMs, partPages,
                        partMs / std::max(1, partPages));
        }
    }
    return ok;
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
    QString only, keep;
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i >= 0 && i + 1 < args.size())
        keep = args[i + 1];
    if (const qsizetype i = args.indexOf(QStringLiteral("--only")); i >= 0 && i + 1 < args.size())
        only = args[i + 1];
    QTemporaryDir dir;
    bool ok = true;
    if (only == u"default") {
        ok = benchDefaultPdf(runs, dir, keep);
        return ok ? 0 : 1;
    }
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
    if (only.isEmpty())
        ok = benchDefaultPdf(runs, dir, keep) && ok;
    if (!ok)
        std::fprintf(stderr, "bench_export: an export failed\n");
    return ok ? 0 : 1;
}
