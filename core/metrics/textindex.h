// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <cstring>
#include <optional>

namespace cx {

// Texts seen so far, each with a number: a few are compared one by one, which beats hashing
// them; past linearLimit they are hashed. For the few distinct texts of a column of a million
// records (moments, segments).
class TextIndex
{
public:
    // QStringView's == and trimmed() are calls into Qt; a million records' short fields want
    // them inline, with the common case (no space at either end) first.
    static bool equal(QStringView a, QStringView b)
    {
        return a.size() == b.size()
            && std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0;
    }

    static QStringView trimmed(QStringView v)
    {
        if (v.isEmpty())
            return v;
        const char16_t first = v.front().unicode();
        const char16_t last = v.back().unicode();
        if (first > u' ' && first < 0x80 && last > u' ' && last < 0x80)
            return v;
        return v.trimmed();
    }

    std::optional<qint32> find(QStringView text) const
    {
        if (m_keys.size() <= linearLimit) {
            for (qsizetype i = 0; i < m_keys.size(); ++i) {
                if (equal(m_keys.at(i), text))
                    return m_values.at(i);
            }
            return std::nullopt;
        }
        const auto found = m_hash.constFind({ text });
        return found == m_hash.constEnd() ? std::nullopt : std::optional<qint32>(*found);
    }

    void insert(const QString &text, qint32 value)
    {
        m_keys.append(text);
        m_values.append(value);
        if (m_keys.size() == linearLimit + 1) {
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                m_hash.insert({ m_keys.at(i) }, m_values.at(i));
        } else if (m_keys.size() > linearLimit) {
            m_hash.insert({ m_keys.constLast() }, value);
        }
    }

private:
    struct Key {
        QStringView text;
        friend bool operator==(Key a, Key b) { return equal(a.text, b.text); }
        friend size_t qHash(Key key, size_t seed = 0) { return qHash(key.text, seed); }
    };

    static constexpr qsizetype linearLimit = 8;
    QStringList m_keys; // the hash's keys point into these, whose characters never move
    QList<qint32> m_values;
    QHash<Key, qint32> m_hash;
};

} // namespace cx
