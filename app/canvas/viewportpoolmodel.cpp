// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewportpoolmodel.h"

#include "rowlistmodel.h"

#include <algorithm>

namespace cx {

namespace {
// Layout units kept filled around the viewport, and how far the viewport may move before the
// pool refills: often enough that each refill hands over only a few slots (a pan stays smooth),
// never so late that a card shows up unfilled.
constexpr double margin = 240;
constexpr double step = margin / 3;
}

ViewportPoolModel::ViewportPoolModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ViewportPoolModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_source)
        m_source->disconnect(this);
    beginResetModel();
    m_source = source;
    m_rects = dynamic_cast<const RectSource *>(source);
    Q_ASSERT_X(!source || m_rects, "ViewportPoolModel", "the source must be a RectSource");
    m_slots.clear();
    m_slotOf.clear();
    endResetModel();
    if (!source)
        return;
    connect(source, &QAbstractItemModel::dataChanged, this, &ViewportPoolModel::sourceDataChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, signal, this, &ViewportPoolModel::refill);
    connect(source, &QAbstractItemModel::rowsMoved, this, &ViewportPoolModel::refill);
    connect(source, &QAbstractItemModel::modelReset, this, &ViewportPoolModel::refill);
    connect(source, &QAbstractItemModel::layoutChanged, this, &ViewportPoolModel::refill);
    refill();
}

void ViewportPoolModel::setViewport(const QRectF &viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    Q_EMIT viewportChanged();
    if (m_still.contains(viewport) && !viewport.isEmpty())
        return;
    m_area = viewport.adjusted(-margin, -margin, margin, margin);
    m_still = viewport.adjusted(-step, -step, step, step);
    refill();
}

int ViewportPoolModel::sourceRow(int slot) const
{
    if (slot < 0 || slot >= m_slots.size())
        return -1;
    return m_slots[slot].isValid() ? m_slots[slot].row() : -1;
}

int ViewportPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

QVariant ViewportPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QPersistentModelIndex &source = m_slots[index.row()];
    return source.isValid() ? source.data(role) : QVariant();
}

QHash<int, QByteArray> ViewportPoolModel::roleNames() const
{
    return m_source ? m_source->roleNames() : QHash<int, QByteArray>();
}

void ViewportPoolModel::refill()
{
    if (!m_source)
        return;
    const int count = m_source->rowCount();
    // Which source rows belong near the viewport, and which of them already have a slot.
    QList<char> wanted(count, 0);
    for (int row = 0; row < count; ++row)
        wanted[row] = m_area.intersects(m_rects->rectOf(row)) ? 1 : 0;
    QList<int> freed;
    for (int slot = 0; slot < m_slots.size(); ++slot) {
        const int row = sourceRow(slot);
        if (row >= 0 && wanted[row] == 1)
            wanted[row] = 2; // kept where it is
        else
            freed.append(slot);
    }
    QList<int> arriving;
    for (int row = 0; row < count; ++row) {
        if (wanted[row] == 1)
            arriving.append(row);
    }

    // Rows that came near take the slots of rows that went away.
    const qsizetype reused = std::min(freed.size(), arriving.size());
    for (qsizetype i = 0; i < reused; ++i) {
        m_slots[freed[i]] = QPersistentModelIndex(m_source->index(arriving[i], 0));
        const QModelIndex changed = index(freed[i]);
        Q_EMIT dataChanged(changed, changed);
    }
    if (arriving.size() > reused) {
        beginInsertRows({}, int(m_slots.size()), int(m_slots.size() + arriving.size() - reused - 1));
        for (qsizetype i = reused; i < arriving.size(); ++i)
            m_slots.append(QPersistentModelIndex(m_source->index(arriving[i], 0)));
        endInsertRows();
    } else if (freed.size() > reused) {
        // Fewer rows than slots: fill the holes below the new end from the tail, then drop it.
        const QList<int> holes = freed.mid(reused);
        const int end = int(m_slots.size() - holes.size());
        int tail = int(m_slots.size()) - 1;
        for (const int hole : holes) {
            if (hole >= end)
                break;
            while (std::binary_search(holes.begin(), holes.end(), tail))
                --tail;
            m_slots[hole] = m_slots[tail--];
            const QModelIndex changed = index(hole);
            Q_EMIT dataChanged(changed, changed);
        }
        beginRemoveRows({}, end, int(m_slots.size()) - 1);
        m_slots.resize(end);
        endRemoveRows();
    }
    reindex();
}

void ViewportPoolModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    bool membershipChanged = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const bool near = m_area.intersects(m_rects->rectOf(row));
        const int slot = m_slotOf.value(row, -1);
        if (slot >= 0 && near) {
            const QModelIndex changed = index(slot);
            Q_EMIT dataChanged(changed, changed, roles);
        } else if ((slot >= 0) != near) {
            membershipChanged = true;
        }
    }
    if (membershipChanged)
        refill();
}

void ViewportPoolModel::reindex()
{
    m_slotOf.clear();
    m_slotOf.reserve(m_slots.size());
    for (int slot = 0; slot < m_slots.size(); ++slot)
        m_slotOf.insert(sourceRow(slot), slot);
}

} // namespace cx
