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

// text broken into every line it needs at width by Qt's Unicode line breaking (QTextLayout:
// at word boundaries, or inside a word longer than a line, so scripts without spaces and long
// words are never cut off), each line trimmed; its own line breaks kept. Nothing is elided.
QStringList lines(const QString &text, const QFont &font, double width);

// text at the largest size from largest down to smallest (in steps of about a tenth) whose
// lines all fit in width × height, so a long name shrinks rather than loses its end. When
// not even smallest holds it, the lines at smallest up to the height with the last elided,
// and whole is false.
struct Fitted {
    QFont font;
    QStringList lines;
    bool whole = true;
};
Fitted fit(const QString &text, double width, double height, double largest, double smallest, bool bold = false);

} // namespace TextLines

} // namespace cx
