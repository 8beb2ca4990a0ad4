// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <QFileInfo>

#include "store/dump.h"
#include "model/fields.h"

#include <QFile>
#include <QTest>

namespace cx::test {

namespace {
QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 30, 15, 250), Qt::UTC);
}
} // namespace

Samples::Samples()
{
    persona.uid = newUid();
    persona.title = QStringLiteral("Busy switcher");
    persona.notes = QStringLiteral("Notes with “quotes”, émojis 🙂 and\nnew lines");
    persona.created = at(1);
    persona.modified = at(2);
    persona.needState = QStringLiteral("Wants a better app without the hassle of switching");
    persona.quote = QStringLiteral("If it takes more than ten minutes, I’m out.");
    persona.photo = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16);
    persona.goals = {QStringLiteral("Switch in a lunch break"), QStringLiteral("Instant notifications")};
    persona.needs = {QStringLiteral("Clear steps")};
    persona.frustrations = {QStringLiteral("Branch visits"), QStringLiteral("Paper forms"), QString()};
    persona.behaviours = {QStringLiteral("Compares on review sites")};
    persona.preferredChannels = {QStringLiteral("Mobile app"), QStringLiteral("Chat")};
    persona.demographics = QStringLiteral("28–35, urban, salaried");
    persona.psychographics = QStringLiteral("Values speed over relationship");
    persona.fieldNotes = QStringLiteral("Interviewed 12 switchers in February.");
    persona.evidence = {{QStringLiteral("Switcher survey"), EvidenceKind::Survey, QDate(2025, 2, 1), QStringLiteral("n=1,240")},
                        {QStringLiteral("App analytics"), EvidenceKind::Analytics, QDate(), QString()}};
    persona.valueTier = ValueTier::High;
    persona.status = PersonaStatus::Validated;
    persona.color = QStringLiteral("#cc79a7");
    persona.revisions = {{newUid(), at(3), QStringLiteral("Validated"), QStringLiteral("Survey confirmed"), QByteArray(R"({"status":"validated"})")},
                         {newUid(), at(4), QStringLiteral("No snapshot"), QString(), QByteArray()}};

    otherPersona.uid = newUid();
    otherPersona.title = QStringLiteral("Cautious first-timer");
    otherPersona.created = otherPersona.modified = at(1);
    otherPersona.valueTier = ValueTier::Low;

    journey.uid = newUid();
    journey.title = QStringLiteral("Open an account");
    journey.notes = QStringLiteral("Current state, Q1");
    journey.created = journey.modified = at(5);
    journey.state = JourneyState::Current;
    detailJourney.uid = newUid();
    detailJourney.title = QStringLiteral("Verify identity in detail");
    detailJourney.created = detailJourney.modified = at(5);
    detailJourney.state = JourneyState::Future;

    discover.uid = newUid();
    discover.title = QStringLiteral("Discover");
    discover.notes = QStringLiteral("First contact");
    discover.created = discover.modified = at(6);
    discover.journey = journey.uid;
    discover.position = 0;
    apply = discover;
    apply.uid = newUid();
    apply.title = QStringLiteral("Apply");
    apply.position = 1;
    apply.width = 360.5;

    steps.uid = newUid();
    steps.title = QStringLiteral("Steps");
    steps.created = steps.modified = at(6);
    steps.journey = journey.uid;
    steps.kind = LaneKind::Steps;
    steps.position = 0;
    backstage = steps;
    backstage.uid = newUid();
    backstage.title = QStringLiteral("Behind the scenes");
    backstage.kind = LaneKind::Backstage;
    backstage.position = 1;
    backstage.height = 200;

    seeAd.uid = newUid();
    seeAd.title = QStringLiteral("Sees an ad");
    seeAd.notes = QStringLiteral("On the bus");
    seeAd.created = at(7);
    seeAd.modified = at(8);
    seeAd.journey = journey.uid;
    seeAd.stage = discover.uid;
    seeAd.lane = steps.uid;
    seeAd.position = 0;
    seeAd.channel = QStringLiteral("Social");
    seeAd.owner = QStringLiteral("Marketing");
    seeAd.emotion = 1;
    seeAd.emotions = {{persona.uid, 2}, {otherPersona.uid, -1}};
    seeAd.sortEmotions();
    seeAd.importance = 2;
    seeAd.evidence = EvidenceLevel::PartlyBacked;
    seeAd.color = QStringLiteral("#A1b2C3");
    seeAd.tags = {QStringLiteral("awareness"), QStringLiteral("paid")};

    fillForm = seeAd;
    fillForm.uid = newUid();
    fillForm.title = QStringLiteral("Fills in the form");
    fillForm.stage = apply.uid;
    fillForm.emotion = std::nullopt;
    fillForm.emotions = {};
    fillForm.importance = 5;
    fillForm.evidence = EvidenceLevel::ResearchBased;
    fillForm.mattersMost = true;
    fillForm.color.clear();
    fillForm.tags.clear();

    verify = fillForm;
    verify.uid = newUid();
    verify.title = QStringLiteral("Verifies identity");
    verify.position = 1;
    verify.emotion = -2;

    story.uid = newUid();
    story.kind = NodeKind::Story;
    story.title = QStringLiteral("Switch in ten minutes");
    story.owner = QStringLiteral("Brand");
    story.created = story.modified = at(9);
    system = story;
    system.uid = newUid();
    system.kind = NodeKind::System;
    system.title = QStringLiteral("Core banking");
    system.owner = QStringLiteral("IT");

    nps.uid = newUid();
    nps.title = QStringLiteral("Net Promoter Score");
    nps.created = nps.modified = at(10);
    nps.kind = MetricKind::Nps;
    nps.level = MetricLevel::Strategic;
    nps.unit = QStringLiteral("points");
    nps.target = 40.5;
    nps.direction = Direction::HigherIsBetter;
    nps.owner = QStringLiteral("CX office");
    nps.measurements = {{QDate(2025, 1, 31), 31.25, QStringLiteral("Q1")}, {QDate(2025, 2, 28), -3, QString()}};
    effort = nps;
    effort.uid = newUid();
    effort.title = QStringLiteral("Onboarding effort");
    effort.kind = MetricKind::Ces;
    effort.level = MetricLevel::Operational;
    effort.target = std::nullopt;
    effort.direction = Direction::LowerIsBetter;
    effort.measurements = {};

    insight.uid = newUid();
    insight.title = QStringLiteral("Half of applicants stall at ID upload");
    insight.created = insight.modified = at(11);
    insight.sourceKind = InsightSource::Analytics;
    insight.source = QStringLiteral("Funnel report");
    insight.date = QDate(2025, 2, 14);

    opportunity.uid = newUid();
    opportunity.title = QStringLiteral("Selfie ID check");
    opportunity.created = opportunity.modified = at(12);
    opportunity.impact = 5;
    opportunity.effort = 2;

    round.uid = newUid();
    round.title = QStringLiteral("Where does it hurt most?");
    round.journey = journey.uid;
    round.dotsPerParticipant = 3;
    round.participants = {QStringLiteral("Priya (Digital)"), QStringLiteral("Tom (Service)")};
    round.created = round.modified = round.started = at(13);
    round.ended = at(14);

    vote = {newUid(), round.uid, verify.uid, QStringLiteral("Priya (Digital)"), 3, at(13)};

    parked.uid = newUid();
    parked.title = QStringLiteral("Do branch staff see online applications?");
    parked.journey = journey.uid;
    parked.kind = ParkingKind::Question;
    parked.created = parked.modified = at(15);
    // Survey answers on every path a response can take: with a moment and a segment, with one
    // of them, with neither; a moment removed since (the import keeps its id).
    npsResponses.uid = newUid();
    npsResponses.title = QStringLiteral("nps-2025-q1.csv");
    npsResponses.notes = QStringLiteral("Post-onboarding survey");
    npsResponses.created = npsResponses.modified = at(16);
    npsResponses.metric = nps.uid;
    npsResponses.scale = ResponseScale::Nps;
    npsResponses.low = 0;
    npsResponses.high = 10;
    Responses &r = npsResponses.responses;
    r.momentUids = {verify.uid, newUid()};
    r.segmentNames = {QStringLiteral("Students"), QStringLiteral("Families")};
    // Before the metric's manual measurements (January and February 2025), which stay its latest.
    r.days = {QDate(2024, 11, 3).toJulianDay(), QDate(2024, 11, 9).toJulianDay(),
              QDate(2024, 12, 14).toJulianDay(), QDate(2024, 12, 15).toJulianDay()};
    r.scores = {10, 6, 9, 0};
    r.moments = {0, -1, 1, 0};
    r.segments = {0, 1, -1, -1};
}

