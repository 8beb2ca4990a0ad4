// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "motionsettings.h"
#include "presentationlayout.h"
#include "presentcardmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

class JourneyCanvas;
struct Workspace;

// Presentation mode (issue 12) over the journey the canvas shows: where the facilitator is
// (a stage in the spotlight, the overview, or the walk through the moments that matter), what
// the spotlight draws (PresentationLayout as models), and the mode's remembered choices
// (projector theme, screen, motion).
//
// It follows the canvas it is given, not a copy: every change of the document reaches the
// canvas's layout, and from there this controller, so an edit made in the main window shows
// on the projector at once. It never edits anything.
//
// Steps: next()/previous() move one stage, or one moment that matters during the walk; first()
// and last() go to the ends; jumpTo(n) shows stage n (from 1) in the spotlight.
// positionChanged() fires after every step, contentChanged() after every change of the
// journey (and positionChanged() with it, since titles and counts move with the content).
class PresentationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::JourneyCanvas *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(QString journeyTitle READ journeyTitle NOTIFY contentChanged)
    Q_PROPERTY(QAbstractItemModel *cards READ cards CONSTANT)
    // {uid, title, notes, x, overflow, number} per stage, in order.
    Q_PROPERTY(QVariantList columns READ columns NOTIFY contentChanged)
    // {title, column, x, y, width, height}: the lane names beside the spotlight's cards.
    Q_PROPERTY(QVariantList laneLabels READ laneLabels NOTIFY contentChanged)
    // {uid, title, curveColor, path, shown}: the emotion curves in strip units.
    Q_PROPERTY(QVariantList curves READ curves NOTIFY contentChanged)
    Q_PROPERTY(qreal stripWidth READ stripWidth NOTIFY contentChanged)
    Q_PROPERTY(int stageCount READ stageCount NOTIFY contentChanged)
    Q_PROPERTY(int stageIndex READ stageIndex WRITE setStageIndex NOTIFY positionChanged)
    Q_PROPERTY(QString stageTitle READ stageTitle NOTIFY positionChanged)
    Q_PROPERTY(QString stageNotes READ stageNotes NOTIFY positionChanged)
    Q_PROPERTY(QString nextStageTitle READ nextStageTitle NOTIFY positionChanged)
    // The current stage's moments for the presenter view: {uid, title, lane, evidence,
    // evidenceText, mattersMost}, in map order.
    Q_PROPERTY(QVariantList stageMoments READ stageMoments NOTIFY positionChanged)
    // Where the camera stands: the strip's x at the screen's left edge, in reference units.
    Q_PROPERTY(qreal cameraX READ cameraX NOTIFY positionChanged)
    Q_PROPERTY(bool overview READ overview WRITE setOverview NOTIFY positionChanged)
    Q_PROPERTY(bool mattersWalk READ mattersWalk WRITE setMattersWalk NOTIFY positionChanged)
    Q_PROPERTY(int mattersIndex READ mattersIndex NOTIFY positionChanged)
    Q_PROPERTY(int mattersCount READ mattersCount NOTIFY contentChanged)
    // Every moment that matters, in map order: {uid, title, notes, stage, lane, channel, owner,
    // evidence, evidenceText, emotion, hasEmotion, links: [{kind, heading, items: [title]}]}.
    Q_PROPERTY(QVariantList matters READ matters NOTIFY contentChanged)
    // "light" or "dark", remembered (QSettings present/theme).
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY settingsChanged)
    // The name of the screen to present on (QScreen::name), remembered (present/screen).
    Q_PROPERTY(QString screenName READ screenName WRITE setScreenName NOTIFY settingsChanged)
    // "system", "reduced" or "full" (see MotionSettings for where "system" looks).
    Q_PROPERTY(QString motion READ motion WRITE setMotion NOTIFY settingsChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion NOTIFY settingsChanged)
    Q_PROPERTY(QString motionSource READ motionSource NOTIFY settingsChanged)
    // How long a camera move takes: 350 ms, or 0 when motion is reduced.
    Q_PROPERTY(int cameraMs READ cameraMs NOTIFY settingsChanged)

public:
    static constexpr int cameraDurationMs = 350; // the issue allows at most 400

    explicit PresentationController(QObject *parent = nullptr);
    ~PresentationController() override;

    JourneyCanvas *canvas() const { return m_canvas; }
    void setCanvas(JourneyCanvas *canvas);
    QString journeyTitle() const;
    QAbstractItemModel *cards() { return &m_cards; }
    QVariantList columns() const { return m_columns; }
    QVariantList laneLabels() const { return m_laneLabels; }
    QVariantList curves() const { return m_curves; }
    qreal stripWidth() const { return m_layout.width; }
    int stageCount() const { return int(m_layout.columns.size()); }
    int stageIndex() const { return m_stage; }
    void setStageIndex(int index);
    QString stageTitle() const;
    QString stageNotes() const;
    QString nextStageTitle() const;
    QVariantList stageMoments() const;
    qreal cameraX() const { return PresentationLayout::cameraX(m_stage); }
    bool overview() const { return m_overview; }
    void setOverview(bool on);
    bool mattersWalk() const { return m_walk; }
    void setMattersWalk(bool on);
    int mattersIndex() const { return m_matter; }
    int mattersCount() const { return int(m_matters.size()); }
    QVariantList matters() const { return m_matters; }
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    QString screenName() const { return m_screenName; }
    void setScreenName(const QString &name);
    QString motion() const { return m_motion.preference(); }
    void setMotion(const QString &motion) { m_motion.setPreference(motion); }
    bool reducedMotion() const { return m_motion.reduced(); }
    QString motionSource() const { return m_motion.source(); }
    int cameraMs() const { return reducedMotion() ? 0 : cameraDurationMs; }

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void first();
    Q_INVOKABLE void last();
    Q_INVOKABLE void jumpTo(int number);
    Q_INVOKABLE void toggleOverview() { setOverview(!m_overview); }
    Q_INVOKABLE void toggleMattersWalk() { setMattersWalk(!m_walk); }
    Q_INVOKABLE void toggleTheme() { setTheme(m_theme == u"dark" ? QStringLiteral("light") : QStringLiteral("dark")); }

Q_SIGNALS:
    void canvasChanged();
    void contentChanged();
    void positionChanged();
    void settingsChanged();

private:
    const Workspace *workspace() const;
    void rebuild();
    void showMatter(int index);
    QVariantList mattersOf(const Workspace &w) const;

    QPointer<JourneyCanvas> m_canvas;
    PresentationLayout m_layout;
    PresentCardModel m_cards;
    QVariantList m_columns;
    QVariantList m_laneLabels;
    QVariantList m_curves;
    QVariantList m_matters;
    int m_stage = 0;
    int m_matter = 0;
    bool m_overview = false;
    bool m_walk = false;
    QString m_theme;
    QString m_screenName;
    MotionSettings m_motion;
};

} // namespace cx
