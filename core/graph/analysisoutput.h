// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cx {

struct GapReport;
struct ImpactReport;

// The gaps and impact reports as people read them (plain text, translated) and as programs
// read them (JSON; the keys and enumeration names are stable and documented in README.md under
// "Command line").
class AnalysisOutput
{
    Q_DECLARE_TR_FUNCTIONS(cx::AnalysisOutput)

public:
    static QString toText(const GapReport &report);
    static QJsonObject toJson(const GapReport &report);
    static QString toText(const ImpactReport &report);
    static QJsonObject toJson(const ImpactReport &report);
};

} // namespace cx
