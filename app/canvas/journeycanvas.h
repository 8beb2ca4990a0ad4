// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bandlistmodel.h"
#include "cardlistmodel.h"
#include "curvelistmodel.h"
#include "pointlistmodel.h"
#include "viewportpoolmodel.h"
#include "documentfollower.h"
#include "layout/journeylayout.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace cx {

class Document;


// One journey on the canvas: its geometry (from core/layout) as list models for QML to draw,
// the selection, and every edit a designer makes there, each one undoable command on the
// workspace's document. Rebuilds its models after each change of the document; the models
// report only the rows that changed.
class JourneyCanvas : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY journeyChanged)
    Q_PROPERTY(QString journeyTitle READ journeyTitle NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY journeysChanged)
    Q_PROPERTY(QStringList personas READ personas NOTIFY layoutChanged)
    Q_PROPERTY(QAbstractItemModel *stages READ stages CONSTANT)
    Q_PROPERTY(QAbstractItemModel *lanes READ lanes CONSTANT)
    Q_PROPERTY(QAbstractItemModel *cards READ cards CONSTANT)
    Q_PROPERTY(cx::ViewportPoolModel *visibleCards READ visibleCards CONSTANT)
    Q_PROPERTY(QAbstractItemModel *curves READ curves CONSTANT)
    Q_PROPERTY(cx::ViewportPoolModel *visiblePoints READ visiblePoints CONSTANT)
    Q_PROPERTY(qreal contentWidth READ contentWidth NOTIFY layoutChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY layoutChanged)
    Q_PROPERTY(QRectF curveArea READ curveArea NOTIFY layoutChanged)
    Q_PROPERTY(qreal visibilityLine READ visibilityLine NOTIFY layoutChanged)
    Q_PROPERTY(qreal stageHeaderHeight READ stageHeaderHeight CONSTANT)
    Q_PROPERTY(qreal laneHeaderWidth READ laneHeaderWidth CONSTANT)
    Q_PROPERTY(int momentCount READ momentCount NOTIFY layoutChanged)
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(QString current READ current NOTIFY selectionChanged)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY clipboardChanged)
    Q_PROPERTY(QStringList laneKinds READ laneKinds CONSTANT)
    Q_PROPERTY(QStringList evidenceLevels READ evidenceLevels CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY layoutChanged)
    Q_PROPERTY(QString compareJourney READ compareJourney WRITE setCompareJourney NOTIFY compareChanged)
    Q_PROPERTY(QString comparePath READ comparePath NOTIFY compareChanged)

