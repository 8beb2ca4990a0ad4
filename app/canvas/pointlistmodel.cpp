// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlistmodel.h"

namespace cx {

QVariant PointListModel::data(const QModelIndex &index, int role) const
{
    const PointRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case XRole: return row->rect.x();
    case YRole: return row->rect.y();
    case WidthRole: return row->rect.width();
    case HeightRole: return row->rect.height();
    case MomentRole: return row->moment;
    case PersonaRole: return row->persona;
    case ColorRole: return row->color;
    case ScoreRole: return row->score;
    case ShownRole: return row->shown;
    case CentreXRole: return row->rect.center().x();
    case CentreYRole: return row->rect.center().y();
    case MomentTitleRole: return row->momentTitle;
    case CurveTitleRole: return row->curveTitle;
    default: return {};
    }
}

QHash<int, QByteArray> PointListModel::roleNames() const
{
    return {{MomentRole, "moment"}, {PersonaRole, "persona"}, {ColorRole, "pointColor"},
            {ScoreRole, "score"}, {ShownRole, "shown"}, {CentreXRole, "pointX"}, {CentreYRole, "pointY"},
            {MomentTitleRole, "momentTitle"}, {CurveTitleRole, "curveTitle"}};
}

} // namespace cx
