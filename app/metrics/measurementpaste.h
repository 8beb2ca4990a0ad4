// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/metric.h"

#include <QCoreApplication>
#include <QLocale>

namespace cx {

// Reading measurements typed or pasted by a person: dates in ISO form (2025-01-31) or the
// locale's short format, values in the locale's or C notation, and rows copied from a
// spreadsheet (a date and a value separated by a tab, optionally a note).
class MeasurementPaste
{
    Q_DECLARE_TR_FUNCTIONS(cx::MeasurementPaste)

public:
    explicit MeasurementPaste(const QLocale &locale = QLocale()) : m_locale(locale) {}

    // An invalid date when text is neither form.
    QDate date(const QString &text) const;
    std::optional<double> value(const QString &text) const;
    // The locale's short date format, for messages and placeholders ("M/d/yy").
    QString dateFormat() const;

    // Every row of text; on the first bad line nothing, with *error naming the line and what
    // is wrong with it. Empty lines are skipped, and a first line of column headings too.
    std::optional<QList<Measurement>> rows(const QString &text, QString *error) const;

private:
    QLocale m_locale;
};

} // namespace cx
