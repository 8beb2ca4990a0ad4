// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"
#include "workspacecontroller.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace cx {

// Dot voting on one journey for QML: the round that runs there (or the last one that ended),
// the participant whose dots the facilitator is placing, and the results. Every change goes
// through WorkshopEdits, so it is saved at once and undoable; a refusal (the limit reached)
// lands in message, never silently.
class VotingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString journey READ journey WRITE setJourney NOTIFY journeyChanged)
    // The running round of the journey, or "".
    Q_PROPERTY(QString round READ round NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString roundName READ roundName NOTIFY changed)
    Q_PROPERTY(int dotsPerParticipant READ dotsPerParticipant NOTIFY changed)
    Q_PROPERTY(bool hideTally READ hideTally NOTIFY changed)
    // [{name, label, used, of}] in strip order.
    Q_PROPERTY(QVariantList participants READ participants NOTIFY changed)
    Q_PROPERTY(int currentParticipant READ currentParticipant WRITE setCurrentParticipant NOTIFY currentParticipantChanged)
    // Ended rounds of the journey, latest first: [{uid, name, ended}].
    Q_PROPERTY(QVariantList endedRounds READ endedRounds NOTIFY changed)
    // Dots per moment in the running round ({uid: dots}); empty while its tally is hidden.
    Q_PROPERTY(QVariantMap tally READ tally NOTIFY changed)
    Q_PROPERTY(int totalDots READ totalDots NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit VotingController(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString journey() const;
    void setJourney(const QString &journey);

    QString round() const;
    bool running() const { return !m_round.isNull(); }
    QString roundName() const;
    int dotsPerParticipant() const;
    bool hideTally() const;
    QVariantList participants() const;
    int currentParticipant() const { return m_current; }
    void setCurrentParticipant(int index);
    QVariantList endedRounds() const;
    QVariantMap tally() const;
    int totalDots() const;
    QString message() const { return m_message; }

    // participantsText: one name per line (or separated by commas); empty for an anonymous
    // round of seats participants.
    Q_INVOKABLE bool start(const QString &name, int dots, const QString &participantsText, int seats, bool hideTally);
    // One dot more (delta 1) or fewer (-1) from the current participant on moment.
    Q_INVOKABLE bool castDot(const QString &moment, int delta);
    // The current participant's dots on moment set to dots (0 takes them all back).
    Q_INVOKABLE bool setDots(const QString &moment, int dots);
    Q_INVOKABLE int dotsOf(const QString &moment) const;
    Q_INVOKABLE QString momentTitle(const QString &moment) const;
    Q_INVOKABLE void nextParticipant(int step = 1);
    Q_INVOKABLE bool setHideTally(bool hide);
    // Ends the running round; returns its uid for the results ("" when refused).
    Q_INVOKABLE QString end();
    // {name, journey, started, ended, dots, ranking: [{moment, title, stage, dots, rank, tied,
    // mattersMost}], participation: [{label, used, of}], voted}
    Q_INVOKABLE QVariantMap results(const QString &round) const;
    Q_INVOKABLE bool markTop(const QString &round, int n);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void workspaceChanged();
    void journeyChanged();
    void changed();
    void currentParticipantChanged();
    void messageChanged();

private:
    void refresh();
    bool report(const Result &result);
    QString label(const VotingRound &round, const QString &voter) const;

    Uid m_journey;
    Uid m_round;
    int m_current = 0;
    QString m_message;
    DocumentFollower m_follower;
};

} // namespace cx
