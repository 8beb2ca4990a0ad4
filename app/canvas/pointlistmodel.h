// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardlistmodel.h"

namespace cx {

// A point of an emotion curve: the handle that drags one moment's score for one curve.
struct PointRow {
    Uid uid;          // unique per curve and moment
    QRectF rect;      // a small square around the point, for the viewport filter
    QString moment;
    QString persona;  // empty for the journey-wide curve
    QString color;
    int score = 0;
    bool shown = true;
    QString momentTitle; // with curveTitle, the point's accessible name
    QString curveTitle;  // the persona's name, or the journey curve's

    bool operator==(const PointRow &) const = default;
};

// Every point of every curve of the open journey. The geometry roles share their numbers
// with CardListModel's, so the same ViewportPoolModel keeps only the points on screen.
// Roles: moment, persona, pointColor, score, shown, pointX, pointY (the centre), momentTitle,
// curveTitle.
class PointListModel : public RowListModel<PointRow>, public RectSource
{
public:
    enum Role {
        XRole = CardListModel::XRole, YRole = CardListModel::YRole,
        WidthRole = CardListModel::WidthRole, HeightRole = CardListModel::HeightRole,
        MomentRole = Qt::UserRole + 100, PersonaRole, ColorRole, ScoreRole, ShownRole,
        CentreXRole, CentreYRole, MomentTitleRole, CurveTitleRole,
    };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QRectF rectOf(int row) const override { return rows().at(row).rect; }
};

} // namespace cx
