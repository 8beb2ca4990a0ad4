// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/rowlistmodel.h"

namespace cx {

// One box of the architecture picture, as QML draws it.
struct BoxRow {
    Uid uid;
    QRectF rect;
    QString kind;      // the stable name: moment, story, …, metric
    QString title;
    QString detail;    // owner, stage or metric level, for the second line
    bool mattersMost = false;
    bool inChain = false; // part of the selected box's chain
    bool selected = false;
    QString status;       // a metric's status, name(MetricStatus), else empty
    QString statusLabel;  // and its word

    bool operator==(const BoxRow &) const = default;
};

class BoxListModel : public RowListModel<BoxRow>, public RectSource
{
public:
    enum Role {
        UidRole = Qt::UserRole + 1, XRole, YRole, WidthRole, HeightRole, KindRole, TitleRole, DetailRole,
        MattersMostRole, InChainRole, SelectedRole, StatusRole, StatusLabelRole,
    };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QRectF rectOf(int row) const override { return rows().at(row).rect; }
};

} // namespace cx
