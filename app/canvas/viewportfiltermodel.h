// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The cards that intersect the viewport (plus a margin), so the canvas instantiates delegates
// for what can be seen, whatever the number of moments. Re-filters only when the viewport
// moves out of the area last filtered, not on every pixel of a pan.
class ViewportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JourneyCanvas")
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)

public:
    explicit ViewportFilterModel(QObject *parent = nullptr);

    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &viewport);

Q_SIGNALS:
    void viewportChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QRectF m_viewport;
    QRectF m_filtered; // the viewport grown by the margin, as last filtered
};

} // namespace cx
