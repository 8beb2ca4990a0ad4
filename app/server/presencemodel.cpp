// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencemodel.h"

#include "server/serverpresence.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace cx {

namespace {

QString textOf(const Uid &uid)
{
    return uid.isNull() ? QString() : uidText(uid);
}

} // namespace

PresenceModel::PresenceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PresenceModel::setPresence(ServerPresence *presence, std::function<QString(const QString &)> titleOf)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    m_titleOf = std::move(titleOf);
    if (m_presence)
        connect(m_presence, &ServerPresence::othersChanged, this, &PresenceModel::refresh);
    refresh();
}

void PresenceModel::refresh()
{
    QList<Row> rows;
    QHash<QString, int> onCard;
    if (m_presence) {
        for (const ServerPresence::Person &p : m_presence->others()) {
            Row row{textOf(p.session), p.role, p.displayName.trimmed().isEmpty() ? p.role : p.displayName.trimmed(),
                    textOf(p.journey), textOf(p.card), 0};
            if (!row.card.isEmpty())
                row.stack = onCard[row.card]++;
            rows.append(row);
        }
    }
    if (rows == m_rows)
        return;
    const bool sameSessions = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.session == b.session; });
    if (sameSessions) {
        // Someone moved to another card: the badges move, the list keeps its delegates.
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int PresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return row.name;
    case SessionRole: return row.session;
    case LoginRole: return row.login;
    case InitialsRole: return initialsOf(row.name);
    case ColorRole: return colorOf(row.login);
    case JourneyRole: return row.journey;
    case CardRole: return row.card;
    case StackRole: return row.stack;
    case DescriptionRole: {
        const QString journey = row.journey.isEmpty() || !m_titleOf ? QString() : m_titleOf(row.journey);
        return journey.isEmpty() ? row.name : tr("%1, on the journey “%2”").arg(row.name, journey);
    }
    default: return {};
    }
}

QHash<int, QByteArray> PresenceModel::roleNames() const
{
    return {{SessionRole, "session"}, {LoginRole, "login"}, {DisplayNameRole, "displayName"},
            {InitialsRole, "initials"}, {ColorRole, "personColor"}, {JourneyRole, "journey"},
            {CardRole, "card"}, {StackRole, "stack"}, {DescriptionRole, "description"}};
}

QString PresenceModel::summary() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.name);
    if (names.isEmpty())
        return tr("Nobody else has this workspace open");
    return tr("Also here: %1").arg(names.join(QStringLiteral(", ")));
}

QString PresenceModel::initialsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s._@-]+"));
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    QString initials = words.constFirst().left(1);
    if (words.size() > 1)
        initials += words.constLast().left(1);
    return initials.toUpper();
}

QColor PresenceModel::colorOf(const QString &login)
{
    // Dark enough for white initials (4.5:1) on both themes, and apart from one another.
    static constexpr std::array<QRgb, 8> palette = {0x1f5fbf, 0x7a3fc2, 0xb3307a, 0xb8372c,
                                                    0x8a5a00, 0x1b7a3a, 0x0b6f80, 0x5250b8};
    // FNV-1a over the login: the same colour on every machine and in every run (qHash is seeded).
    quint32 hash = 2166136261u;
    for (const QChar c : login) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return QColor::fromRgb(palette.at(hash % palette.size()));
}

} // namespace cx
