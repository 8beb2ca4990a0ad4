// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricvalue.h"

#include <QLocale>
#include <cmath>

namespace cx {

QString metricValueText(double value, const QString &unit)
{
    const double size = std::abs(value);
    const int decimals = size >= 100 ? 0 : size >= 10 ? 1 : 2;
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    // 4.50 → 4.5, 12.0 → 12
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

} // namespace cx
