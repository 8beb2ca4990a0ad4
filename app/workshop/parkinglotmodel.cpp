// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parkinglotmodel.h"

#include "document/document.h"
#include "workshop/workshopedits.h"

namespace cx {

ParkingLotModel::ParkingLotModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follower(this, [this] { refresh(); }, [this] { refresh(); })
{
}

void ParkingLotModel::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace)) {
        refresh();
        Q_EMIT workspaceChanged();
    }
}

QString ParkingLotModel::journey() const
{
    return m_journey.isNull() ? QString() : uidText(m_journey);
}

void ParkingLotModel::setJourney(const QString &journey)
{
    const Uid uid = uidFromText(journey);
    if (uid == m_journey)
        return;
    m_journey = uid;
    refresh();
    Q_EMIT journeyChanged();
}

// A lot holds a handful of notes: a reset per change is cheaper than diffing, and keeps QML's
// delegates in the lot's order.
void ParkingLotModel::refresh()
{
    const Document *doc = m_follower.document();
    QList<ParkingNote> notes = doc ? doc->workspace().parkingLotOf(m_journey) : QList<ParkingNote>();
    if (notes == m_notes)
        return;
    const int before = count();
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

int ParkingLotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ParkingLotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParkingNote &n = m_notes[index.row()];
    switch (role) {
    case UidRole: return uidText(n.uid);
    case TextRole:
    case Qt::DisplayRole: return n.title;
    case KindRole: return name(n.kind);
    case PositionRole: return n.position;
    default: return {};
    }
}

QHash<int, QByteArray> ParkingLotModel::roleNames() const
{
    return {{UidRole, "uid"}, {TextRole, "text"}, {KindRole, "kind"}, {PositionRole, "position"}};
}

QString ParkingLotModel::park(const QString &text, const QString &kind)
{
    Document *doc = m_follower.document();
    Uid created;
    if (!doc || !WorkshopEdits(*doc).park(m_journey, text, fromName<ParkingKind>(kind).value_or(ParkingKind::Idea), &created))
        return {};
    return uidText(created);
}

bool ParkingLotModel::toMoment(const QString &note, const QString &stage, const QString &lane, int position)
{
    Document *doc = m_follower.document();
    return doc && WorkshopEdits(*doc).noteToMoment(uidFromText(note), uidFromText(stage), uidFromText(lane), position);
}

bool ParkingLotModel::toInsight(const QString &note)
{
    Document *doc = m_follower.document();
    return doc && WorkshopEdits(*doc).noteToInsight(uidFromText(note));
}

bool ParkingLotModel::toOpportunity(const QString &note)
{
    Document *doc = m_follower.document();
    return doc && WorkshopEdits(*doc).noteToOpportunity(uidFromText(note));
}

bool ParkingLotModel::move(const QString &note, int position)
{
    Document *doc = m_follower.document();
    return doc && WorkshopEdits(*doc).moveNote(uidFromText(note), position);
}

bool ParkingLotModel::remove(const QString &note)
{
    Document *doc = m_follower.document();
    return doc && doc->remove({uidFromText(note)});
}

} // namespace cx