QList<Node> Samples::nodes() const
{
    return {persona, otherPersona, journey, detailJourney, discover, apply, steps, backstage,
            seeAd, fillForm, verify, story, system, nps, effort, insight, opportunity, round, vote,
            parked, npsResponses};
}

QList<Link> Samples::links() const
{
    return {
        {persona.uid, Relation::Follows, journey.uid},
        {otherPersona.uid, Relation::Follows, journey.uid},
        {verify.uid, Relation::OpensJourney, detailJourney.uid},
        {seeAd.uid, Relation::Uses, story.uid},
        {verify.uid, Relation::Uses, system.uid},
        {story.uid, Relation::DependsOn, system.uid},
        {nps.uid, Relation::Measures, verify.uid},
        {effort.uid, Relation::Measures, system.uid},
        {effort.uid, Relation::Drives, nps.uid},
        {insight.uid, Relation::Explains, verify.uid},
        {opportunity.uid, Relation::Improves, verify.uid},
    };
}

std::unique_ptr<Document> sampleDocument(const QTemporaryDir &dir, const Samples &samples, const QString &name)
{
    Result error;
    auto document = Document::create(dir.filePath(name), &error);
    if (!document) {
        qWarning() << error.message();
        return nullptr;
    }
    if (Result r = document->add(samples.nodes(), QStringLiteral("Add samples")); !r) {
        qWarning() << r.message();
        return nullptr;
    }
    for (const Link &link : samples.links()) {
        if (Result r = document->link(link); !r) {
            qWarning() << r.message();
            return nullptr;
        }
    }
    document->undoStack()->clear();
    return document;
}

