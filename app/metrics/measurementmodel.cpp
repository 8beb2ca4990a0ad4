// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementmodel.h"

#include "measurementpaste.h"
#include "metricvalue.h"

#include "document/document.h"

#include <QClipboard>
#include <QGuiApplication>
#include <algorithm>

namespace cx {

int MeasurementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MeasurementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_rows.at(index.row());
    switch (role) {
    case DateRole: return m.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DateTextRole: return QLocale().toString(m.date, QLocale::ShortFormat);
    case ValueRole: return m.value;
    case ValueTextRole: return metricValueText(m.value);
    case NoteRole: return m.note;
    case SelectedRole: return m_selected.contains(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> MeasurementModel::roleNames() const
{
    return {{DateRole, "date"}, {DateTextRole, "dateText"}, {ValueRole, "value"},
            {ValueTextRole, "valueText"}, {NoteRole, "note"}, {SelectedRole, "selected"}};
}

void MeasurementModel::setMetric(Document *document, const Uid &metric)
{
    if (m_document == document && m_metric == metric)
        return;
    m_document = document;
    m_metric = metric;
    m_anchor = -1;
    clearMessage();
    beginResetModel();
    const Metric *m = current();
    m_rows = m ? m->measurements : QList<Measurement>();
    m_selected.clear();
    endResetModel();
    Q_EMIT selectionChanged();
}

void MeasurementModel::reload()
{
    const Metric *m = current();
    const QList<Measurement> fresh = m ? m->measurements : QList<Measurement>();
    if (fresh == m_rows)
        return;
    if (fresh.size() == m_rows.size()) {
        m_rows = fresh;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = fresh;
    m_selected.clear();
    m_anchor = -1;
    endResetModel();
    Q_EMIT selectionChanged();
}

void MeasurementModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QString MeasurementModel::dateFormat() const
{
    return MeasurementPaste().dateFormat();
}

const Metric *MeasurementModel::current() const
{
    if (!m_document || m_metric.isNull())
        return nullptr;
    const auto &metrics = m_document->workspace().metrics;
    const auto it = metrics.constFind(m_metric);
    return it == metrics.cend() ? nullptr : &*it;
}

bool MeasurementModel::save(QList<Measurement> measurements, const QString &mergeKey)
{
    const Metric *m = current();
    if (!m)
        return false;
    std::stable_sort(measurements.begin(), measurements.end(),
                     [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    if (measurements == m->measurements)
        return true;
    Metric after = *m;
    after.measurements = std::move(measurements);
    const Result r = m_document->update(after, mergeKey);
    if (!r)
        return refuse(r.message());
    clearMessage();
    reload();
    return true;
}

bool MeasurementModel::refuse(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
    return false;
}

void MeasurementModel::clearMessage()
{
    if (m_message.isEmpty())
        return;
    m_message.clear();
    Q_EMIT messageChanged();
}

bool MeasurementModel::setDate(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const MeasurementPaste reader;
    const QDate date = reader.date(text);
    if (!date.isValid())
        return refuse(tr("“%1” is not a date: write 2025-01-31 or %2.").arg(text.trimmed(), reader.dateFormat()));
    QList<Measurement> rows = m_rows;
    rows[row].date = date;
    return save(rows);
}

bool MeasurementModel::setValue(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const auto value = MeasurementPaste().value(text);
    if (!value)
        return refuse(tr("“%1” is not a number.").arg(text.trimmed()));
    QList<Measurement> rows = m_rows;
    rows[row].value = *value;
    return save(rows);
}

bool MeasurementModel::setNote(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QList<Measurement> rows = m_rows;
    rows[row].note = text.trimmed();
    return save(rows);
}

int MeasurementModel::add()
{
    if (!current())
        return -1;
    Measurement m;
    if (m_rows.isEmpty()) {
        m.date = QDate::currentDate();
    } else {
        // The next period after the last: a month by default, the usual step otherwise.
        const Measurement &last = m_rows.constLast();
        const qint64 step = m_rows.size() >= 2 ? m_rows[m_rows.size() - 2].date.daysTo(last.date) : 0;
        m.date = step > 0 && step < 28 ? last.date.addDays(step) : last.date.addMonths(1);
        if (step >= 28 && last.date.day() == last.date.daysInMonth())
            m.date = QDate(m.date.year(), m.date.month(), m.date.daysInMonth()); // month ends stay month ends
        m.value = last.value;
    }
    QList<Measurement> rows = m_rows;
    rows.append(m);
    if (!save(rows))
        return -1;
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows[i] == m) {
            setSelected({int(i)});
            m_anchor = int(i);
            return int(i);
        }
    }
    return -1;
}

bool MeasurementModel::removeSelected()
{
    if (m_selected.isEmpty())
        return false;
    QList<Measurement> rows;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_selected.contains(int(i)))
            rows.append(m_rows[i]);
    }
    return save(rows);
}

void MeasurementModel::select(int row, const QString &mode)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QSet<int> rows = m_selected;
    if (mode == u"toggle") {
        if (!rows.remove(row))
            rows.insert(row);
        m_anchor = row;
    } else if (mode == u"extend" && m_anchor >= 0) {
        rows.clear();
        for (int i = std::min(m_anchor, row); i <= std::max(m_anchor, row); ++i)
            rows.insert(i);
    } else {
        rows = {row};
        m_anchor = row;
    }
    setSelected(rows);
}

void MeasurementModel::clearSelection()
{
    setSelected({});
}

void MeasurementModel::setSelected(QSet<int> rows)
{
    if (rows == m_selected)
        return;
    const QSet<int> changed = (rows - m_selected) + (m_selected - rows);
    m_selected = std::move(rows);
    for (int row : changed)
        Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
    Q_EMIT selectionChanged();
}

bool MeasurementModel::paste(const QString &text)
{
    if (!current())
        return false;
    QString error;
    const auto pasted = MeasurementPaste().rows(text, &error);
    if (!pasted)
        return refuse(error);
    return save(m_rows + *pasted);
}

bool MeasurementModel::pasteClipboard()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return paste(clipboard ? clipboard->text() : QString());
}

} // namespace cx
