// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

namespace cx {

// Text measured for the layouts that print: one font family (DejaVu Sans, which the PDF embeds)
// and line breaking that every exporter shares.
namespace TextLines {

// DejaVu Sans at a pixel size in layout units, unhinted so widths scale with the drawing.
QFont font(double pixelSize, bool bold = false, bool italic = false);
// text broken at spaces (and at its own line breaks) into at most maxLines lines of width; the
// last line elided with "…" when the text goes on. Long words are elided, not split.
QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width, int maxLines);

} // namespace TextLines

} // namespace cx
