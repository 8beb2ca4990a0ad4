// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantlistmodel.h"

#include <QSet>

namespace cx {

ParticipantListModel::ParticipantListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ParticipantListModel::connectedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &p) { return p.connected; }));
}

QString ParticipantListModel::displayName(const LiveParticipantInfo &participant)
{
    if (!participant.name.isEmpty())
        return participant.name;
    // Ids are "p1", "p2", … (LiveParticipantInfo): the number is the order of joining.
    QString number = participant.id;
    number.remove(
        0, std::distance(number.cbegin(), std::find_if(number.cbegin(), number.cend(), [](QChar c) {
                             return c.isDigit();
                         })));
    return tr("Anonymous %1").arg(number.isEmpty() ? participant.id : number);
}

int ParticipantListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void ParticipantListModel::setParticipants(const QList<LiveParticipantInfo> &participants)
{
    QSet<QString> incoming;
    for (const auto &p : participants)
        incoming.insert(p.id);

    // Those who went, from the end so the rows before keep their numbers.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // The server lists people in the order they joined, so those who stayed are in the same
    // order as before and newcomers come after them; anything else (never expected) resets.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i >= participants.size() || participants.at(i).id != m_rows.at(i).id) {
            beginResetModel();
            m_rows = participants;
            endResetModel();
            Q_EMIT countChanged();
            return;
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!(participants.at(i) == m_rows.at(i))) {
            m_rows[i] = participants.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
    if (participants.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(participants.size()) - 1);
        for (qsizetype i = m_rows.size(); i < participants.size(); ++i)
            m_rows.append(participants.at(i));
        endInsertRows();
    }
    Q_EMIT countChanged();
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveParticipantInfo &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return displayName(p);
    case IdRole:
        return p.id;
    case NamedRole:
        return !p.name.isEmpty();
    case ConnectedRole:
        return p.connected;
    case UsedRole:
        return p.used;
    case DotsRole:
        return p.dots;
    case NotesRole:
        return p.notes;
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantListModel::roleNames() const
{
    return { { IdRole, "participantId" },    { NameRole, "name" }, { NamedRole, "named" },
             { ConnectedRole, "connected" }, { UsedRole, "used" }, { DotsRole, "dots" },
             { NotesRole, "notes" } };
}

} // namespace cx
