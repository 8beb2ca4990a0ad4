// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/result.h"
#include "model/uid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace cx {

class Document;

// A workshop's edits on an open workspace: each one undoable step on the Document's stack,
// saved the moment it is made (WorkshopChanges builds them). Shared by the GUI's controllers,
// the participants' server and tests.
class WorkshopEdits
{
    Q_DECLARE_TR_FUNCTIONS(cx::WorkshopEdits)

public:
    explicit WorkshopEdits(Document &document) : m_document(document) {}

    Result startRound(const Uid &journey, const QString &name, int dotsPerParticipant,
                      const QStringList &participants, int seats, bool hideTally,
                      Uid *created = nullptr);
    Result castDot(const Uid &round, const Uid &moment, const QString &participant, int delta);
    Result endRound(const Uid &round);
    Result markTop(const Uid &round, int n);
    Result setHideTally(const Uid &round, bool hide);

    Result park(const Uid &journey, const QString &text, ParkingKind kind, Uid *created = nullptr);
    Result noteToMoment(const Uid &note, const Uid &stage, const Uid &lane, int position);
    Result noteToInsight(const Uid &note);
    Result noteToOpportunity(const Uid &note);
    Result moveNote(const Uid &note, int position);

private:
    Document &m_document;
};

} // namespace cx
