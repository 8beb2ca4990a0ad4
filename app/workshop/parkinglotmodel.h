// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"
#include "workspacecontroller.h"
#include "model/parkingnote.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cx {

// One journey's parking lot for QML: its notes in order, and the edits that capture, reorder,
// convert and delete them (WorkshopEdits: each one saved, one undo step).
class ParkingLotModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY journeyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { UidRole = Qt::UserRole + 1, TextRole, KindRole, PositionRole };

    explicit ParkingLotModel(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString journey() const;
    void setJourney(const QString &journey);
    int count() const { return int(m_notes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // kind: "idea" or "question". The new note's uid, or "" when refused (the workspace says why).
    Q_INVOKABLE QString park(const QString &text, const QString &kind);
    Q_INVOKABLE bool toMoment(const QString &note, const QString &stage, const QString &lane, int position);
    Q_INVOKABLE bool toInsight(const QString &note);
    Q_INVOKABLE bool toOpportunity(const QString &note);
    Q_INVOKABLE bool move(const QString &note, int position);
    Q_INVOKABLE bool remove(const QString &note);

Q_SIGNALS:
    void workspaceChanged();
    void journeyChanged();
    void countChanged();

private:
    void refresh();

    Uid m_journey;
    QList<ParkingNote> m_notes;
    DocumentFollower m_follower;
};

} // namespace cx
