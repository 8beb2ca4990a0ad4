// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QImage>

namespace cx {

// One picture of a journey map or of the architecture view, as SVG or PNG, drawn by the same
// painters as the PDF (JourneyPainter, ArchitecturePainter).
struct ImageOptions {
    QString view = QStringLiteral("journey"); // or "architecture"
    Uid journey;     // the journey to draw (view "journey"); null: the first journey by title
    int dpi = 96;    // PNG resolution: 96 draws one pixel per layout unit, 192 two
};

class ImageExport
{
    Q_DECLARE_TR_FUNCTIONS(cx::ImageExport)

public:
    static constexpr qint64 maxPixels = 400'000'000; // a PNG larger than this is refused

    static Result validate(const Workspace &workspace, const ImageOptions &options);
    // The size of the picture in layout units (SVG user units), or empty for bad options.
    static QSizeF size(const Workspace &workspace, const ImageOptions &options);
    // The pixel size a PNG would have.
    static QSize pixelSize(const Workspace &workspace, const ImageOptions &options);
    // The picture as an image at options.dpi; a null image and *error set on failure.
    static QImage render(const Workspace &workspace, const ImageOptions &options, Result *error = nullptr);

    // Both write through QSaveFile: on failure, path is untouched.
    static Result writeSvg(const Workspace &workspace, const ImageOptions &options, const QString &path,
                           const QString &title = {});
    static Result writePng(const Workspace &workspace, const ImageOptions &options, const QString &path);
};

} // namespace cx
