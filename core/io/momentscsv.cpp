// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentscsv.h"

#include <algorithm>

namespace cx {

namespace {

const QString listSeparator = QStringLiteral("; ");

QList<Journey> journeysInOrder(const Workspace &w, const std::optional<Uid> &only)
{
    QList<Journey> journeys;
    for (const Journey &j : w.journeys)
        if (!only || j.uid == *only)
            journeys.append(j);
    std::sort(journeys.begin(), journeys.end(), [](const Journey &a, const Journey &b) {
        return a.title != b.title ? a.title < b.title : uidText(a.uid) < uidText(b.uid);
    });
    return journeys;
}

} // namespace

QStringList MomentsCsv::header()
{
    // Column names are data, not interface text: stable, never translated.
    return {QStringLiteral("id"), QStringLiteral("journey"), QStringLiteral("stage"), QStringLiteral("lane"),
            QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("emotion"),
            QStringLiteral("importance"), QStringLiteral("moment that matters"), QStringLiteral("owner"),
            QStringLiteral("channel"), QStringLiteral("evidence"), QStringLiteral("tags"),
            QStringLiteral("linked elements"), QStringLiteral("linked metrics")};
}

QString MomentsCsv::quoted(const QString &field)
{
    QString f = field;
    if (!f.isEmpty() && QStringView(u"=+-@\t\r").contains(f.front())) {
        bool number = false;
        f.toDouble(&number);
        if (!number)
            f.prepend(u'\'');
    }
    if (!f.contains(u',') && !f.contains(u'"') && !f.contains(u'\n') && !f.contains(u'\r'))
        return f;
    f.replace(u'"', QStringLiteral("\"\""));
    return u'"' + f + u'"';
}

QByteArray MomentsCsv::write(const Workspace &w, const std::optional<Uid> &journey)
{
    // Titles of what each moment uses and of the metrics measuring it, sorted.
    QHash<Uid, QStringList> elements;
    QHash<Uid, QStringList> metrics;
    for (const Link &link : w.links) {
        if (link.relation == Relation::Uses && w.elements.contains(link.to))
            elements[link.from].append(w.elements.value(link.to).title);
        else if (link.relation == Relation::Measures && w.moments.contains(link.to))
            metrics[link.to].append(w.metrics.value(link.from).title);
    }
    QString out;
    auto row = [&out](const QStringList &fields) {
        QStringList q;
        q.reserve(fields.size());
        for (const QString &f : fields)
            q.append(quoted(f));
        out += q.join(u',') + QStringLiteral("\r\n");
    };
    row(header());
    for (const Journey &j : journeysInOrder(w, journey)) {
        const QList<Lane> lanes = w.lanesOf(j.uid);
        for (const Stage &s : w.stagesOf(j.uid)) {
            for (const Lane &l : lanes) {
                for (const Moment &m : w.momentsIn(s.uid, l.uid)) {
                    QStringList e = elements.value(m.uid);
                    QStringList k = metrics.value(m.uid);
                    e.sort();
                    k.sort();
                    row({uidText(m.uid), j.title, s.title, l.title, QString::number(m.position), m.title,
                         m.emotion ? QString::number(*m.emotion) : QString(), QString::number(m.importance),
                         m.mattersMost ? QStringLiteral("yes") : QStringLiteral("no"), m.owner, m.channel,
                         name(m.evidence), m.tags.join(listSeparator), e.join(listSeparator), k.join(listSeparator)});
                }
            }
        }
    }
    return out.toUtf8();
}

std::optional<QList<QStringList>> MomentsCsv::parse(const QByteArray &csv, Result *error)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> rows;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    int line = 1;
    int quoteLine = 1;
    auto endField = [&] {
        fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                *error = Result::failure(ErrorCode::Invalid, tr("line %1: a quote inside an unquoted field.").arg(line));
                return std::nullopt;
            }
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endField();
            rows.append(fields);
            fields.clear();
            ++line;
        } else {
            if (wasQuoted) {
                *error = Result::failure(ErrorCode::Invalid, tr("line %1: text after a closing quote.").arg(line));
                return std::nullopt;
            }
            field += c;
        }
    }
    if (inQuotes) {
        *error = Result::failure(ErrorCode::Invalid, tr("line %1: a quoted field is not closed.").arg(quoteLine));
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
        endField();
        rows.append(fields);
    }
    return rows;
}

} // namespace cx
