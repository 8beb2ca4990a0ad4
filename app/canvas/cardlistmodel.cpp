// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardlistmodel.h"

namespace cx {

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    const CardRow *row = rowAt(index);
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
    case NotesRole: return row->notes;
    case ChannelRole: return row->channel;
    case OwnerRole: return row->owner;
    case EmotionRole: return row->emotion;
    case HasEmotionRole: return row->hasEmotion;
    case ImportanceRole: return row->importance;
    case EvidenceRole: return row->evidence;
    case MattersMostRole: return row->mattersMost;
    case ColorRole: return row->color;
    case TagsRole: return row->tags;
    case OpensJourneyRole: return row->opensJourney;
    case VotesRole: return row->votes;
    case SelectedRole: return row->selected;
    case StageRole: return row->stage;
    case LaneRole: return row->lane;
    case SparklinesRole: {
        QVariantList lines;
        for (const QList<double> &values : row->sparklines) {
            QVariantList line;
            for (double v : values)
                line.append(v);
            lines.append(QVariant(line));
        }
        return lines;
    }
    default: return {};
    }
}

void CardListModel::setSelection(const QSet<Uid> &selected)
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        const bool on = selected.contains(rows()[i].uid);
        if (rows()[i].selected == on)
            continue;
        rowRef(i).selected = on;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {SelectedRole});
    }
}

QHash<int, QByteArray> CardListModel::roleNames() const
{
    return {{UidRole, "uid"}, {XRole, "cardX"}, {YRole, "cardY"}, {WidthRole, "cardWidth"},
            {HeightRole, "cardHeight"}, {TitleRole, "title"}, {NotesRole, "notes"},
            {ChannelRole, "channel"}, {OwnerRole, "owner"}, {EmotionRole, "emotion"},
            {HasEmotionRole, "hasEmotion"}, {ImportanceRole, "importance"},
            {EvidenceRole, "evidence"}, {MattersMostRole, "mattersMost"}, {ColorRole, "tint"},
            {TagsRole, "tags"}, {OpensJourneyRole, "opensJourney"}, {VotesRole, "votes"},
            {SelectedRole, "selected"}, {SparklinesRole, "sparklines"},
            {StageRole, "stageTitle"}, {LaneRole, "laneTitle"}};
}

} // namespace cx
