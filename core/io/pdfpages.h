// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfexport.h"

#include <QPageSize>
#include <memory>
#include <optional>

class QPainter;

namespace cx {

// The pages of a PDF export, planned from the options (a cover; each journey fitted or tiled
// with overlap and marks; a sheet per persona; the architecture per journey; the workshop
// results of each ended voting round; the metrics' hierarchy, trends and drivers; the gaps and
// metrics summary) and painted one at a time,
// in points. PdfExport writes them into a PDF and paints the first for the preview. The options
// must have passed PdfExport::validate().
class PdfPages
{
public:
    static std::optional<QPageSize::PageSizeId> pageSizeId(const QString &name);

    PdfPages(const Workspace &workspace, const PdfOptions &options);
    ~PdfPages();

    QSizeF pageSize() const;
    int count() const;
    QString title() const;
    void paint(QPainter *painter, int index);

private:
    class Renderer;
    std::unique_ptr<Renderer> m_renderer;
};

} // namespace cx
