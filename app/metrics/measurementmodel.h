// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/metric.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace cx {

class Document;

// The measurements of one metric as rows of date, value and note, ordered by date, with the
// selected rows. Every edit (a cell, a new row, deleting rows, a paste) is one
// Document::update of the metric, so one undo step, saved at once; the rows follow when the
// owner calls reload() after the document changed. A refused edit changes nothing and sets
// message.
class MeasurementModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The Metrics view makes it")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(QString dateFormat READ dateFormat CONSTANT)

public:
    enum Role { DateRole = Qt::UserRole + 1, DateTextRole, ValueRole, ValueTextRole, NoteRole, SelectedRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The metric to show (a null uid or document shows nothing).
    void setMetric(Document *document, const Uid &metric);
    const Uid &metric() const { return m_metric; }
    // Reads the metric's measurements again.
    void reload();
    // Says every row changed: its dates and numbers are shown in the locale now the default.
    void retranslate();
    QString message() const { return m_message; }
    int selectedCount() const { return int(m_selected.size()); }
    QString dateFormat() const;

    Q_INVOKABLE bool setDate(int row, const QString &text);
    Q_INVOKABLE bool setValue(int row, const QString &text);
    Q_INVOKABLE bool setNote(int row, const QString &text);
    // A new row a period after the last one (today when there is none), with its value; returns
    // the row it went to, or -1.
    Q_INVOKABLE int add();
    Q_INVOKABLE bool removeSelected();
    // mode: "replace", "toggle" (Ctrl+click) or "extend" (Shift+click, from the last one chosen).
    Q_INVOKABLE void select(int row, const QString &mode = QStringLiteral("replace"));
    Q_INVOKABLE void clearSelection();
    // Rows of tab-separated date, value and optional note; all or nothing (see MeasurementPaste).
    Q_INVOKABLE bool paste(const QString &text);
    Q_INVOKABLE bool pasteClipboard();
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void messageChanged();
    void selectionChanged();

private:
    const Metric *current() const;
    bool save(QList<Measurement> measurements, const QString &mergeKey = {});
    bool refuse(const QString &message);
    void setSelected(QSet<int> rows);

    QPointer<Document> m_document;
    Uid m_metric;
    QList<Measurement> m_rows;
    QSet<int> m_selected;
    int m_anchor = -1;
    QString m_message;
};

} // namespace cx
