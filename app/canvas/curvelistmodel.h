// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QVariantList>

namespace cx {

// One emotion curve of the open journey: the journey-wide one (uid null) or a persona's.
struct CurveRow {
    Uid uid;             // the persona, or null
    QString title;
    QString color;
    QString path;        // SVG path data
    int points = 0;      // how many moments it passes through
    bool shown = true;   // the persona filter

    bool operator==(const CurveRow &) const = default;
};

// Roles: uid, title, curveColor, path, points (a count), shown.
class CurveListModel : public RowListModel<CurveRow>
{
public:
    enum Role { UidRole = Qt::UserRole + 1, TitleRole, ColorRole, PathRole, PointsRole, ShownRole };
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace cx
