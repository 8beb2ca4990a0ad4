// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodebase.h"
#include "uid.h"

#include <QList>
#include <QStringList>

namespace cx {

// The answer scale of a survey question. It decides which scores are valid and how a period's
// responses become one figure: NPS (0–10: % promoters 9–10 − % detractors 0–6), CSAT (1–5:
// share of 4–5), CES (1–5 or 1–7: mean) and a custom numeric scale (mean).
enum class ResponseScale { Nps, Csat, Ces5, Ces7, Custom };

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
