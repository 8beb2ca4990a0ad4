// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecturesheet.h"

#include "architecturepainter.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cx {

ArchitectureMetrics ArchitectureSheet::printMetrics(double keyWidth)
{
    // Three lines hold most names in the standard box; a longer one grows its layer's boxes up
    // to five lines (an 80-character name whole), and only what is longer still goes in the key.
    ArchitectureMetrics metrics;
    metrics.titleLines = 5;
    metrics.keyWidth = keyWidth;
    return metrics;
}

QSizeF ArchitectureSheet::pictureSize(const ArchitectureLayout &layout)
{
    return layout.size + QSizeF(2 * ArchitecturePainter::margin, 2 * ArchitecturePainter::margin);
}

ArchitectureSheet::ArchitectureSheet(const Workspace &workspace, const Uid &journey, QSizeF room, bool forTiles)
    : m_workspace(workspace), m_journey(journey)
{
    // The journey's moments in map order: stage, lane, position.
    QHash<Uid, int> stageAt, laneAt;
    for (const Stage &s : workspace.stagesOf(journey))
        stageAt.insert(s.uid, int(stageAt.size()));
    for (const Lane &l : workspace.lanesOf(journey))
        laneAt.insert(l.uid, int(laneAt.size()));
    QList<const Moment *> moments;
    for (const Moment &m : workspace.moments) {
        if (m.journey == journey)
            moments.append(&m);
    }
    std::sort(moments.begin(), moments.end(), [&](const Moment *a, const Moment *b) {
        return std::make_tuple(stageAt.value(a->stage), laneAt.value(a->lane), a->position, a->uid)
             < std::make_tuple(stageAt.value(b->stage), laneAt.value(b->lane), b->position, b->uid);
    });
    m_moments = int(moments.size());

    QSet<Uid> linkedSet;
    for (const Link &link : workspace.links) {
        if (link.relation == Relation::Uses && workspace.moments.value(link.from).journey == journey)
            linkedSet.insert(link.from);
        else if (link.relation == Relation::Measures && workspace.moments.value(link.to).journey == journey)
            linkedSet.insert(link.to);
    }
    m_linked = int(linkedSet.size());
    if (m_linked == 0)
        return;

    // The whole picture when it can be read on one page: only worth computing when the moments'
    // row alone is narrow enough.
    const ArchitectureMetrics metrics = printMetrics();
    const double pitch = metrics.boxWidth + metrics.gapX;
    const double rowWidth = metrics.labelWidth + m_moments * pitch + 2 * ArchitecturePainter::margin;
    if (forTiles || rowWidth * minScale <= room.width()) {
        ArchitectureFilter filter;
        filter.journey = journey;
        ArchitectureLayout layout = ArchitectureLayout::compute(workspace, filter, metrics);
        const QSizeF size = pictureSize(layout);
        const double fit = std::min(room.width() / size.width(), room.height() / size.height());
        if (forTiles || fit >= minScale) {
            m_whole = true;
            m_bands.append(Band{nullptr, std::move(layout), 1, m_linked, std::min(fit, maxScale)});
            return;
        }
    }

    QList<Uid> linked;
    for (const Moment *m : std::as_const(moments)) {
        if (linkedSet.contains(m->uid))
            linked.append(m->uid);
    }
    // Links by record, both ends, except a metric's: a metric measures hundreds of records, and
    // a band finds its Measures links from the records measured; Drives links by the driver.
    for (const Link &link : workspace.links) {
        if (link.relation == Relation::Drives) {
            m_drivesOf[link.from].append(link);
            continue;
        }
        m_linksOf[link.from].append(link);
        m_linksOf[link.to].append(link);
    }
    planBands(linked, room);
}

