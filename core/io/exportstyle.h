// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/uid.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

class QPainter;
class QRectF;

namespace cx {

struct Workspace;

// The colours and type of the exported pictures: the light theme of the canvas
// (qml/canvas/CanvasStyle.qml), so paper looks like the screen. Fonts are DejaVu Sans, which
// QPdfWriter embeds (as a subset) so the text stays selectable and searchable.
namespace ExportStyle {

inline const QColor mapBackground{0xf3, 0xf4, 0xf7};
inline const QColor headerBackground{0xe6, 0xe9, 0xef};
inline const QColor text{0x1f, 0x23, 0x29};
inline const QColor mutedText{0x5f, 0x67, 0x72};
inline const QColor gridLine{0xd3, 0xd8, 0xe0};
inline const QColor curveBand{0xfb, 0xfb, 0xfd};
inline const QColor curveGuide{0xe4, 0xe7, 0xec};
inline const QColor journeyCurve{0x2f, 0x3e, 0x4e};
inline const QColor visibilityLine{0xb5, 0x65, 0x1d};
inline const QColor card{0xff, 0xff, 0xff};
inline const QColor cardBorder{0xc9, 0xce, 0xd7};
inline const QColor matters{0xd9, 0x62, 0x2b};
inline const QColor evidence{0x52, 0x66, 0x7a};
inline const QColor accent{0x2f, 0x5f, 0xd0};

constexpr double cardRadius = 6;
constexpr double titleSize = 14;
constexpr double smallSize = 11;

QColor laneTint(LaneKind kind);
// An architecture kind's colour: warm for what the customer meets, cool for what supports it.
QColor kindColor(NodeKind kind);
// A persona's colour, as the canvas and the gallery draw it (PersonaPalette).
QColor personaColor(const Workspace &workspace, const Uid &persona);

// DejaVu Sans at a pixel size in the painter's units.
QFont font(double pixelSize, bool bold = false, bool italic = false);

// text broken at spaces into at most maxLines lines of width; the last line elided when the
// text does not fit. Long words are elided, not split.
QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width, int maxLines);
// Draws lines from rect's top-left, one line height apart; returns the height used.
double drawLines(QPainter *painter, const QRectF &rect, const QStringList &lines, const QFont &font,
                 const QColor &color, Qt::Alignment horizontal = Qt::AlignLeft);

// Labels of the model's values as the GUI shows them (the rest are in model/labels.h).
QString laneKindLabel(LaneKind kind);
QString metricLevelLabel(MetricLevel level);

} // namespace ExportStyle

} // namespace cx
