// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"

#include <QDate>
#include <QList>
#include <optional>

namespace cx {

struct Measurement {
    QDate date;
    double value = 0;
    QString note;

    bool operator==(const Measurement &) const = default;
};

// A measure of the experience. title is the metric's name. Metrics link to the moments and
// elements they measure and to the higher metrics they drive.
struct Metric : NodeBase {
    MetricKind kind = MetricKind::Custom;
    MetricLevel level = MetricLevel::Operational;
    QString unit;
    std::optional<double> target;
    Direction direction = Direction::HigherIsBetter;
    QString owner;
    QList<Measurement> measurements; // ordered by date

    bool operator==(const Metric &) const = default;
};

} // namespace cx
