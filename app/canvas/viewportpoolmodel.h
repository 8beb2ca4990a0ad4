// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

namespace cx {

class RectSource;

// The rows of a source model that lie near the viewport, as a pool of slots: each slot shows
// one source row, and when the viewport moves, the slots whose rows scrolled away are handed
// the rows that scrolled in (one dataChanged each) instead of being removed and inserted.
// So a view over it keeps its delegates while panning: no delegate is created or destroyed
// unless the number of rows near the viewport grows or shrinks. Rows that stay near the
// viewport keep their slot, and with it their delegate's state (a drag, a hover, focus).
//
// The source must also be a RectSource: the rectangle of each row, in the viewport's units.
class ViewportPoolModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by JourneyCanvas")
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)

public:
    explicit ViewportPoolModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source);
    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &viewport);
    // The source row a slot shows, or -1.
    int sourceRow(int slot) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void viewportChanged();

private:
    void refill();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void reindex();

    QPointer<QAbstractItemModel> m_source;
    const RectSource *m_rects = nullptr;
    QRectF m_viewport;
    QRectF m_area;  // the viewport grown by the margin, as last filled
    QRectF m_still; // where the viewport may move without a refill
    QList<QPersistentModelIndex> m_slots;
    QHash<int, int> m_slotOf; // source row -> slot, rebuilt after every refill
};

} // namespace cx
