// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV of voting rounds' results: exact bytes for a small workspace with a tie, awkward names and
// an anonymous round; ended rounds only, by start time; read back by the RFC 4180 parser.
#include "io/dataexport.h"
#include "io/momentscsv.h"
#include "io/votescsv.h"

#include <QTest>

using namespace cx;

namespace {

Uid fixed(int n)
{
    return uidFromText(QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestVotesCsv : public QObject
{
    Q_OBJECT

private:
    Workspace m_w;
    Uid m_journey, m_other;
    Uid m_fill, m_selfie, m_formula;
    Uid m_firstRound;

    Uid addStage(const Uid &journey, const QString &title, int position)
    {
        Stage s;
        s.uid = fixed(100 + int(m_w.stages.size()));
        s.title = title;
        s.journey = journey;
        s.position = position;
        m_w.stages.insert(s.uid, s);
        return s.uid;
    }

    Uid addMoment(int n, const QString &title, const Uid &stage, const Uid &lane, int position)
    {
        Moment m;
        m.uid = fixed(n);
        m.title = title;
        m.journey = m_w.stages.value(stage).journey;
        m.stage = stage;
        m.lane = lane;
        m.position = position;
        m_w.moments.insert(m.uid, m);
        return m.uid;
    }

    Uid addRound(int n, const QString &title, const Uid &journey, const QStringList &participants, int seats,
                 const char *started, const char *ended)
    {
        VotingRound r;
        r.uid = fixed(n);
        r.title = title;
        r.journey = journey;
        r.participants = participants;
        r.seats = seats;
        r.started = utc(started);
        if (ended)
            r.ended = utc(ended);
        m_w.rounds.insert(r.uid, r);
        return r.uid;
    }

    void vote(const Uid &round, const Uid &moment, const QString &participant, int dots)
    {
        const Vote v{fixed(900 + int(m_w.votes.size())), round, moment, participant, dots, m_w.rounds.value(round).started};
        m_w.votes.insert(v.uid, v);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Given a journey of two stages with three moments, one titled like a spreadsheet formula
        Journey j;
        j.uid = m_journey = fixed(1);
        j.title = QStringLiteral("Open an account");
        m_w.journeys.insert(j.uid, j);
        Journey other;
        other.uid = m_other = fixed(2);
        other.title = QStringLiteral("Get help");
        m_w.journeys.insert(other.uid, other);
        const Uid apply = addStage(m_journey, QStringLiteral("Apply"), 0);
        const Uid verify = addStage(m_journey, QStringLiteral("+2 Verify"), 1);
        const Uid call = addStage(m_other, QStringLiteral("Call"), 0);
        Lane steps;
        steps.uid = fixed(200);
        steps.title = QStringLiteral("Steps");
        steps.journey = m_journey;
        m_w.lanes.insert(steps.uid, steps);
        Lane otherSteps = steps;
        otherSteps.uid = fixed(201);
        otherSteps.journey = m_other;
        m_w.lanes.insert(otherSteps.uid, otherSteps);
        m_fill = addMoment(10, QStringLiteral("Fills the form"), apply, steps.uid, 0);
        m_selfie = addMoment(11, QStringLiteral("Selfie, \"again\""), verify, steps.uid, 0);
        m_formula = addMoment(12, QStringLiteral("=cmd|' /C calc'!A0"), verify, steps.uid, 1);
        const Uid waits = addMoment(13, QStringLiteral("Waits on hold"), call, otherSteps.uid, 0);

        // and a named round whose names hold a comma, quotes, a newline and a leading @: the
        // form gets 3 dots, the selfie and the formula 2 each (a tie for second place)
        const QStringList names{QStringLiteral("Ana"), QStringLiteral("Ben, IT"), QStringLiteral("@Cara \"CC\"")};
        m_firstRound = addRound(50, QStringLiteral("Which hurts?\nRound 1"), m_journey, names, 0, "2025-06-12T13:30:00Z",
                                "2025-06-12T13:42:00Z");
        vote(m_firstRound, m_fill, names[0], 2);
        vote(m_firstRound, m_selfie, names[0], 1);
        vote(m_firstRound, m_selfie, names[1], 1);
        vote(m_firstRound, m_formula, names[1], 1);
        vote(m_firstRound, m_formula, names[2], 1);
        vote(m_firstRound, m_fill, names[2], 1);
        // an anonymous round that started later but was stored first
        const Uid second = addRound(40, QStringLiteral("-second look"), m_journey, {}, 2, "2025-06-13T09:00:00Z",
                                    "2025-06-13T09:05:00Z");
        vote(second, m_fill, QStringLiteral("2"), 1);
        // a round still running, which has no results yet
        const Uid running = addRound(60, QStringLiteral("Live"), m_journey, {QStringLiteral("Ana")}, 0,
                                     "2025-06-14T09:00:00Z", nullptr);
        vote(running, m_selfie, QStringLiteral("Ana"), 3);
        // and an ended round on the other journey, earliest of all
        const Uid help = addRound(70, QStringLiteral("Help"), m_other, {QStringLiteral("Dee")}, 0, "2025-06-01T10:00:00Z",
                                  "2025-06-01T10:10:00Z");
        vote(help, waits, QStringLiteral("Dee"), 2);
    }

    void exactBytes()
    {
        // When the CSV of the whole workspace is written
        const QByteArray csv = VotesCsv::write(m_w);
        // Then it is these bytes: rounds by start time, moments by rank (a tie in map order),
        // every awkward field quoted, text a spreadsheet would run as a formula opened with an
        // apostrophe (names come from participants' phones since issue 16), the running round
        // left out
        const QByteArray expected =
            "round,round started,round ended,journey,rank,tied,moment,stage,lane,dots,dots per participant,moment id\r\n"
            "Help,2025-06-01T10:00:00Z,2025-06-01T10:10:00Z,Get help,1,no,Waits on hold,Call,Steps,2,Dee 2,"
            "00000000-0000-0000-0000-000000000013\r\n"
            "\"Which hurts?\nRound 1\",2025-06-12T13:30:00Z,2025-06-12T13:42:00Z,Open an account,1,no,Fills the form,Apply,"
            "Steps,3,\"Ana 2; @Cara \"\"CC\"\" 1\",00000000-0000-0000-0000-000000000010\r\n"
            "\"Which hurts?\nRound 1\",2025-06-12T13:30:00Z,2025-06-12T13:42:00Z,Open an account,2,yes,"
            "\"Selfie, \"\"again\"\"\",'+2 Verify,Steps,2,\"Ana 1; Ben, IT 1\",00000000-0000-0000-0000-000000000011\r\n"
            "\"Which hurts?\nRound 1\",2025-06-12T13:30:00Z,2025-06-12T13:42:00Z,Open an account,2,yes,"
            "'=cmd|' /C calc'!A0,'+2 Verify,Steps,2,\"Ben, IT 1; @Cara \"\"CC\"\" 1\",00000000-0000-0000-0000-000000000012\r\n"
            "'-second look,2025-06-13T09:00:00Z,2025-06-13T09:05:00Z,Open an account,1,no,Fills the form,Apply,Steps,1,"
            "Participant 2 1,00000000-0000-0000-0000-000000000010\r\n";
        QCOMPARE(csv, expected);
        // and what DataExport writes for `--format votes-csv` is the same
        Result error;
        QCOMPARE(DataExport::bytes(QStringLiteral("votes-csv"), m_w, std::nullopt, &error).value_or(QByteArray()), expected);
    }

    void readsBackWhole()
    {
        // When the CSV is read back by an RFC 4180 parser, then every name is whole, a formula
        // behind its apostrophe
        Result error;
        const auto rows = MomentsCsv::parse(VotesCsv::write(m_w), &error);
        QVERIFY2(rows, qPrintable(error.message()));
        QCOMPARE(rows->size(), 6);
        QCOMPARE(rows->constFirst(), VotesCsv::header());
        for (const QStringList &row : *rows)
            QCOMPARE(row.size(), VotesCsv::header().size());
        const QStringList formula = rows->at(4);
        QCOMPARE(formula.at(0), QStringLiteral("Which hurts?\nRound 1"));
        QCOMPARE(formula.at(6), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(formula.at(10), QStringLiteral("Ben, IT 1; @Cara \"CC\" 1"));
        QCOMPARE(rows->at(3).at(6), QStringLiteral("Selfie, \"again\""));
    }

    void oneJourneyAndNoRounds()
    {
        // One journey: its ended rounds only
        Result error;
        const auto help = DataExport::bytes(QStringLiteral("votes-csv"), m_w, m_other, &error);
        QVERIFY2(help, qPrintable(error.message()));
        QCOMPARE(help->count("\r\n"), 2);
        QVERIFY(help->contains("Waits on hold"));
        QVERIFY(!help->contains("Fills the form"));
        // A journey that is not there is an error that names it
        QVERIFY(!DataExport::bytes(QStringLiteral("votes-csv"), m_w, fixed(99), &error));
        QVERIFY2(error.message().contains(uidText(fixed(99))), qPrintable(error.message()));
        // No ended round: the header alone (a file a spreadsheet opens, with nothing to show)
        Workspace none = m_w;
        for (auto it = none.rounds.begin(); it != none.rounds.end(); ++it)
            it->ended = QDateTime();
        QCOMPARE(VotesCsv::write(none), VotesCsv::header().join(u',').toUtf8() + "\r\n");
        QCOMPARE(VotesCsv::write(Workspace()), VotesCsv::write(none));
    }
};

QTEST_GUILESS_MAIN(TestVotesCsv)
#include "tst_votescsv.moc"
