// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"
#include "measurementmodel.h"
#include "metricfacts.h"
#include "metrictreemodel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The Metrics view's controller: the hierarchy as a tree with its filters, the selected metric
// (its definition, what it measures, its series for the chart at the chosen period size) and
// its measurements. Statistics are computed once per change of the workspace, and only while
// the view is active (a change made elsewhere marks them stale until it is shown again); the
// series only for the selected metric. Edits go through the Document: one undo step each.
class MetricsView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QAbstractItemModel *tree READ tree CONSTANT)
    Q_PROPERTY(cx::MeasurementModel *measurements READ measurements CONSTANT)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY filterChanged)
    Q_PROPERTY(QString persona READ persona WRITE setPersona NOTIFY filterChanged)
    Q_PROPERTY(QString owner READ owner WRITE setOwner NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY contentChanged)
    Q_PROPERTY(QVariantList personas READ personas NOTIFY contentChanged)
    Q_PROPERTY(QStringList owners READ owners NOTIFY contentChanged)
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList directions READ directions CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY contentChanged)
    // The row chosen in the tree (a metric under one parent) and its metric.
    Q_PROPERTY(QString selectedKey READ selectedKey WRITE selectKey NOTIFY selectionChanged)
    Q_PROPERTY(QString selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap metric READ metric NOTIFY metricChanged)
    Q_PROPERTY(QVariantList measured READ measured NOTIFY metricChanged)
    Q_PROPERTY(QString periodSize READ periodSize WRITE setPeriodSize NOTIFY periodSizeChanged)
    Q_PROPERTY(QVariantList series READ series NOTIFY metricChanged)
    Q_PROPERTY(QVariantMap chartRange READ chartRange NOTIFY metricChanged)

public:
    explicit MetricsView(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    bool active() const { return m_active; }
    void setActive(bool active);
    QAbstractItemModel *tree() { return &m_tree; }
    MetricTreeModel *treeModel() { return &m_tree; }
    MeasurementModel *measurements() { return &m_measurements; }
    QString journey() const;
    void setJourney(const QString &uid);
    QString persona() const;
    void setPersona(const QString &uid);
    QString owner() const { return m_filter.owner; }
    void setOwner(const QString &owner);
    QString status() const { return m_filter.status; }
    void setStatus(const QString &status);
    QString search() const { return m_filter.search; }
    void setSearch(const QString &text);
    QVariantList journeys() const;
    QVariantList personas() const;
    QStringList owners() const;
    QVariantList statuses() const;
    QVariantList kinds() const;
    QVariantList directions() const;
    QString summary() const;
    QString selectedKey() const { return m_selectedKey; }
    void selectKey(const QString &key);
    QString selected() const;
    QVariantMap metric() const;
    QVariantList measured() const;
    QString periodSize() const;
    void setPeriodSize(const QString &size);
    QVariantList series() const;
    QVariantMap chartRange() const;

    // Selects the first row showing the metric.
    Q_INVOKABLE bool selectMetric(const QString &uid);
    // Selects the metric on a row of the tree (false on a heading); the row above one in the
    // tree, or -1; the row of a key, or -1.
    Q_INVOKABLE bool selectRow(int row);
    Q_INVOKABLE int parentRow(int row) const;
    Q_INVOKABLE int rowOf(const QString &key) const { return m_tree.rowOf(key); }
    Q_INVOKABLE bool setExpanded(const QString &key, bool expanded);
    // Title, unit, target ("" for none), owner, direction, notes, kind; one undo step (typing
    // in one field merges).
    Q_INVOKABLE bool setField(const QString &field, const QVariant &value);
    Q_INVOKABLE void clearFilters();
    // Makes every row, figure and label again, in the language and locale now installed.
    Q_INVOKABLE void retranslate();

Q_SIGNALS:
    void workspaceChanged();
    void activeChanged();
    void filterChanged();
    void contentChanged();
    void selectionChanged();
    void metricChanged();
    void periodSizeChanged();

private:
    Document *document() const { return m_follower.document(); }
    const Metric *currentMetric() const;
    void documentChanged();
    void documentReplaced();
    void refresh();
    void setFilter(const MetricFilter &filter);
    // Forgets what was made of the selected metric and says that it changed.
    void metricUpdated();
    QVariantMap makeMetric() const;
    QVariantList makeMeasured() const;
    QVariantList makeSeries() const;
    QVariantMap makeChartRange() const;

    DocumentFollower m_follower;
    MetricTreeModel m_tree;
    MeasurementModel m_measurements;
    mutable MetricFactsCache m_facts; // filled as rows and the selection ask
    MetricFilter m_filter;
    QString m_selectedKey;
    Uid m_selected;
    mutable std::optional<QVariantMap> m_metricCache, m_rangeCache;
    mutable std::optional<QVariantList> m_measuredCache, m_seriesCache;
    bool m_active = true;
    bool m_stale = true;
};

} // namespace cx
