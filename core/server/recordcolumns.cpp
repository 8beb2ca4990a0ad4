// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcolumns.h"

#include <QStringList>

namespace cx {

namespace {

struct Order {
    QString parent;
    int position = 0;
};

struct Ordered {
    std::optional<Order> operator()(const Stage &s) const { return Order{QStringLiteral("stages:") + uidText(s.journey), s.position}; }
    std::optional<Order> operator()(const Lane &l) const { return Order{QStringLiteral("lanes:") + uidText(l.journey), l.position}; }
    std::optional<Order> operator()(const Moment &m) const
    {
        return Order{QStringLiteral("cell:") + uidText(m.stage) + u'/' + uidText(m.lane), m.position};
    }
    std::optional<Order> operator()(const ParkingNote &n) const { return Order{QStringLiteral("notes:") + uidText(n.journey), n.position}; }
    template<typename T>
    std::optional<Order> operator()(const T &) const { return std::nullopt; }
};

} // namespace

QString RecordColumns::uuidArray(const QList<Uid> &uids)
{
    QStringList parts;
    parts.reserve(uids.size());
    for (const Uid &uid : uids)
        parts.append(uidText(uid));
    return u'{' + parts.join(u',') + u'}';
}

QString RecordColumns::refs(const Node &node)
{
    return uuidArray(referencesOf(node));
}

QVariant RecordColumns::parent(const Node &node)
{
    const auto order = std::visit(Ordered{}, node);
    return order ? QVariant(order->parent) : QVariant(QMetaType::fromType<QString>());
}

QVariant RecordColumns::position(const Node &node)
{
    const auto order = std::visit(Ordered{}, node);
    return order ? QVariant(order->position) : QVariant(QMetaType::fromType<int>());
}

} // namespace cx
