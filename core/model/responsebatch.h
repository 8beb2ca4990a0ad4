// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "nodebase.h"
#include "uid.h"

#include <QList>
#include <QStringList>
#include <utility>

namespace cx {

// Raw survey responses, one column per field, so a million of them stay compact and are
// copied by reference (implicitly shared lists) when edits and undo carry them around.
// Row k is (days[k], scores[k], moments[k], segments[k]); moment and segment are indices into
// momentUids and segmentNames, or -1 when the response names none.
struct Responses {
    QList<qint64> days;      // QDate::toJulianDay()
    QList<double> scores;
    QList<qint32> moments;
    QList<qint32> segments;
    QList<Uid> momentUids;   // each once
    QStringList segmentNames; // each once

    qsizetype size() const { return days.size(); }
    bool operator==(const Responses &) const = default;
};

// The fixed range of each scale; Custom's default (0–10), which the user changes.
constexpr std::pair<double, double> fixedRange(ResponseScale scale)
{
    switch (scale) {
    case ResponseScale::Nps: return {0, 10};
    case ResponseScale::Csat:
    case ResponseScale::Ces5: return {1, 5};
    case ResponseScale::Ces7: return {1, 7};
    case ResponseScale::Custom: break;
    }
    return {0, 10};
}

// One import of survey responses into a metric (title: the source file's name; created: when
// it was imported). Not linkable: batches and their responses live in their own tables, and
// removing the metric removes them.
struct ResponseBatch : NodeBase {
    Uid metric;
    ResponseScale scale = ResponseScale::Nps;
    double low = 0;   // the scale's range: fixed for NPS, CSAT and CES, chosen for Custom
    double high = 10;
    Responses responses;

    bool operator==(const ResponseBatch &) const = default;
};

} // namespace cx
