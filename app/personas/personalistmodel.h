// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvas/rowlistmodel.h"
#include "model/workspace.h"

#include <QColor>
#include <QDateTime>

namespace cx {

// What a gallery card shows of one persona.
struct PersonaRow {
    Uid uid;
    QString name;
    QString needState;
    QString quote;
    QByteArray photo;
    PersonaStatus status = PersonaStatus::Hypothesis;
    ValueTier valueTier = ValueTier::Medium;
    QDateTime modified;
    int journeyCount = 0;
    QString color; // PersonaPalette's

    bool operator==(const PersonaRow &) const = default;
};

// The workspace's personas, one row each, in no particular order (PersonaFilterModel sorts
// and filters them). sync() reports only the rows that changed.
class PersonaListModel : public RowListModel<PersonaRow>
{
    Q_OBJECT

public:
    enum Role {
        UidRole = Qt::UserRole + 1, NameRole, NeedStateRole, QuoteRole, PhotoRole, StatusRole,
        ValueTierRole, TierRankRole, ModifiedRole, JourneyCountRole, InitialsRole, AvatarColorRole,
    };

    using RowListModel::RowListModel;

    void syncFrom(const Workspace *workspace);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Up to two letters from the name's first words ("Busy switcher" → "BS").
    static QString initials(const QString &name);
};

} // namespace cx
