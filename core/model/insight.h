// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

#include <QDate>

namespace cx {

// Evidence behind a map: title is the finding; linked to the moments it explains.
struct Insight : NodeBase {
    InsightSource sourceKind = InsightSource::Research;
    QString source;
    QDate date;

    bool operator==(const Insight &) const = default;
};

} // namespace cx
