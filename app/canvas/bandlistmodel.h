// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QRectF>

namespace cx {

// A stage column or a lane row of the map: its header and its band across the map.
struct BandRow {
    Uid uid;
    QString title;
    QString kind;        // lanes: steps, touchpoints, … (empty for stages)
    int position = 0;
    QRectF header;
    QRectF body;

    bool operator==(const BandRow &) const = default;
};

// The stages or the lanes of the open journey. Roles: uid, title, kind, position, headerX,
// headerY, headerWidth, headerHeight, bodyX, bodyY, bodyWidth, bodyHeight.
class BandListModel : public RowListModel<BandRow>
{
public:
    enum Role {
        UidRole = Qt::UserRole + 1, TitleRole, KindRole, PositionRole, HeaderXRole, HeaderYRole,
        HeaderWidthRole, HeaderHeightRole, BodyXRole, BodyYRole, BodyWidthRole, BodyHeightRole,
    };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace cx
