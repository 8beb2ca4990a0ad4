// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/rowlistmodel.h"

#include <QRectF>

namespace cx {

// A moment card of the stage spotlight (PresentationLayout's place, the moment's fields).
struct PresentCardRow {
    Uid uid;
    QRectF rect;
    int column = 0;
    QString title;
    QString channel;
    QString owner;
    QString evidence; // assumption, partly-backed, research-based
    bool mattersMost = false;
    int emotion = 0;
    bool hasEmotion = false;
    QString color;
    int votes = 0;

    bool operator==(const PresentCardRow &) const = default;
};

// The spotlight's cards, kept up to date row by row like the canvas's models (an edit in the
// main window changes one row, and one delegate). Roles: uid, cardX, cardY, cardWidth,
// cardHeight, column, title, channel, owner, evidence, mattersMost, emotion, hasEmotion, tint,
// votes.
class PresentCardModel : public RowListModel<PresentCardRow>
{
public:
    enum Role {
        UidRole = Qt::UserRole + 1, XRole, YRole, WidthRole, HeightRole, ColumnRole, TitleRole,
        ChannelRole, OwnerRole, EvidenceRole, MattersMostRole, EmotionRole, HasEmotionRole,
        ColorRole, VotesRole,
    };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace cx
