// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/uid.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator64>
#include <QString>
#include <algorithm>
#include <array>
#include <optional>

namespace cx::soak {

// Everything random in a soak, from one seed, so that a seed repeats a run edit for edit.
// Records are picked in the order they were made, never by their ids or a hash's order,
// which differ from run to run.
class SoakRandom
{
public:
    // All 64 bits of the seed count (the plain constructor takes 32).
    explicit SoakRandom(quint64 seed) : m_generator(words(seed).data(), 2) {}

    int below(int n) { return n <= 0 ? 0 : m_generator.bounded(n); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    double real(double low, double high) { return low + (high - low) * m_generator.generateDouble(); }
    QDate date() { return QDate(2024, 1, 1).addDays(below(3 * 365)); }
    // Ids from the seed too: the order of a workspace's records by id then repeats.
    Uid uid();
    // Text as people type it, and as they should not: empty, accents, emoji, quotes, line
    // breaks, "%1", SQL, long.
    QString text();
    QString word();
    QString color();

    // One of choices (each with an int weight), as likely as its weight.
    template<typename C>
    const C &weighted(const QList<C> &choices)
    {
        int total = 0;
        for (const C &c : choices)
            total += c.weight;
        int roll = below(total);
        for (const C &c : choices) {
            if ((roll -= c.weight) < 0)
                return c;
        }
        return choices.constLast();
    }
    // A record made now: picked after those made before it.
    void remember(const Uid &uid) { m_serial.insert(uid, m_next++); }
    // One of records (those meeting keep), or nothing.
    template<typename T, typename Keep>
    std::optional<T> pick(const QHash<Uid, T> &records, Keep keep)
    {
        QList<const T *> candidates;
        for (const T &record : records) {
            if (keep(record))
                candidates.append(&record);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        std::sort(candidates.begin(), candidates.end(),
                  [this](const T *a, const T *b) { return serial(a->uid) < serial(b->uid); });
        return *candidates.at(below(int(candidates.size())));
    }
    template<typename T>
    std::optional<T> pick(const QHash<Uid, T> &records)
    {
        return pick(records, [](const T &) { return true; });
    }
    quint64 serial(const Uid &uid) const { return m_serial.value(uid, ~quint64(0)); }

private:
    static std::array<quint32, 2> words(quint64 seed) { return {quint32(seed), quint32(seed >> 32)}; }

    QRandomGenerator64 m_generator;
    QHash<Uid, quint64> m_serial;
    quint64 m_next = 0;
};

} // namespace cx::soak
