// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxlistmodel.h"

namespace cx {

QVariant BoxListModel::data(const QModelIndex &index, int role) const
{
    const BoxRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case UidRole: return uidText(row->uid);
    case XRole: return row->rect.x();
    case YRole: return row->rect.y();
    case WidthRole: return row->rect.width();
    case HeightRole: return row->rect.height();
    case KindRole: return row->kind;
    case Qt::DisplayRole:
    case TitleRole: return row->title;
    case DetailRole: return row->detail;
    case MattersMostRole: return row->mattersMost;
    case InChainRole: return row->inChain;
    case SelectedRole: return row->selected;
    case StatusRole: return row->status;
    case StatusLabelRole: return row->statusLabel;
    default: return {};
    }
}

QHash<int, QByteArray> BoxListModel::roleNames() const
{
    return {{UidRole, "uid"}, {XRole, "boxX"}, {YRole, "boxY"}, {WidthRole, "boxWidth"},
            {HeightRole, "boxHeight"}, {KindRole, "kind"}, {TitleRole, "title"}, {DetailRole, "detail"},
            {MattersMostRole, "mattersMost"}, {InChainRole, "inChain"}, {SelectedRole, "selected"},
            {StatusRole, "status"}, {StatusLabelRole, "statusLabel"}};
}

} // namespace cx