public:
    explicit JourneyCanvas(QObject *parent = nullptr);
    ~JourneyCanvas() override;

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString journey() const;
    void setJourney(const QString &journey);
    QString journeyTitle() const;
    QVariantList journeys() const;
    QStringList personas() const;
    QAbstractItemModel *stages() { return &m_stages; }
    QAbstractItemModel *lanes() { return &m_lanes; }
    QAbstractItemModel *cards() { return &m_cards; }
    ViewportPoolModel *visibleCards() { return &m_visible; }
    QAbstractItemModel *curves() { return &m_curves; }
    ViewportPoolModel *visiblePoints() { return &m_visiblePoints; }
    qreal contentWidth() const { return m_layout.size.width(); }
    qreal contentHeight() const { return m_layout.size.height(); }
    QRectF curveArea() const { return m_layout.curveArea; }
    qreal visibilityLine() const { return m_layout.lineOfVisibility.value_or(-1); }
    qreal stageHeaderHeight() const { return m_layout.metrics.stageHeaderHeight; }
    qreal laneHeaderWidth() const { return m_layout.metrics.laneHeaderWidth; }
    int momentCount() const { return int(m_layout.cards.size()); }
    QStringList selection() const;
    QString current() const { return m_current.isNull() ? QString() : uidText(m_current); }
    bool canPaste() const;
    QStringList laneKinds() const;
    QStringList evidenceLevels() const;
    const JourneyLayout &layout() const { return m_layout; }
    int revision() const { return m_revision; }
    QString compareJourney() const;
    void setCompareJourney(const QString &journey);
    QString comparePath() const { return m_comparePath; }

    // Selection. mode: "replace", "toggle" (ctrl-click) or "extend" (shift-click: the cards
    // from the current one to this one, in map order, become the selection).
    Q_INVOKABLE void select(const QString &moment, const QString &mode = QStringLiteral("replace"));
    Q_INVOKABLE void selectRect(const QRectF &rect, bool add);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    // Makes the rows again in the language now installed (the journey-wide curve's name).
    Q_INVOKABLE void retranslate() { syncModels(); }
    // Moves the current card to its neighbour: "left", "right", "up", "down".
    Q_INVOKABLE void selectNeighbour(const QString &direction);
    // Selects moments whose text contains text; returns how many.
    Q_INVOKABLE int find(const QString &text);
    Q_INVOKABLE QRectF cardRect(const QString &moment) const;
    // Whether a card lies in rect (map units), e.g. under the minimap.
    Q_INVOKABLE bool anyCardIn(const QRectF &rect) const { return !m_layout.cardsIn(rect).isEmpty(); }
    // {stage, lane, position} under the point, or an empty map.
    Q_INVOKABLE QVariantMap slotAt(qreal x, qreal y) const;
    Q_INVOKABLE int scoreAt(qreal y) const { return m_layout.scoreAt(y); }
    Q_INVOKABLE int columnAt(qreal x) const { return m_layout.columnAt(x); }
    Q_INVOKABLE int rowAt(qreal y) const { return m_layout.rowAt(y); }
    // The zoom and scroll position last used for this journey ({zoom, x, y}), and saving them.
    Q_INVOKABLE QVariantMap viewState() const;
    Q_INVOKABLE void saveViewState(qreal zoom, qreal x, qreal y) const;
    // Every field of a moment, for the inspector.
    Q_INVOKABLE QVariantMap moment(const QString &moment) const;

    // Edits: each is one undo step; false (and the document's editFailed) when refused.
    Q_INVOKABLE QString addMoment(const QString &stage, const QString &lane, int position, const QString &title);
    Q_INVOKABLE bool addMomentAt(qreal x, qreal y);
    Q_INVOKABLE bool setMomentField(const QString &moment, const QString &field, const QVariant &value);
    // Moves the selected cards to a slot of the map as slotAt() gives it (counted with the
    // moving cards still in place, as the user sees the cell while dragging).
    Q_INVOKABLE bool moveSelection(const QString &stage, const QString &lane, int position);
    // The keyboard's move: the selected cards to the end of the cell beside the current card's
    // ("left", "right": the stage before or after; "up", "down": the lane above or below).
    // False at the map's edge or with nothing selected.
    Q_INVOKABLE bool moveSelectionBy(const QString &direction);
    Q_INVOKABLE QString addJourney(const QString &title);
    Q_INVOKABLE bool setEmotion(const QString &moment, const QString &persona, int score, bool gesture);
    Q_INVOKABLE bool deleteSelection();
    Q_INVOKABLE bool duplicateSelection();
    Q_INVOKABLE bool copySelection();
    Q_INVOKABLE bool cutSelection();
    Q_INVOKABLE bool paste();
    Q_INVOKABLE QString addStage(const QString &title, int position);
    Q_INVOKABLE QString addLane(const QString &title, const QString &kind, int position);
    Q_INVOKABLE bool renameBand(const QString &stageOrLane, const QString &title);
    Q_INVOKABLE bool moveBand(const QString &stageOrLane, int position);
    Q_INVOKABLE bool resizeBand(const QString &stageOrLane, qreal size, bool gesture);
    Q_INVOKABLE bool setLaneKind(const QString &lane, const QString &kind);
    Q_INVOKABLE bool deleteBand(const QString &stageOrLane);
    Q_INVOKABLE void setCurveShown(const QString &persona, bool shown);
    // A moment's links to the CX architecture, for the inspector (see LinkEditor).
    Q_INVOKABLE bool link(const QString &a, const QString &b);
    Q_INVOKABLE bool unlink(const QString &a, const QString &b);
    Q_INVOKABLE QVariantList linksOf(const QString &uid) const;
    Q_INVOKABLE QVariantList candidates(const QString &uid, const QString &text) const;

Q_SIGNALS:
    void workspaceChanged();
    void journeyChanged();
    void journeysChanged();
    void layoutChanged();
    void selectionChanged();
    void clipboardChanged();
    void compareChanged();

private:
    Document *document() const;
    void documentReplaced();
    void rebuild();
    void syncModels();
    bool insertMoments(QList<Moment> moments, const Uid &stage, const Uid &lane, int position, const QString &text);
    QList<Moment> selectedMoments() const;

    DocumentFollower m_follower;
    Uid m_journey;
    JourneyLayout m_layout;
    BandListModel m_stages;
    BandListModel m_lanes;
    CardListModel m_cards;
    ViewportPoolModel m_visible;
    CurveListModel m_curves;
    PointListModel m_points;
    ViewportPoolModel m_visiblePoints;
    QSet<Uid> m_selection;
    Uid m_current;
    QSet<Uid> m_hiddenCurves;
    int m_revision = 0;
    Uid m_compare;
    QString m_comparePath;
};

} // namespace cx
