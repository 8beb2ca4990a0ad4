// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentcardmodel.h"

namespace cx {

QVariant PresentCardModel::data(const QModelIndex &index, int role) const
{
    const PresentCardRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return row->title;
    case UidRole: return uidText(row->uid);
    case XRole: return row->rect.x();
    case YRole: return row->rect.y();
    case WidthRole: return row->rect.width();
    case HeightRole: return row->rect.height();
    case ColumnRole: return row->column;
    case ChannelRole: return row->channel;
    case OwnerRole: return row->owner;
    case EvidenceRole: return row->evidence;
    case MattersMostRole: return row->mattersMost;
    case EmotionRole: return row->emotion;
    case HasEmotionRole: return row->hasEmotion;
    case ColorRole: return row->color;
    case VotesRole: return row->votes;
    default: return {};
    }
}

QHash<int, QByteArray> PresentCardModel::roleNames() const
{
    return {{UidRole, "uid"}, {XRole, "cardX"}, {YRole, "cardY"}, {WidthRole, "cardWidth"},
            {HeightRole, "cardHeight"}, {ColumnRole, "column"}, {TitleRole, "title"},
            {ChannelRole, "channel"}, {OwnerRole, "owner"}, {EvidenceRole, "evidence"},
            {MattersMostRole, "mattersMost"}, {EmotionRole, "emotion"},
            {HasEmotionRole, "hasEmotion"}, {ColorRole, "tint"}, {VotesRole, "votes"}};
}

} // namespace cx
