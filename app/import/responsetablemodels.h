// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/responsereader.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The first records of a file of survey responses as the mapping step shows them: good ones as
// read, bad ones as written with their problem. Replaced whole (a model reset) on each reading.
class ResponsePreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role { LineRole = Qt::UserRole + 1, DateRole, ScoreRole, MomentRole, SegmentRole, ProblemRole, BadRole };

    explicit ResponsePreviewModel(QObject *parent = nullptr);

    void setRows(const QList<PreviewRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<PreviewRow> m_rows;
};

// Every bad record of a file, by its line and reason; message is "line 12: the score “ten” is not
// a number". Replaced whole (a model reset) on each reading.
class BadResponseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role { LineRole = Qt::UserRole + 1, ReasonRole, MessageRole };

    explicit BadResponseModel(QObject *parent = nullptr);

    void setRows(const QList<BadResponse> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<BadResponse> m_rows;
};

} // namespace cx
