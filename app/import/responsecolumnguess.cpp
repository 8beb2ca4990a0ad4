// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsecolumnguess.h"

#include <algorithm>

namespace cx {

namespace {

// Whether a header name is about a role: one of its words starts with a single-word hint, or
// it holds a hint of several words ("customer type"). Case and punctuation are ignored.
bool hints(const QString &name, std::initializer_list<const char16_t *> words)
{
    QString plain = name.toCaseFolded();
    for (QChar &c : plain) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    const QStringList parts = plain.split(u' ', Qt::SkipEmptyParts);
    plain = parts.join(u' ');
    for (const char16_t *hint : words) {
        const QString h = QString::fromUtf16(hint);
        if (h.contains(u' ') ? plain.contains(h)
                             : std::any_of(parts.cbegin(), parts.cend(), [&h](const QString &p) { return p.startsWith(h); }))
            return true;
    }
    return false;
}

} // namespace

ResponseColumns guessColumns(const QStringList &header)
{
    ResponseColumns guess;
    QList<bool> taken(header.size(), false);
    auto pick = [&](int *column, std::initializer_list<const char16_t *> words) {
        for (int i = 0; i < header.size(); ++i) {
            if (!taken.at(i) && hints(header.at(i), words)) {
                *column = i;
                taken[i] = true;
                return;
            }
        }
    };
    pick(&guess.date, {u"date", u"datum", u"submitted", u"time", u"created", u"responded", u"completed", u"day", u"when"});
    pick(&guess.score, {u"score", u"rating", u"nps", u"csat", u"ces", u"effort", u"bewertung", u"recommend", u"answer"});
    pick(&guess.moment, {u"moment", u"touchpoint", u"touch point", u"step", u"kontaktpunkt", u"interaction"});
    pick(&guess.segment, {u"segment", u"persona", u"customer type", u"kundentyp", u"plan", u"tier", u"cohort", u"group"});
    return guess;
}

} // namespace cx
