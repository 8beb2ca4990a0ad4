// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bandlistmodel.h"

namespace cx {

QVariant BandListModel::data(const QModelIndex &index, int role) const
{
    const BandRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row->title;
    case UidRole: return uidText(row->uid);
    case KindRole: return row->kind;
    case PositionRole: return row->position;
    case HeaderXRole: return row->header.x();
    case HeaderYRole: return row->header.y();
    case HeaderWidthRole: return row->header.width();
    case HeaderHeightRole: return row->header.height();
    case BodyXRole: return row->body.x();
    case BodyYRole: return row->body.y();
    case BodyWidthRole: return row->body.width();
    case BodyHeightRole: return row->body.height();
    default: return {};
    }
}

QHash<int, QByteArray> BandListModel::roleNames() const
{
    return {{UidRole, "uid"}, {TitleRole, "title"}, {KindRole, "kind"}, {PositionRole, "position"},
            {HeaderXRole, "headerX"}, {HeaderYRole, "headerY"}, {HeaderWidthRole, "headerWidth"},
            {HeaderHeightRole, "headerHeight"}, {BodyXRole, "bodyX"}, {BodyYRole, "bodyY"},
            {BodyWidthRole, "bodyWidth"}, {BodyHeightRole, "bodyHeight"}};
}

} // namespace cx
