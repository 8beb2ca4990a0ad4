// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/liveparticipant.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The participants of a live session for the facilitator's panel, in the order they joined.
// ParticipantsController hands it the server's list after every change; it works out which
// rows came, went or changed, so a view keeps its scroll position and focus while people vote.
class ParticipantListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ParticipantsController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int connectedCount READ connectedCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole, // the display name, or "Anonymous 3" while they have none
        NamedRole, // whether they gave a name
        ConnectedRole,
        UsedRole, // dots used in the running round
        DotsRole, // dots each participant has in it (0: no round runs)
        NotesRole, // parking-lot notes added in this session
    };

    explicit ParticipantListModel(QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    int connectedCount() const;
    // What the panel calls a participant: their name, or "Anonymous N" (N from their id, so it
    // does not change when someone before them gives a name).
    static QString displayName(const LiveParticipantInfo &participant);

    void setParticipants(const QList<LiveParticipantInfo> &participants);
    const QList<LiveParticipantInfo> &participants() const { return m_rows; }
    // Row of the participant with id, or -1.
    Q_INVOKABLE int indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // count or connectedCount may have changed.
    void countChanged();

private:
    QList<LiveParticipantInfo> m_rows;
};

} // namespace cx
