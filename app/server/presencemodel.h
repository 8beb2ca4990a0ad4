// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QPointer>
#include <functional>
#include <QtQml/qqmlregistration.h>

namespace cx {

class ServerPresence;

// The others who have the open team workspace open (ServerPresence::others(), ordered by
// name), for the "who is here" list and the initials on the cards they are on. Empty while
// no team workspace is open. Each person has initials and a colour that depend only on their
// login, so every window shows the same person in the same colour.
class PresenceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ServerSession")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY countChanged)

public:
    enum Role {
        SessionRole = Qt::UserRole + 1,
        LoginRole,        // the PostgreSQL role
        DisplayNameRole,  // the name they gave, else their login
        InitialsRole,
        ColorRole,        // a QColor that white initials read on
        JourneyRole,      // uid text, empty when none
        CardRole,         // uid text, empty when none
        StackRole,        // 0 for the first person on a card, 1 for the next…
        DescriptionRole,  // "Alice Martin (editor) on “Onboarding”"-like words for screen readers
    };

    explicit PresenceModel(QObject *parent = nullptr);

    // Follows presence (null: empty). titleOf names a journey's uid for DescriptionRole.
    void setPresence(ServerPresence *presence, std::function<QString(const QString &)> titleOf = {});

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    // "Alice Martin and Bob are here too"-like words for the tool bar's screen-reader name.
    QString summary() const;

    static QString initialsOf(const QString &name);
    static QColor colorOf(const QString &login);

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString session;
        QString login;
        QString name;
        QString journey;
        QString card;
        int stack = 0;

        bool operator==(const Row &) const = default;
    };
    void refresh();

    QPointer<ServerPresence> m_presence;
    std::function<QString(const QString &)> m_titleOf;
    QList<Row> m_rows;
};

} // namespace cx
