// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvelistmodel.h"

namespace cx {

QVariant CurveListModel::data(const QModelIndex &index, int role) const
{
    const CurveRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row->title;
    case UidRole: return row->uid.isNull() ? QString() : uidText(row->uid);
    case ColorRole: return row->color;
    case PathRole: return row->path;
    case PointsRole: return row->points;
    case ShownRole: return row->shown;
    default: return {};
    }
}

QHash<int, QByteArray> CurveListModel::roleNames() const
{
    return {{UidRole, "uid"}, {TitleRole, "title"}, {ColorRole, "curveColor"}, {PathRole, "path"},
            {PointsRole, "points"}, {ShownRole, "shown"}};
}

} // namespace cx
