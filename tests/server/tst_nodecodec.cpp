// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include "io/workspaceimport.h"
#include "server/nodecodec.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <limits>

using namespace cx;
using namespace cx::test;

namespace {

QList<Node> workspaceNodes(const Workspace &w)
{
    QList<Node> nodes;
    auto add = [&nodes](const auto &hash) {
        for (const auto &value : hash)
            nodes.append(value);
    };
    add(w.personas);
    add(w.journeys);
    add(w.stages);
    add(w.lanes);
    add(w.moments);
    add(w.elements);
    add(w.metrics);
    add(w.insights);
    add(w.opportunities);
    add(w.votes);
    add(w.rounds);
    add(w.parkingNotes);
    add(w.responseBatches);
    return nodes;
}

// Every kind at its defaults: no optional set, dates and times invalid, strings null.
QList<Node> emptyNodes()
{
    return {Persona(), Journey(), Stage(), Lane(), Moment(), Element(), Metric(), Insight(),
            Opportunity(), Vote(), VotingRound(), ParkingNote(), ResponseBatch()};
}

// A Persona with evidence and revisions: the richest record, for the hostile cases.
Persona richPersona()
{
    Persona p = Samples().persona;
    p.title = QStringLiteral("Zoë 🧭 Ünal");
    p.notes = QStringLiteral("");
    p.evidence.append({QStringLiteral("Undated"), EvidenceKind::Crm, QDate(), QString()});
    p.revisions.append({newUid(), QDateTime(), QStringLiteral("∅"), QString(), QByteArray()});
    return p;
}

ChangeSet sampleChange()
{
    const Samples s;
    Moment moved = s.seeAd;
    moved.position = 7;
    moved.emotion.reset();
    ChangeSet change;
    change.nodes = {{std::nullopt, Node(richPersona())}, {Node(s.seeAd), Node(moved)},
                    {Node(s.npsResponses), std::nullopt}, {Node(s.vote), std::nullopt}};
    change.links = {{{s.persona.uid, Relation::Follows, s.journey.uid}, true},
                    {{s.nps.uid, Relation::Measures, s.seeAd.uid}, false}};
    return change;
}

void checkRoundTrip(const Node &node)
{
    const QByteArray bytes = NodeCodec::encode(node);
    Result error;
    const std::optional<Node> decoded = NodeCodec::decodeNode(bytes, &error);
    QVERIFY2(decoded, qPrintable(error.message()));
    QVERIFY2(*decoded == node, qPrintable(titleOf(node)));
    QCOMPARE(NodeCodec::encode(*decoded), bytes);
    QCOMPARE(NodeCodec::encode(node), bytes);
}

// Decoding bytes that are not a valid encoding fails with a message, and does not crash.
bool rejectsNode(const QByteArray &bytes)
{
    Result error;
    const bool rejected = !NodeCodec::decodeNode(bytes, &error) && !error.ok()
        && !error.message().isEmpty();
    return rejected;
}

bool rejectsChange(const QByteArray &bytes)
{
    Result error;
    return !NodeCodec::decodeChangeSet(bytes, &error) && !error.ok() && !error.message().isEmpty();
}

} // namespace

class TestNodeCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exampleRecordsRoundTrip()
    {
        // Given the example workspace as the Document loads it from its file, built here as the
        // build's example_workspace target builds it (the importer), without building the app
        Result error;
        const QDateTime time(QDate(2025, 1, 1), QTime(9, 30), Qt::UTC);
        const auto data = WorkspaceImport::readFile(QStringLiteral(CX_EXAMPLE_JSON), time, &error);
        QVERIFY2(data, qPrintable(error.message()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(WorkspaceImport::toNewFile(*data, path));
        const Workspace w = reload(path);
        const QList<Node> nodes = workspaceNodes(w);
        QVERIFY(nodes.size() > 50);
        // Then each of its records decodes to itself and encodes to the same bytes again
        for (const Node &node : nodes)
            checkRoundTrip(node);
        // And so does the whole workspace as one change set of additions
        ChangeSet all;
        for (const Node &node : nodes)
            all.nodes.append({std::nullopt, node});
        for (const Link &link : w.links)
            all.links.append({link, true});
        const auto decoded = NodeCodec::decodeChangeSet(NodeCodec::encode(all), &error);
        QVERIFY2(decoded, qPrintable(error.message()));
        QVERIFY(*decoded == all);
    }

    void storedAndInMemoryEncodeAlike()
    {
        // Given the samples written to a file and read back (times in UTC, '' for null text)
        QTemporaryDir dir;
        const Samples samples;
        auto document = sampleDocument(dir, samples);
        QVERIFY(document);
        const Workspace w = reload(document->path());
        // Then the server, comparing bytes, sees no difference from the client's values
        for (const Node &node : samples.nodes()) {
            const std::optional<Node> stored = w.node(uidOf(node));
            QVERIFY(stored);
            QCOMPARE(NodeCodec::encode(*stored), NodeCodec::encode(node));
        }
    }

    void everyKindRoundTrips()
    {
        for (const Node &node : Samples().nodes())
            checkRoundTrip(node);
        for (const Node &node : emptyNodes())
            checkRoundTrip(node);
        checkRoundTrip(richPersona());
    }

    void optionalFieldsSetAndUnset()
    {
        Moment m = Samples().seeAd;
        m.emotion = -2;
        checkRoundTrip(m);
        m.emotion = 0;
        checkRoundTrip(m);
        m.emotion.reset();
        checkRoundTrip(m);
        Metric metric = Samples().nps;
        for (double target : {0.0, -0.0, 1e-308, 4.9e-324, 1.0 / 3.0, -1e308,
                              std::numeric_limits<double>::infinity()}) {
            metric.target = target;
            const QByteArray bytes = NodeCodec::encode(metric);
            const auto decoded = NodeCodec::decodeNode(bytes, nullptr);
            QVERIFY(decoded);
            const double back = *std::get<Metric>(*decoded).target;
            QCOMPARE(std::signbit(back), std::signbit(target));
            QVERIFY(back == target);
        }
        metric.target.reset();
        checkRoundTrip(metric);
        VotingRound round = Samples().round;
        round.ended = QDateTime();
        checkRoundTrip(round);
        round.ended = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        checkRoundTrip(round);
    }

    void textNullEmptyAndUnicode()
    {
        Journey a;
        a.title = QString();
        Journey b;
        b.title = QStringLiteral("");
        // Equal to the model, so equal to the server.
        QCOMPARE(NodeCodec::encode(a), NodeCodec::encode(b));
        Journey j = Samples().journey;
        j.title = QStringLiteral("Ümlaut, 中文, emoji 👩‍👩‍👧 and a lone surrogate ") + QChar(0xd800);
        j.notes = QString(QChar(0)) + QStringLiteral("after a NUL");
        checkRoundTrip(j);
        Insight i = Samples().insight;
        i.date = QDate(-4713, 1, 2);
        checkRoundTrip(i);
        i.date = QDate();
        checkRoundTrip(i);
    }

    void timesInAnyZoneEncodeAsTheirInstant()
    {
        Opportunity utc = Samples().opportunity;
        Opportunity local = utc;
        local.created = utc.created.toLocalTime();
        local.modified = utc.modified.toOffsetFromUtc(3600);
        QCOMPARE(NodeCodec::encode(local), NodeCodec::encode(utc));
        checkRoundTrip(local);
    }

    void largeRecords()
    {
        // A 1 MB photo
        Persona p = Samples().persona;
        QByteArray photo(1 << 20, Qt::Uninitialized);
        QRandomGenerator random(15);
        for (char &c : photo)
            c = char(random.bounded(256));
        p.photo = photo;
        checkRoundTrip(p);
        // 100,000 survey responses
        ResponseBatch batch = Samples().npsResponses;
        Responses &r = batch.responses;
        for (int k = 0; k < 100'000; ++k) {
            r.days.append(2'460'000 + k % 400);
            r.scores.append(k % 11 + 0.1 * (k % 3));
            r.moments.append(k % 3 - 1);
            r.segments.append(k % 2 - 1);
        }
        checkRoundTrip(batch);
    }

    void changeSetsRoundTrip()
    {
        const ChangeSet change = sampleChange();
        const QByteArray bytes = NodeCodec::encode(change);
        Result error;
        const auto decoded = NodeCodec::decodeChangeSet(bytes, &error);
        QVERIFY2(decoded, qPrintable(error.message()));
        QVERIFY(*decoded == change);
        QCOMPARE(NodeCodec::encode(*decoded), bytes);
        const QByteArray inverted = NodeCodec::encode(change.inverted());
        const auto inverse = NodeCodec::decodeChangeSet(inverted, &error);
        QVERIFY(inverse && *inverse == change.inverted());
        const auto empty = NodeCodec::decodeChangeSet(NodeCodec::encode(ChangeSet()), &error);
        QVERIFY(empty && empty->isEmpty());
        // A record and a change set are not each other.
        QVERIFY(rejectsNode(bytes));
        QVERIFY(rejectsChange(NodeCodec::encode(Node(richPersona()))));
    }

    void everyTruncationFails()
    {
        const QByteArray node = NodeCodec::encode(Node(richPersona()));
        for (qsizetype n = 0; n < node.size(); ++n)
            QVERIFY2(rejectsNode(node.first(n)), qPrintable(QString::number(n)));
        const QByteArray change = NodeCodec::encode(sampleChange());
        // The response batch makes this long; its tail is columns of fixed-size numbers.
        for (qsizetype n = 0; n < change.size(); ++n)
            QVERIFY2(rejectsChange(change.first(n)), qPrintable(QString::number(n)));
    }

    void trailingBytesFail()
    {
        Result error;
        QVERIFY(!NodeCodec::decodeNode(NodeCodec::encode(Node(Journey())) + '\0', &error));
        QVERIFY(error.message().contains(QStringLiteral("after its end")));
        QCOMPARE(error.code(), ErrorCode::Invalid);
        QVERIFY(rejectsChange(NodeCodec::encode(sampleChange()) + "x"));
    }

    void unknownKindAndValuesFail()
    {
        QByteArray bytes = NodeCodec::encode(Node(Journey()));
        bytes[6] = char(77); // the tag follows the magic and the version
        Result error;
        QVERIFY(!NodeCodec::decodeNode(bytes, &error));
        QVERIFY2(error.message().contains(QStringLiteral("unknown kind 77")),
                 qPrintable(error.message()));

        // A record of the change set with that tag names the record.
        ChangeSet change = sampleChange();
        const QByteArray good = NodeCodec::encode(change);
        QByteArray bad = good;
        const QByteArray record = NodeCodec::encode(change.nodes[0].after.value());
        const qsizetype at = bad.indexOf(record);
        QVERIFY(at > 0);
        bad[at + 6] = char(77);
        QVERIFY(!NodeCodec::decodeChangeSet(bad, &error));
        QCOMPARE(error.message(),
                 QStringLiteral("Record 1 of the change set is damaged: unknown kind 77."));

        // An enumeration's name that does not exist.
        Journey j;
        j.state = JourneyState::Future;
        bytes = NodeCodec::encode(Node(j));
        const QByteArray future = QByteArray("\0f\0u\0t\0u\0r\0e", 12);
        const qsizetype name = bytes.lastIndexOf(future);
        QVERIFY(name > 0);
        bytes.replace(name, future.size(), QByteArray("\0f\0u\0t\0u\0r\0x", 12));
        QVERIFY(!NodeCodec::decodeNode(bytes, &error));
        QVERIFY2(error.message().contains(QStringLiteral("futurx")), qPrintable(error.message()));

        // An element of a kind that is not architecture.
        Element e;
        e.kind = NodeKind::Story;
        bytes = NodeCodec::encode(Node(e));
        const QByteArray story("\0\0\0\5\0s\0t\0o\0r\0y", 14);
        QVERIFY(bytes.contains(story));
        bytes.replace(story, QByteArray("\0\0\0\4\0l\0a\0n\0e", 12));
        QVERIFY(!NodeCodec::decodeNode(bytes, &error));
        QVERIFY2(error.message().contains(QStringLiteral("architecture")),
                 qPrintable(error.message()));

        // A newer codec.
        bytes = NodeCodec::encode(Node(Journey()));
        bytes[5] = char(NodeCodec::version + 1);
        QVERIFY(!NodeCodec::decodeNode(bytes, &error));
        QCOMPARE(error.code(), ErrorCode::NewerVersion);
        // A yes/no that is neither.
        VotingRound round;
        round.hideTally = true;
        bytes = NodeCodec::encode(Node(round));
        // seats 0, hideTally, started invalid
        const QByteArray tally("\0\0\0\0\1\0", 6);
        QVERIFY(bytes.contains(tally));
        bytes.replace(tally, QByteArray("\0\0\0\0\2\0", 6));
        QVERIFY(rejectsNode(bytes));
    }

    void hugeLengthsFail()
    {
        // Every length-sized position of a valid record set to 0x7fffffff and to 0xffffffff:
        // each is refused at once, not after allocating what it claims.
        const QByteArray node = NodeCodec::encode(Node(richPersona()));
        for (quint32 huge : {0x7fffffffu, 0xffffffffu, 0x10000000u}) {
            for (qsizetype at = 6; at + 4 <= node.size(); ++at) {
                QByteArray bad = node;
                qToBigEndian(huge, bad.data() + at);
                Result error;
                if (const auto decoded = NodeCodec::decodeNode(bad, &error))
                    QCOMPARE(NodeCodec::encode(*decoded), bad); // it landed where any value goes
                else
                    QVERIFY(!error.message().isEmpty());
            }
        }
        QByteArray title = NodeCodec::encode(Node(Journey()));
        // magic, version, tag, uid: then the title's length
        qToBigEndian(quint32(0x7fffffff), title.data() + 4 + 2 + 1 + 16);
        Result error;
        QVERIFY(!NodeCodec::decodeNode(title, &error));
        QVERIFY2(error.message().contains(QStringLiteral("2147483647")),
                 qPrintable(error.message()));
        QByteArray change = NodeCodec::encode(sampleChange());
        qToBigEndian(quint32(0x7fffffff), change.data() + 6);
        QVERIFY(rejectsChange(change));
        // A change with neither a before nor an after: one byte that would cost a NodeChange.
        change = NodeCodec::encode(ChangeSet());
        change.replace(6, 4, QByteArray("\0\0\0\1\0", 5));
        change.append(QByteArray(64, '\0'));
        QVERIFY(rejectsChange(change));
    }

    void garbageFails()
    {
        QRandomGenerator random(2026);
        const QByteArray node = NodeCodec::encode(Node(richPersona()));
        const QByteArray change = NodeCodec::encode(sampleChange());
        for (int round = 0; round < 3000; ++round) {
            // Pure noise, noise behind a valid header, and valid records with flipped bytes.
            QByteArray noise(random.bounded(200), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            QVERIFY(rejectsNode(noise));
            QVERIFY(rejectsChange(noise));
            QVERIFY(rejectsNode(node.first(6) + noise));
            QVERIFY(rejectsChange(change.first(6) + noise));
            QByteArray flipped = random.bounded(2) ? node : change;
            for (int k = 0, n = 1 + random.bounded(4); k < n; ++k)
                flipped[random.bounded(int(flipped.size()))] = char(random.bounded(256));
            // A flip may land on a name or a text and still decode; decoding must not crash,
            // and whatever decodes must encode back to exactly these bytes.
            Result error;
            if (const auto decoded = NodeCodec::decodeNode(flipped, &error))
                QCOMPARE(NodeCodec::encode(*decoded), flipped);
            else
                QVERIFY(!error.message().isEmpty());
            if (const auto decoded = NodeCodec::decodeChangeSet(flipped, &error))
                QCOMPARE(NodeCodec::encode(*decoded), flipped);
            else
                QVERIFY(!error.message().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeCodec)
#include "tst_nodecodec.moc"