QString fileDump(Document &document)
{
    return canonicalDump(document.file()->database());
}

Workspace reload(const QString &path)
{
    Result error;
    auto document = Document::open(path, OpenMode::ReadOnly, &error);
    if (!document) {
        qWarning() << "reload failed:" << error.message();
        return {};
    }
    return document->workspace();
}

bool dropResponses(const QString &path)
{
    Result error;
    auto document = Document::open(path, OpenMode::ReadWrite, &error);
    if (!document)
        return false;
    ChangeSet change;
    for (const ResponseBatch &b : document->workspace().responseBatches)
        change.nodes.append({Node(b), std::nullopt});
    return change.isEmpty() || document->edit(change, QStringLiteral("drop the survey responses"));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cx::test

namespace cx::test {

template<typename T>
static void compareHash(const char *what, const QHash<Uid, T> &a, const QHash<Uid, T> &b, QStringList &out)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            out << QStringLiteral("%1 %2 only on the left").arg(QLatin1StringView(what), uidText(it.key()));
        else if (!(b.value(it.key()) == it.value())) {
            const Fields f = changedFields(Node(it.value()), Node(b.value(it.key())));
            out << QStringLiteral("%1 %2 differs (fields %3)").arg(QLatin1StringView(what), uidText(it.key())).arg(f, 0, 2);
        }
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out << QStringLiteral("%1 %2 only on the right").arg(QLatin1StringView(what), uidText(it.key()));
    }
}

QString difference(const Workspace &a, const Workspace &b)
{
    QStringList out;
    compareHash("persona", a.personas, b.personas, out);
    compareHash("journey", a.journeys, b.journeys, out);
    compareHash("stage", a.stages, b.stages, out);
    compareHash("lane", a.lanes, b.lanes, out);
    compareHash("moment", a.moments, b.moments, out);
    compareHash("element", a.elements, b.elements, out);
    compareHash("metric", a.metrics, b.metrics, out);
    compareHash("insight", a.insights, b.insights, out);
    compareHash("opportunity", a.opportunities, b.opportunities, out);
    compareHash("vote", a.votes, b.votes, out);
    compareHash("voting round", a.rounds, b.rounds, out);
    compareHash("parking-lot note", a.parkingNotes, b.parkingNotes, out);
    compareHash("import of survey responses", a.responseBatches, b.responseBatches, out);
    if (a.links != b.links)
        out << QStringLiteral("links differ (%1 vs %2)").arg(a.links.size()).arg(b.links.size());
    return out.join(u'\n');
}

} // namespace cx::test

namespace cx::test {

// Makes the bad file of one case in dir; returns its path.
QString makeBadFile(const QTemporaryDir &dir, const QString &which)
{
    const QString path = dir.filePath(QStringLiteral("bad.cxatlas"));
    auto write = [&path](const QByteArray &bytes) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    };
    if (which == u"text") {
        write("Customer journeys, not a database\n");
    } else if (which == u"empty") {
        write({});
    } else if (which == u"other sqlite") {
        Database db(path, QString());
        db.open();
        db.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    } else {
        { auto d = sampleDocument(dir, Samples(), QStringLiteral("bad.cxatlas")); }
        if (which == u"newer") {
            Database db(path, QString());
            db.open();
            db.exec(QStringLiteral("PRAGMA user_version = 99"));
        } else if (which == u"truncated") {
            QFile f(path);
            f.resize(f.size() / 2);
        } else if (which == u"garbage") {
            QByteArray bytes = fileBytes(path);
            for (qsizetype i = 4096; i < bytes.size(); ++i)
                bytes[i] = char(0x5a ^ (i & 0xff));
            write(bytes);
        }
    }
    return path;
}

QString writableCopy(const QTemporaryDir &dir, const QString &source, const QString &name)
{
    const QString path = dir.filePath(name.isEmpty() ? QFileInfo(source).fileName() : name);
    if (!QFile::copy(source, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace cx::test
