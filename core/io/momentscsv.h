// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <optional>

namespace cx {

// The moments of a workspace (or of one journey) as CSV, one row each, for spreadsheets:
// RFC 4180 (comma separated, CRLF line ends, a field quoted when it holds a comma, a quote,
// CR or LF, quotes doubled), UTF-8, a header row first. Rows in map order: journeys by title,
// then stage, lane and position. Lists (tags, linked elements and metrics) are joined by "; ".
class MomentsCsv
{
    Q_DECLARE_TR_FUNCTIONS(cx::MomentsCsv)

public:
    static QStringList header();
    // journey: only that journey's moments.
    static QByteArray write(const Workspace &workspace, const std::optional<Uid> &journey = std::nullopt);
    // One field quoted as RFC 4180 requires. Text that a spreadsheet would run as a formula
    // (starting with =, +, -, @, a tab or a CR, and not a plain number such as -2) gets a
    // leading apostrophe: names and notes now come from participants' phones too, and a cell
    // like =HYPERLINK(…) must open as text (OWASP's advice for CSV injection).
    static QString quoted(const QString &field);
    // Parses RFC 4180 text into rows of fields; *error names the line of a malformed quote.
    static std::optional<QList<QStringList>> parse(const QByteArray &csv, Result *error);
};

} // namespace cx
