// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include "pdfpages.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cx {

namespace {

QByteArray xmpMetadata(const QString &title, const QString &author)
{
    auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
    QByteArray xmp = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                     "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                     "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                     "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                     " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    xmp += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.isEmpty())
        xmp += "<dc:creator><rdf:Seq><rdf:li>" + escaped(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    xmp += "<xmp:CreatorTool>CX Atlas</xmp:CreatorTool>\n"
           "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return xmp;
}

} // namespace

Result PdfExport::nothingToPrint()
{
    // The parts chosen can all be empty: a journey's architecture with nothing linked to it.
    return Result::failure(ErrorCode::Invalid, tr("Nothing to export: the parts chosen have no pages for this workspace."));
}

QStringList PdfExport::pageSizes()
{
    return {QStringLiteral("a4"), QStringLiteral("a3"), QStringLiteral("letter"), QStringLiteral("tabloid")};
}

QStringList PdfExport::partNames()
{
    return {QStringLiteral("cover"), QStringLiteral("journeys"), QStringLiteral("personas"), QStringLiteral("architecture"),
            QStringLiteral("workshops"), QStringLiteral("metrics"), QStringLiteral("summary")};
}

Result PdfExport::setParts(const QString &list, PdfOptions *options)
{
    PdfOptions chosen = *options;
    chosen.cover = chosen.journeys = chosen.personas = chosen.architecture = chosen.workshops = chosen.metrics =
        chosen.summary = false;
    bool *const flags[] = {&chosen.cover, &chosen.journeys, &chosen.personas, &chosen.architecture, &chosen.workshops,
                           &chosen.metrics, &chosen.summary};
    const QStringList names = partNames();
    for (const QString &part : list.split(u',')) {
        const qsizetype i = names.indexOf(part.trimmed().toLower());
        if (i < 0)
            return Result::failure(ErrorCode::Invalid, part.trimmed().isEmpty()
                ? tr("An empty part name in “%1”: use %2, separated by commas.").arg(list, names.join(QStringLiteral(", ")))
                : tr("Unknown part “%1”: use %2.").arg(part.trimmed(), names.join(QStringLiteral(", "))));
        *flags[i] = true;
    }
    *options = chosen;
    return Result::success();
}

Result PdfExport::validate(const Workspace &workspace, const PdfOptions &options)
{
    if (!PdfPages::pageSizeId(options.pageSize))
        return Result::failure(ErrorCode::Invalid, tr("Unknown page size “%1”: use A4, A3, Letter or Tabloid.").arg(options.pageSize));
    const QString orientation = options.orientation.trimmed().toLower();
    if (orientation != u"portrait" && orientation != u"landscape")
        return Result::failure(ErrorCode::Invalid,
                               tr("Unknown orientation “%1”: use portrait or landscape.").arg(options.orientation));
    const QString layout = options.journeyLayout.trimmed().toLower();
    if (layout != u"fit" && layout != u"tile")
        return Result::failure(ErrorCode::Invalid,
                               tr("Unknown journey layout “%1”: use fit (one page each) or tile.").arg(options.journeyLayout));
    if (layout == u"tile" && !(options.tileScale > 0.05 && options.tileScale <= 10))
        return Result::failure(ErrorCode::Invalid, tr("The tile scale must be between 0.05 and 10 points per unit."));
    if (!(options.tileOverlap >= 0 && options.tileOverlap <= 144))
        return Result::failure(ErrorCode::Invalid, tr("The tile overlap must be between 0 and 144 points."));
    for (const Uid &journey : options.journeyIds) {
        if (!workspace.journeys.contains(journey))
            return Result::failure(ErrorCode::NotFound, tr("There is no journey with id %1 in this workspace.").arg(uidText(journey)));
    }
    if (!options.cover && !options.journeys && !options.personas && !options.architecture && !options.workshops
        && !options.metrics && !options.summary)
        return Result::failure(ErrorCode::Invalid, tr("Nothing to export: choose at least one part of the document."));
    return Result::success();
}

int PdfExport::pageCount(const Workspace &workspace, const PdfOptions &options)
{
    if (!validate(workspace, options))
        return 0;
    return PdfPages(workspace, options).count();
}

Result PdfExport::write(const Workspace &workspace, const PdfOptions &options, const QString &path, const Progress &progress)
{
    if (Result valid = validate(workspace, options); !valid)
        return valid;
    PdfPages renderer(workspace, options);
    if (renderer.count() == 0)
        return nothingToPrint();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(renderer.title());
        writer.setCreator(QStringLiteral("CX Atlas"));
        writer.setDocumentXmpMetadata(xmpMetadata(renderer.title(), options.author.trimmed()));
        writer.setPageSize(QPageSize(renderer.pageSize(), QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Result::failure(ErrorCode::Io, tr("Cannot start a PDF in %1.").arg(path));
        }
        // Work in points whatever the writer's resolution.
        const double toDevice = writer.resolution() / 72.0;
        const int total = renderer.count();
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            painter.setWorldTransform(QTransform::fromScale(toDevice, toDevice));
            painter.setClipping(false);
            renderer.paint(&painter, i);
            if (progress && !progress(i + 1, total)) {
                painter.end();
                file.cancelWriting();
                return Result::failure(ErrorCode::Io, tr("The export was cancelled; %1 was not written.").arg(path));
            }
        }
        painter.end();
    }
    if (!file.commit())
        return Result::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Result::success();
}

QImage PdfExport::renderFirstPage(const Workspace &workspace, const PdfOptions &options, int width, Result *error)
{
    Result valid = validate(workspace, options);
    if (valid && (width <= 0 || width > 8000))
        valid = Result::failure(ErrorCode::Invalid, tr("The preview width must be between 1 and 8000 pixels."));
    if (!valid) {
        if (error)
            *error = valid;
        return {};
    }
    PdfPages renderer(workspace, options);
    if (renderer.count() == 0) {
        if (error)
            *error = nothingToPrint();
        return {};
    }
    const QSizeF page = renderer.pageSize();
    const double scale = width / page.width();
    QImage image(QSize(width, std::max(1, qRound(page.height() * scale))), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    renderer.paint(&painter, 0);
    painter.end();
    if (error)
        *error = Result::success();
    return image;
}

} // namespace cx
