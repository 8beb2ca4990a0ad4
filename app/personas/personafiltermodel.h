// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The gallery's order and filter over a PersonaListModel: sortKey "name", "status"
// (hypotheses first), "tier" (most valuable first) or "updated" (newest first), each then by
// name; filterText matches name, need state and quote, ignoring case; status "" shows all,
// "hypothesis" or "validated" one of them.
class PersonaFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PersonaGallery")
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortKeyChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit PersonaFilterModel(QObject *parent = nullptr);

    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    int count() const { return rowCount(); }
    // The uid of the row, or an empty string.
    Q_INVOKABLE QString uidAt(int row) const;

Q_SIGNALS:
    void sortKeyChanged();
    void filterTextChanged();
    void statusChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_sortKey = QStringLiteral("name");
    QString m_filterText;
    QString m_status;
};

} // namespace cx
