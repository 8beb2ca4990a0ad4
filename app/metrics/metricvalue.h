// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cx {

// A metric's value as the Metrics view writes it: in the user's locale, with as many decimals
// as its size needs (1,450; 86.2; 4.65), and the unit after it when there is one.
QString metricValueText(double value, const QString &unit = {});

} // namespace cx