void ArchitectureSheet::planBands(const QList<Uid> &linked, QSizeF room)
{
    // The key runs across the page: a band of long names keeps it to a few lines.
    const ArchitectureMetrics metrics = printMetrics(room.width() / bandScale - 2 * ArchitecturePainter::margin);
    const double pitch = metrics.boxWidth + metrics.gapX;
    // As many moments as a row holds at the band scale beside a metrics and a notes column;
    // the bands then share the moments evenly, so the last is not a stub.
    const double columns = 2 * (metrics.boxWidth + metrics.metricsGap);
    const double units = room.width() / bandScale - 2 * ArchitecturePainter::margin - metrics.labelWidth - columns;
    const int perRow = std::max(1, int(std::floor((units + metrics.gapX) / pitch)));

    ArchitectureFilter filter;
    filter.journey = m_journey;
    // Each band takes as many moments as fit at the band scale: start from what the moments'
    // row allows, add what the picture leaves room for, and step back when its elements or
    // metrics make it too big.
    int guess = perRow;
    for (int first = 0; first < linked.size();) {
        // Neighbouring bands are alike: start from one more than the last band took.
        int n = std::min(guess, int(linked.size()) - first);
        std::optional<Band> best;
        double bestFit = 0;
        for (int attempt = 0; attempt < 8; ++attempt) {
            auto records = recordsOf(linked.mid(first, n));
            ArchitectureLayout layout = ArchitectureLayout::compute(*records, filter, metrics);
            const QSizeF size = pictureSize(layout);
            const double fit = std::min(room.width() / size.width(), room.height() / size.height());
            if (fit >= bandScale || n == 1 || !best) {
                if (!best || fit >= bandScale) {
                    best = Band{std::move(records), std::move(layout), first + 1, first + n, 0};
                    bestFit = fit;
                }
            }
            if (fit >= bandScale) {
                // Room left beside the boxes (the key spans the page whatever the band holds).
                double right = 0;
                for (const ArchitectureLayout::Box &box : std::as_const(best->layout.boxes))
                    right = std::max(right, box.rect.right());
                const double used = right + 2 * ArchitecturePainter::margin;
                const int extra = int(std::floor((room.width() / bandScale - used) / pitch));
                if (extra < 1 || first + n >= linked.size())
                    break;
                n = std::min(n + extra, int(linked.size()) - first);
            } else if (bestFit >= bandScale || n == 1) {
                break;
            } else {
                n = std::max(1, n - std::max(1, n / 4));
            }
        }
        best->scale = bestFit;
        guess = best->lastMoment - first + 1;
        first = best->lastMoment;
        m_bands.append(std::move(*best));
    }
    // One scale for every band, so the pages match, unless a band too big for it (one moment
    // that reaches a great deal) must be smaller to fit the page.
    for (Band &band : m_bands)
        band.scale = std::min(bandScale, band.scale);
}

std::shared_ptr<const Workspace> ArchitectureSheet::recordsOf(const QList<Uid> &moments) const
{
    auto records = std::make_shared<Workspace>();
    Workspace &r = *records;
    const Workspace &w = m_workspace;
    r.journeys.insert(m_journey, w.journeys.value(m_journey));
    for (const Uid &uid : moments) {
        const Moment &m = w.moments[uid];
        r.moments.insert(uid, m);
        r.stages.insert(m.stage, w.stages.value(m.stage));
        r.lanes.insert(m.lane, w.lanes.value(m.lane));
    }
    // What the moments use and what that depends on, transitively.
    QList<Uid> queue = moments;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        for (const Link &link : m_linksOf.value(queue[i])) {
            if (link.from != queue[i] || (link.relation != Relation::Uses && link.relation != Relation::DependsOn)
                || r.elements.contains(link.to) || !w.elements.contains(link.to))
                continue;
            r.elements.insert(link.to, w.elements[link.to]);
            queue.append(link.to);
        }
    }
    // The metrics that measure any of it and the notes about the moments; the metrics they
    // drive are left to the summary's roll-up, or a band's column would outgrow the page.
    for (const Uid &uid : std::as_const(queue)) {
        for (const Link &link : m_linksOf.value(uid)) {
            if (link.to != uid)
                continue;
            if (link.relation == Relation::Measures && w.metrics.contains(link.from))
                r.metrics.insert(link.from, w.metrics[link.from]);
            else if (link.relation == Relation::Explains && w.insights.contains(link.from))
                r.insights.insert(link.from, w.insights[link.from]);
            else if (link.relation == Relation::Improves && w.opportunities.contains(link.from))
                r.opportunities.insert(link.from, w.opportunities[link.from]);
        }
    }
    // Every link between the records kept, found from the side that has few.
    const auto linksBetween = [&](const auto &hash) {
        for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
            for (const Link &link : m_linksOf.value(it.key())) {
                if (r.contains(link.from) && r.contains(link.to))
                    r.links.insert(link);
            }
        }
    };
    linksBetween(r.moments);
    linksBetween(r.elements);
    for (auto it = r.metrics.cbegin(); it != r.metrics.cend(); ++it) {
        for (const Link &link : m_drivesOf.value(it.key())) {
            if (r.metrics.contains(link.to))
                r.links.insert(link);
        }
    }
    return records;
}

} // namespace cx
