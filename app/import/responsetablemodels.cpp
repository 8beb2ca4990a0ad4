// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsetablemodels.h"

namespace cx {

ResponsePreviewModel::ResponsePreviewModel(QObject *parent) : QAbstractListModel(parent) {}

void ResponsePreviewModel::setRows(const QList<PreviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ResponsePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResponsePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &row = m_rows.at(index.row());
    switch (role) {
    case LineRole: return row.row;
    case Qt::DisplayRole:
    case DateRole: return row.date;
    case ScoreRole: return row.score;
    case MomentRole: return row.moment;
    case SegmentRole: return row.segment;
    case ProblemRole: return row.problem;
    case BadRole: return !row.problem.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> ResponsePreviewModel::roleNames() const
{
    return {{LineRole, "line"},       {DateRole, "date"},       {ScoreRole, "score"}, {MomentRole, "moment"},
            {SegmentRole, "segment"}, {ProblemRole, "problem"}, {BadRole, "bad"}};
}

BadResponseModel::BadResponseModel(QObject *parent) : QAbstractListModel(parent) {}

void BadResponseModel::setRows(const QList<BadResponse> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BadResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BadResponseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BadResponse &bad = m_rows.at(index.row());
    switch (role) {
    case LineRole: return bad.row;
    case ReasonRole: return bad.reason;
    case Qt::DisplayRole:
    case MessageRole: return tr("line %1: %2").arg(bad.row).arg(bad.reason);
    default: return {};
    }
}

QHash<int, QByteArray> BadResponseModel::roleNames() const
{
    return {{LineRole, "line"}, {ReasonRole, "reason"}, {MessageRole, "message"}};
}

} // namespace cx
