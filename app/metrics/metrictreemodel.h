// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace cx {

struct Workspace;
class MetricFactsCache;

// What the tree shows: every field empty or null shows everything.
struct MetricFilter {
    Uid journey;     // metrics measuring a moment of this journey
    Uid persona;     // metrics measuring a moment of a journey the persona follows
    QString owner;
    QString status;  // name(MetricStatus)
    QString search;  // in the title or owner, case ignored

    bool isActive() const
    {
        return !journey.isNull() || !persona.isNull() || !owner.isEmpty() || !status.isEmpty()
               || !search.trimmed().isEmpty();
    }
    bool operator==(const MetricFilter &) const = default;
};

// One row of the flattened tree: a group heading, or a metric under the metric it drives.
struct MetricTreeRow {
    QString key;       // the path from the group down, unique per row
    Uid uid;           // null on a group heading
    Uid above;         // the metric this row drives, null at the top of a group
    QString heading;   // a group heading's text
    int depth = 0;
    bool hasChildren = false;
    bool expanded = true;
    bool inCycle = false;     // the metric is part of a Drives cycle
    bool cycleRepeat = false; // it appears again below itself: the cycle closes here
    QStringList alsoUnder;    // the other metrics it drives, by title

    bool operator==(const MetricTreeRow &) const = default;
};

// The metric hierarchy as a flattened tree for a ListView: strategic metrics at the top with
// what drives them below (a metric that drives two appears under both), then the metrics that
// drive nothing and are not strategic, with theirs. Metrics in a Drives cycle are flagged as
// `cxatlas check` finds them. rebuild() recomputes the rows; when their keys stay the same it
// reports dataChanged, else it resets the model. Values, status and trend are read from the
// facts cache when a row is asked for. The workspace and cache must outlive the next rebuild.
class MetricTreeModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, UidRole, IsGroupRole, DepthRole, TitleRole, LevelRole, LevelLabelRole,
        OwnerRole, LatestRole, StatusRole, StatusLabelRole, TrendRole, TrendLabelRole, TrendArrowRole,
        CorrelationRole, AlsoUnderRole, InCycleRole, CycleRepeatRole, HasChildrenRole, ExpandedRole,
        MatchesRole, // false on a row shown only to place the matches below it
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void rebuild(const Workspace *workspace, MetricFactsCache *facts, const MetricFilter &filter);
    const QList<MetricTreeRow> &rows() const { return m_rows; }
    int rowOf(const QString &key) const;
    // Collapses or expands the row with key; false when there is no such row with children.
    bool setExpanded(const QString &key, bool expanded);
    // Metrics that match the filter, by uid (every metric when none is set).
    const QSet<Uid> &matching() const { return m_matching; }

private:
    QList<MetricTreeRow> visibleRows() const;
    void show(QList<MetricTreeRow> rows);

    const Workspace *m_workspace = nullptr;
    MetricFactsCache *m_facts = nullptr;
    bool m_filtered = false;
    QList<MetricTreeRow> m_all;   // every row, expanded
    QList<MetricTreeRow> m_rows;  // those not under a collapsed row
    QSet<QString> m_collapsed;
    QSet<Uid> m_matching;
};

} // namespace cx
