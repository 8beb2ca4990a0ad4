// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsechanges.h"

#include "model/labels.h"
#include "model/rules.h"

#include <QLocale>

namespace cx {

namespace {

QString scaleText(ResponseScale scale, double low, double high)
{
    return QStringLiteral("%1 (%2–%3)").arg(shortLabel(scale), QLocale().toString(low), QLocale().toString(high));
}

} // namespace

ChangeSet ResponseChanges::add(const Workspace &w, const ResponseImport &import, const QDateTime &when,
                               Result *error)
{
    const auto metric = w.metrics.constFind(import.metric);
    if (metric == w.metrics.cend()) {
        *error = Result::failure(ErrorCode::NotFound, tr("The metric to import responses into does not exist."));
        return {};
    }
    if (import.responses.size() == 0) {
        *error = Result::failure(ErrorCode::Invalid,
                                 tr("“%1” has no responses to import into “%2”.").arg(import.source, metric->title));
        return {};
    }
    for (const ResponseBatch &other : w.batchesOf(import.metric)) {
        if (other.scale != import.scale || other.low != import.low || other.high != import.high) {
            *error = Result::failure(
                ErrorCode::Invalid,
                //: %1: a metric; %2, %4: survey answer scales with their ranges, e.g. "nps (0–10)"; %3: a file
                tr("“%1” holds responses on the %2 scale (from “%3”); these are on the %4 scale. "
                   "Import them into another metric, or remove the earlier import first.")
                    .arg(metric->title, scaleText(other.scale, other.low, other.high), other.title,
                         scaleText(import.scale, import.low, import.high)));
            return {};
        }
    }
    ResponseBatch batch;
    batch.uid = QUuid::createUuid();
    batch.title = import.source;
    batch.created = batch.modified = when;
    batch.metric = import.metric;
    batch.scale = import.scale;
    batch.low = import.low;
    batch.high = import.high;
    batch.responses = import.responses;
    // The reader checks every row; the model's rules are the last guard before the file.
    if (Result r = Rules::checkNode(w, Node(batch)); !r) {
        *error = r;
        return {};
    }
    ChangeSet change;
    change.nodes.append({std::nullopt, Node(std::move(batch))});
    *error = Result::success();
    return change;
}

ChangeSet ResponseChanges::remove(const Workspace &w, const Uid &batch, Result *error)
{
    const auto found = w.responseBatches.constFind(batch);
    if (found == w.responseBatches.cend()) {
        *error = Result::failure(ErrorCode::NotFound, tr("That import of survey responses does not exist."));
        return {};
    }
    ChangeSet change;
    change.nodes.append({Node(*found), std::nullopt});
    *error = Result::success();
    return change;
}

QString ResponseChanges::addText(const Workspace &w, const ResponseImport &import)
{
    return tr("Import %n response(s) into “%1”", nullptr, int(import.responses.size()))
        .arg(w.metrics.value(import.metric).title);
}

std::optional<Uid> ResponseChanges::findMetric(const Workspace &w, const QString &idOrTitle, Result *error)
{
    const QString wanted = idOrTitle.trimmed();
    const Uid asUid = uidFromText(wanted);
    if (!asUid.isNull() && w.metrics.contains(asUid))
        return asUid;
    QList<const Metric *> found;
    for (const Metric &m : w.metrics) {
        if (m.title.compare(wanted, Qt::CaseInsensitive) == 0)
            found.append(&m);
    }
    if (found.size() == 1)
        return found.constFirst()->uid;
    if (found.isEmpty()) {
        *error = Result::failure(ErrorCode::NotFound, tr("No metric has the id or title “%1”.").arg(wanted));
        return std::nullopt;
    }
    QStringList candidates;
    for (const Metric *m : std::as_const(found))
        candidates.append(QStringLiteral("%1  “%2”").arg(uidText(m->uid), m->title));
    candidates.sort();
    *error = Result::failure(ErrorCode::NotFound, tr("“%1” names %n metric(s); give one of their ids:\n  %2",
                                                     nullptr, int(found.size()))
                                                      .arg(wanted, candidates.join(QStringLiteral("\n  "))));
    return std::nullopt;
}

} // namespace cx
