// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexport.h"

#include "architecturepainter.h"
#include "filewriter.h"
#include "journeypainter.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>
#include <functional>

namespace cx {

namespace {

Uid journeyOf(const Workspace &workspace, const ImageOptions &options)
{
    if (!options.journey.isNull())
        return options.journey;
    const Journey *first = nullptr;
    for (const Journey &j : workspace.journeys) {
        if (!first || j.title.localeAwareCompare(first->title) < 0
            || (j.title == first->title && uidText(j.uid) < uidText(first->uid)))
            first = &j;
    }
    return first ? first->uid : Uid();
}

bool isArchitecture(const ImageOptions &options)
{
    return options.view.trimmed().toLower() == u"architecture";
}

// Calls paint with a painter over the picture at its size in layout units.
template<typename Paint>
QSizeF withPicture(const Workspace &workspace, const ImageOptions &options, Paint paint)
{
    if (isArchitecture(options)) {
        const ArchitectureLayout layout = ArchitectureLayout::compute(workspace);
        const ArchitecturePainter painter(workspace, layout);
        paint(painter.size(), [&painter](QPainter *p) { painter.paint(p); });
        return painter.size();
    }
    const JourneyLayout layout = JourneyLayout::compute(workspace, journeyOf(workspace, options));
    const JourneyPainter painter(workspace, layout);
    paint(painter.size(), [&painter](QPainter *p) { painter.paint(p); });
    return painter.size();
}

} // namespace

Result ImageExport::validate(const Workspace &workspace, const ImageOptions &options)
{
    const QString view = options.view.trimmed().toLower();
    if (view != u"journey" && view != u"architecture")
        return Result::failure(ErrorCode::Invalid, tr("Unknown view “%1”: use journey or architecture.").arg(options.view));
    if (options.dpi <= 0 || options.dpi > 2400)
        return Result::failure(ErrorCode::Invalid, tr("The resolution must be between 1 and 2400 dpi, not %1.").arg(options.dpi));
    if (view == u"journey") {
        if (!options.journey.isNull() && !workspace.journeys.contains(options.journey))
            return Result::failure(ErrorCode::NotFound, tr("There is no journey with id %1 in this workspace.").arg(uidText(options.journey)));
        if (workspace.journeys.isEmpty())
            return Result::failure(ErrorCode::NotFound, tr("This workspace has no journey to draw."));
    }
    return Result::success();
}

QSizeF ImageExport::size(const Workspace &workspace, const ImageOptions &options)
{
    if (!validate(workspace, options))
        return {};
    return withPicture(workspace, options, [](QSizeF, const std::function<void(QPainter *)> &) {});
}

QSize ImageExport::pixelSize(const Workspace &workspace, const ImageOptions &options)
{
    const QSizeF units = size(workspace, options);
    const double scale = options.dpi / 96.0;
    return {int(std::ceil(units.width() * scale)), int(std::ceil(units.height() * scale))};
}

QImage ImageExport::render(const Workspace &workspace, const ImageOptions &options, Result *error)
{
    auto fail = [error](Result r) {
        if (error)
            *error = std::move(r);
        return QImage();
    };
    if (Result valid = validate(workspace, options); !valid)
        return fail(valid);
    const double scale = options.dpi / 96.0;
    QImage image;
    withPicture(workspace, options, [&](QSizeF units, const std::function<void(QPainter *)> &paint) {
        const QSize pixels(int(std::ceil(units.width() * scale)), int(std::ceil(units.height() * scale)));
        if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > maxPixels)
            return;
        image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return;
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(options.dpi / 0.0254));
        image.setDotsPerMeterY(qRound(options.dpi / 0.0254));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paint(&painter);
    });
    if (image.isNull())
        return fail(Result::failure(ErrorCode::Invalid,
                                    tr("The picture would be too large at %1 dpi (more than %2 megapixels); choose a lower resolution.")
                                        .arg(options.dpi)
                                        .arg(maxPixels / 1'000'000)));
    if (error)
        *error = Result::success();
    return image;
}

Result ImageExport::writePng(const Workspace &workspace, const ImageOptions &options, const QString &path)
{
    Result error;
    const QImage image = render(workspace, options, &error);
    if (image.isNull())
        return error;
    // Encoded in memory and written whole: libpng stops at a short write without a reason.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Result::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, writer.errorString()));
    if (const QString why = FileWriter::save(path, bytes); !why.isEmpty())
        return Result::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, why));
    return Result::success();
}

Result ImageExport::writeSvg(const Workspace &workspace, const ImageOptions &options, const QString &path, const QString &title)
{
    if (Result valid = validate(workspace, options); !valid)
        return valid;
    // Drawn in memory and written whole: the SVG generator does not notice a short write, so
    // a disk filling up would leave a truncated picture that reads as written.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool painted = false;
    withPicture(workspace, options, [&](QSizeF units, const std::function<void(QPainter *)> &paint) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(int(std::ceil(units.width())), int(std::ceil(units.height()))));
        svg.setViewBox(QRectF(QPointF(0, 0), units));
        svg.setResolution(96);
        svg.setTitle(title.isEmpty() ? (isArchitecture(options) ? tr("CX architecture")
                                                               : workspace.journeys.value(journeyOf(workspace, options)).title)
                                     : title);
        svg.setDescription(tr("Drawn by CX Atlas"));
        QPainter painter;
        if (!painter.begin(&svg))
            return;
        paint(&painter);
        painted = painter.end();
    });
    if (!painted)
        return Result::failure(ErrorCode::Io, tr("Cannot draw the SVG picture into %1.").arg(path));
    if (const QString why = FileWriter::save(path, bytes); !why.isEmpty())
        return Result::failure(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, why));
    return Result::success();
}

} // namespace cx
