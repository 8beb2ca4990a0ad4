// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personafiltermodel.h"

#include "personalistmodel.h"

#include <QDateTime>

namespace cx {

PersonaFilterModel::PersonaFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &PersonaFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PersonaFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &PersonaFilterModel::countChanged);
}

void PersonaFilterModel::setSortKey(const QString &key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
    Q_EMIT sortKeyChanged();
}

void PersonaFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

void PersonaFilterModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
    Q_EMIT statusChanged();
    Q_EMIT countChanged();
}

QString PersonaFilterModel::uidAt(int row) const
{
    return index(row, 0).data(PersonaListModel::UidRole).toString();
}

bool PersonaFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && i.data(PersonaListModel::StatusRole).toString() != m_status)
        return false;
    const QString text = m_filterText.trimmed();
    if (text.isEmpty())
        return true;
    for (const int role : {PersonaListModel::NameRole, PersonaListModel::NeedStateRole, PersonaListModel::QuoteRole}) {
        if (i.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PersonaFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto byName = [&] {
        const int c = QString::localeAwareCompare(left.data(PersonaListModel::NameRole).toString(),
                                                  right.data(PersonaListModel::NameRole).toString());
        if (c != 0)
            return c < 0;
        return left.data(PersonaListModel::UidRole).toString() < right.data(PersonaListModel::UidRole).toString();
    };
    if (m_sortKey == u"status") {
        const QString a = left.data(PersonaListModel::StatusRole).toString();
        const QString b = right.data(PersonaListModel::StatusRole).toString();
        if (a != b)
            return a == u"hypothesis";
    } else if (m_sortKey == u"tier") {
        const int a = left.data(PersonaListModel::TierRankRole).toInt();
        const int b = right.data(PersonaListModel::TierRankRole).toInt();
        if (a != b)
            return a > b;
    } else if (m_sortKey == u"updated") {
        const QDateTime a = left.data(PersonaListModel::ModifiedRole).toDateTime();
        const QDateTime b = right.data(PersonaListModel::ModifiedRole).toDateTime();
        if (a != b)
            return a > b;
    }
    return byName();
}

} // namespace cx
