// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace cx {

// Small lines of a moment's metrics on its card (issue 13): each list of values drawn in its
// own band, scaled to its own range, the last value marked. Painted once into a texture when
// the values, colour or size change; nothing per frame.
class SparklineItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList lines READ lines WRITE setLines NOTIFY linesChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)

public:
    explicit SparklineItem(QQuickItem *parent = nullptr);

    QVariantList lines() const { return m_lines; }
    void setLines(const QVariantList &lines);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void linesChanged();
    void colorChanged();

private:
    QVariantList m_lines;
    QColor m_color{0x5f, 0x66, 0x70};
};

} // namespace cx
