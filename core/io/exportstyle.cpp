// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportstyle.h"

#include "layout/textlines.h"
#include "model/personapalette.h"

#include <QCoreApplication>
#include <QPainter>

namespace cx::ExportStyle {

namespace {
QString tr(const char *source)
{
    return QCoreApplication::translate("cx::ExportStyle", source);
}
} // namespace

QColor laneTint(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Steps: return QColor(0xf7, 0xf8, 0xfa);
    case LaneKind::Touchpoints: return QColor(0xf3, 0xf7, 0xfc);
    case LaneKind::Channels: return QColor(0xf4, 0xf8, 0xf6);
    case LaneKind::Thoughts: return QColor(0xfa, 0xf7, 0xfc);
    case LaneKind::Emotions: return QColor(0xfb, 0xfb, 0xfd);
    case LaneKind::PainPoints: return QColor(0xfc, 0xf5, 0xf4);
    case LaneKind::Opportunities: return QColor(0xf4, 0xfa, 0xf4);
    case LaneKind::Frontstage: return QColor(0xf2, 0xf6, 0xfb);
    case LaneKind::Backstage: return QColor(0xf0, 0xf1, 0xf4);
    case LaneKind::Custom: return QColor(0xf7, 0xf7, 0xf7);
    }
    return QColor(0xf7, 0xf8, 0xfa);
}

QColor kindColor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Moment: return journeyCurve;
    case NodeKind::Story: return QColor(0xe0, 0x7a, 0x5f);
    case NodeKind::Experience: return QColor(0xd9, 0x9a, 0x3b);
    case NodeKind::Service: return QColor(0xc0, 0xa2, 0x1e);
    case NodeKind::Process: return QColor(0x3d, 0x8b, 0x6e);
    case NodeKind::System: return QColor(0x0b, 0x84, 0xa5);
    case NodeKind::Data: return QColor(0x5b, 0x6f, 0xc7);
    case NodeKind::Metric: return QColor(0x8e, 0x5c, 0xc7);
    default: return cardBorder;
    }
}

QColor personaColor(const Workspace &workspace, const Uid &persona)
{
    return QColor::fromString(PersonaPalette::colorOf(workspace, persona));
}

QFont font(double pixelSize, bool bold, bool italic)
{
    return TextLines::font(pixelSize, bold, italic);
}

QStringList wrap(const QString &content, const QFontMetricsF &metrics, double width, int maxLines)
{
    return TextLines::wrap(content, metrics, width, maxLines);
}

double drawLines(QPainter *painter, const QRectF &rect, const QStringList &lines, const QFont &f,
                 const QColor &color, Qt::Alignment horizontal)
{
    painter->setFont(f);
    painter->setPen(color);
    const QFontMetricsF metrics(f, painter->device());
    const double lineHeight = metrics.lineSpacing();
    double y = rect.top();
    for (const QString &line : lines) {
        painter->drawText(QRectF(rect.left(), y, rect.width(), lineHeight),
                          int(horizontal | Qt::AlignVCenter) | Qt::TextDontClip, line);
        y += lineHeight;
    }
    return y - rect.top();
}

QString laneKindLabel(LaneKind kind)
{
    switch (kind) {
    case LaneKind::Steps: return tr("Steps");
    case LaneKind::Touchpoints: return tr("Touchpoints");
    case LaneKind::Channels: return tr("Channels");
    case LaneKind::Thoughts: return tr("Thoughts");
    case LaneKind::Emotions: return tr("Emotions");
    case LaneKind::PainPoints: return tr("Pain points");
    case LaneKind::Opportunities: return tr("Opportunities");
    case LaneKind::Frontstage: return tr("Frontstage");
    case LaneKind::Backstage: return tr("Backstage");
    case LaneKind::Custom: return tr("Custom");
    }
    return {};
}

QString metricLevelLabel(MetricLevel level)
{
    switch (level) {
    case MetricLevel::Strategic: return tr("Strategic");
    case MetricLevel::Operational: return tr("Operational");
    case MetricLevel::Tactical: return tr("Tactical");
    }
    return {};
}

} // namespace cx::ExportStyle
