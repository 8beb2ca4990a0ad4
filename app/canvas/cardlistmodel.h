// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QRectF>
#include <QSet>
#include <QStringList>

namespace cx {

// What a moment card shows, and where.
struct CardRow {
    Uid uid;
    QRectF rect;
    QString title;
    QString notes;
    QString channel;
    QString owner;
    int emotion = 0;
    bool hasEmotion = false;
    int importance = 3;
    QString evidence;       // assumption, partly-backed, research-based
    bool mattersMost = false;
    QString color;
    QStringList tags;
    QString opensJourney;   // uid of the detailed journey, or empty
    int votes = 0;
    bool selected = false;
    // The recent values of the metrics measuring the moment (issue 13), oldest first, one list
    // per metric: what the card's sparklines draw.
    QList<QList<double>> sparklines;
    // The card's stage and lane titles, for screen readers (the map shows them as headers).
    QString stage;
    QString lane;

    bool operator==(const CardRow &) const = default;
};

// Every card of the open journey. Roles are named as the fields.
class CardListModel : public RowListModel<CardRow>, public RectSource
{
public:
    enum Role {
        UidRole = Qt::UserRole + 1, XRole, YRole, WidthRole, HeightRole, TitleRole, NotesRole,
        ChannelRole, OwnerRole, EmotionRole, HasEmotionRole, ImportanceRole, EvidenceRole,
        MattersMostRole, ColorRole, TagsRole, OpensJourneyRole, VotesRole, SelectedRole, SparklinesRole,
        StageRole, LaneRole,
    };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QRectF rectOf(int row) const override { return rows().at(row).rect; }
    // Marks the given cards selected and the others not, reporting only the rows that change:
    // a click re-renders two cards, not the journey.
    void setSelection(const QSet<Uid> &selected);
};

} // namespace cx
