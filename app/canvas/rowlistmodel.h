// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QAbstractListModel>
#include <QHash>
#include <QRectF>

namespace cx {

// A model whose rows have a rectangle on the map, read without QVariants by the viewport filter.
class RectSource
{
public:
    virtual ~RectSource() = default;
    virtual QRectF rectOf(int row) const = 0;
};

// A list model of rows keyed by uid, brought up to date with sync(): rows that went are
// removed, new ones appended, and changed ones reported with dataChanged. The order of rows
// means nothing (the canvas places items by their geometry roles), so a change of one card
// touches one row, and views keep their delegates. Row needs uid and operator==.
template<typename Row>
class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    int indexOf(const Uid &uid) const { return int(m_index.value(uid, -1)); }

    void sync(const QList<Row> &fresh)
    {
        QHash<Uid, qsizetype> wanted;
        wanted.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            wanted.insert(fresh[i].uid, i);
        // Rows that went, removed from the end in runs of neighbours.
        for (qsizetype last = m_rows.size() - 1; last >= 0; --last) {
            if (wanted.contains(m_rows[last].uid))
                continue;
            qsizetype first = last;
            while (first > 0 && !wanted.contains(m_rows[first - 1].uid))
                --first;
            beginRemoveRows({}, int(first), int(last));
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first;
        }
        reindex();
        QList<Row> added;
        for (const Row &row : fresh) {
            const qsizetype at = m_index.value(row.uid, -1);
            if (at < 0) {
                added.append(row);
            } else if (!(m_rows[at] == row)) {
                m_rows[at] = row;
                const QModelIndex changed = index(int(at));
                Q_EMIT dataChanged(changed, changed);
            }
        }
        // New rows arrive in one insertion: a journey of thousands of cards loads in one step.
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
            for (const Row &row : std::as_const(added)) {
                m_index.insert(row.uid, m_rows.size());
                m_rows.append(row);
            }
            endInsertRows();
        }
    }

protected:
    // A row to change in place; the caller reports the change with dataChanged.
    Row &rowRef(qsizetype i) { return m_rows[i]; }
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows[index.row()];
    }

private:
    void reindex()
    {
        m_index.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows[i].uid, i);
    }

    QList<Row> m_rows;
    QHash<Uid, qsizetype> m_index;
};

} // namespace cx
