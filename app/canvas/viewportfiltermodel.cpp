// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewportfiltermodel.h"

#include "cardlistmodel.h"

namespace cx {

namespace {
constexpr double margin = 400; // layout units kept alive around the viewport
}

ViewportFilterModel::ViewportFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ViewportFilterModel::setViewport(const QRectF &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    Q_EMIT viewportChanged();
    if (m_filtered.contains(viewport) && !viewport.isEmpty())
        return;
    m_filtered = viewport.adjusted(-margin, -margin, margin, margin);
    invalidateRowsFilter();
}

bool ViewportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (const auto *rects = dynamic_cast<const RectSource *>(sourceModel()))
        return m_filtered.intersects(rects->rectOf(sourceRow));
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QRectF rect(index.data(CardListModel::XRole).toDouble(), index.data(CardListModel::YRole).toDouble(),
                      index.data(CardListModel::WidthRole).toDouble(), index.data(CardListModel::HeightRole).toDouble());
    return m_filtered.intersects(rect);
}

} // namespace cx
