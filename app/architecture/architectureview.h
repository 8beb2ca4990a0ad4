// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boxlistmodel.h"
#include "viewportpoolmodel.h"
#include "documentfollower.h"
#include "metrics/metricfacts.h"

#include "layout/architecturelayout.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

class Document;

// The Architecture view's controller: the layered picture of moments, elements and metrics
// (from core/layout) as a list model of boxes, the filters, the selection with its chain up
// and down, and the edits made there (add an element or metric, edit its fields, delete),
// each one undoable command on the workspace's document.
class ArchitectureView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY filterChanged)
    Q_PROPERTY(QString persona READ persona WRITE setPersona NOTIFY filterChanged)
    Q_PROPERTY(QString stage READ stage WRITE setStage NOTIFY filterChanged)
    Q_PROPERTY(bool mattersOnly READ mattersOnly WRITE setMattersOnly NOTIFY filterChanged)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList personas READ personas NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList stages READ stages NOTIFY layoutChanged)
    Q_PROPERTY(QAbstractItemModel *boxes READ boxes CONSTANT)
    // The boxes near the viewport: what the page makes delegates for, however large the picture.
    Q_PROPERTY(cx::ViewportPoolModel *visibleBoxes READ visibleBoxes CONSTANT)
    Q_PROPERTY(QVariantList layers READ layers NOTIFY layoutChanged)
    Q_PROPERTY(qreal lineOfVisibility READ lineOfVisibility NOTIFY layoutChanged)
    Q_PROPERTY(QRectF metricsColumn READ metricsColumn NOTIFY layoutChanged)
    Q_PROPERTY(QRectF notesColumn READ notesColumn NOTIFY layoutChanged)
    Q_PROPERTY(QStringList insightSources READ insightSources CONSTANT)
    Q_PROPERTY(qreal contentWidth READ contentWidth NOTIFY layoutChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY layoutChanged)
    Q_PROPERTY(int linkCount READ linkCount NOTIFY layoutChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY layoutChanged)
    Q_PROPERTY(QString selected READ selected WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(int chainSize READ chainSize NOTIFY selectionChanged)
    Q_PROPERTY(QStringList elementKinds READ elementKinds CONSTANT)
    Q_PROPERTY(QStringList metricKinds READ metricKinds CONSTANT)
    Q_PROPERTY(QStringList metricLevels READ metricLevels CONSTANT)

public:
    explicit ArchitectureView(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString journey() const { return text(m_filter.journey); }
    void setJourney(const QString &journey);
    QString persona() const { return text(m_filter.persona); }
    void setPersona(const QString &persona);
    QString stage() const { return text(m_filter.stage); }
    void setStage(const QString &stage);
    bool mattersOnly() const { return m_filter.mattersOnly; }
    void setMattersOnly(bool mattersOnly);
    QVariantList journeys() const;
    QVariantList personas() const;
    QVariantList stages() const;
    QAbstractItemModel *boxes() { return &m_boxes; }
    ViewportPoolModel *visibleBoxes() { return &m_visibleBoxes; }
    QVariantList layers() const;
    qreal lineOfVisibility() const { return m_layout.lineOfVisibility.value_or(-1); }
    QRectF metricsColumn() const { return m_layout.metricsColumn; }
    QRectF notesColumn() const { return m_layout.notesColumn; }
    QStringList insightSources() const;
    qreal contentWidth() const { return m_layout.size.width(); }
    qreal contentHeight() const { return m_layout.size.height(); }
    int linkCount() const { return int(m_layout.edges.size()); }
    QString summary() const;
    QString selected() const { return text(m_selected); }
    void select(const QString &uid);
    int chainSize() const { return int(m_chain.size()); }
    QStringList elementKinds() const;
    QStringList metricKinds() const;
    QStringList metricLevels() const;
    const ArchitectureLayout &layout() const { return m_layout; }
    const QSet<Uid> &chain() const { return m_chain; }

    // Every field of an element or metric, for the inspector; empty for anything else.
    Q_INVOKABLE QVariantMap item(const QString &uid) const;
    Q_INVOKABLE QString boxAt(qreal x, qreal y) const;
    // A box's rectangle in layout units, or an empty one.
    Q_INVOKABLE QRectF rectOf(const QString &uid) const;
    // Edits: each one undo step; empty or false (and the document's editFailed) when refused.
    Q_INVOKABLE QString addElement(const QString &kind);
    Q_INVOKABLE QString addMetric();
    Q_INVOKABLE QString addInsight();
    Q_INVOKABLE QString addOpportunity();
    Q_INVOKABLE bool setField(const QString &uid, const QString &field, const QVariant &value);
    Q_INVOKABLE bool removeSelected();
    // Linking, as LinkEditor does it: a drag from a onto b, or a pick in the inspector's search.
    Q_INVOKABLE bool link(const QString &a, const QString &b);
    Q_INVOKABLE bool unlink(const QString &a, const QString &b);
    Q_INVOKABLE QVariantList linksOf(const QString &uid) const;
    Q_INVOKABLE QVariantList candidates(const QString &uid, const QString &text) const;
    // The analyses of core/graph over the whole workspace (not only what the filters show):
    // gaps as {kind, heading, uid, itemKind, title, message}, in the report's order; systems
    // and processes by value as {uid, kind, title, value, moments, momentsThatMatter,
    // betweenness}; and what depends on one element or metric as {summary, moments, elements,
    // journeys, personas, metrics}, each a list of {uid, title, message, mattersMost}.
    Q_INVOKABLE QVariantList gaps() const;
    Q_INVOKABLE QVariantList ranking() const;
    // Opportunities by impact × value of the moments they improve ÷ effort, as
    // {uid, title, impact, effort, value, moments, score}.
    Q_INVOKABLE QVariantList opportunities() const;
    Q_INVOKABLE QVariantMap impact(const QString &uid) const;
    // Clears every filter, so that any item can be shown (a jump from the analysis).
    Q_INVOKABLE void showAll();

Q_SIGNALS:
    void workspaceChanged();
    void filterChanged();
    void layoutChanged();
    void selectionChanged();

private:
    static QString text(const Uid &uid);
    Document *document() const;
    void documentReplaced();
    void rebuild();
    void syncBoxes();

    DocumentFollower m_follower;
    ArchitectureFilter m_filter;
    ArchitectureLayout m_layout;
    BoxListModel m_boxes;
    // The metrics' status by month, as the Metrics view shows it: made as boxes ask, forgotten
    // when the workspace changes (not when the selection does).
    MetricFactsCache m_facts;
    ViewportPoolModel m_visibleBoxes;
    Uid m_selected;
    QSet<Uid> m_chain;
};

} // namespace cx
