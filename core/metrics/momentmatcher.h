// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace cx {

struct Workspace;

// Finds the moment a survey response names: by id, or by title with case and surrounding
// spaces ignored. A title that several moments share is ambiguous unless exactly one of them
// is measured by the metric the responses are for. Built once per import: lookups are hashed.
class MomentMatcher
{
    Q_DECLARE_TR_FUNCTIONS(cx::MomentMatcher)

public:
    explicit MomentMatcher(const Workspace &w, const Uid &metric = {});
    // The moment, or nothing with *why saying what is wrong.
    std::optional<Uid> match(const QString &text, QString *why) const;
    // match() as the callable ResponseReader takes; valid while this matcher lives.
    std::function<std::optional<Uid>(const QString &, QString *)> resolver() const;

private:
    QHash<Uid, bool> m_moments;             // every moment; true when the metric measures it
    QHash<QString, QList<Uid>> m_byTitle;   // case-folded, trimmed title → moments
};

} // namespace cx
