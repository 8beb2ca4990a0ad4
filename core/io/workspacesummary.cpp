// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacesummary.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace cx {

WorkspaceSummary WorkspaceSummary::of(Document &document)
{
    const Workspace &w = document.workspace();
    WorkspaceSummary s;
    s.path = document.path();
    if (!document.file())
        s.teamName = document.displayName();
    // The file's own format: an older file is read through an upgraded copy, and says so.
    if (const WorkspaceFile *file = document.file()) {
        s.schemaVersion = file->isPrivateCopy() ? file->upgradedFrom() : file->schemaVersion();
        s.readThroughUpgradedCopy = file->isPrivateCopy();
    }
    s.notice = document.readOnlyReason();
    QHash<NodeKind, int> elementCounts;
    for (const Element &e : w.elements)
        ++elementCounts[e.kind];
    s.counts = {
        {QStringLiteral("personas"), int(w.personas.size())},
        {QStringLiteral("journeys"), int(w.journeys.size())},
        {QStringLiteral("stages"), int(w.stages.size())},
        {QStringLiteral("lanes"), int(w.lanes.size())},
        {QStringLiteral("moments"), int(w.moments.size())},
        {QStringLiteral("stories"), elementCounts.value(NodeKind::Story)},
        {QStringLiteral("experiences"), elementCounts.value(NodeKind::Experience)},
        {QStringLiteral("services"), elementCounts.value(NodeKind::Service)},
        {QStringLiteral("systems"), elementCounts.value(NodeKind::System)},
        {QStringLiteral("processes"), elementCounts.value(NodeKind::Process)},
        {QStringLiteral("data"), elementCounts.value(NodeKind::Data)},
        {QStringLiteral("metrics"), int(w.metrics.size())},
        {QStringLiteral("insights"), int(w.insights.size())},
        {QStringLiteral("opportunities"), int(w.opportunities.size())},
        {QStringLiteral("votes"), int(w.votes.size())},
        {QStringLiteral("votingRounds"), int(w.rounds.size())},
        {QStringLiteral("parkingNotes"), int(w.parkingNotes.size())},
    };
    s.links = int(w.links.size());

    QHash<Uid, JourneyLine> lines;
    for (const Journey &j : w.journeys) {
        JourneyLine &line = lines[j.uid];
        line.title = j.title;
        line.state = j.state;
        for (const Uid &p : w.personasOf(j.uid))
            line.personas.append(w.personas.value(p).title);
    }
    for (const Stage &st : w.stages) ++lines[st.journey].stages;
    for (const Lane &l : w.lanes) ++lines[l.journey].lanes;
    for (const Moment &m : w.moments) {
        JourneyLine &line = lines[m.journey];
        ++line.moments;
        line.mattersMost += m.mattersMost ? 1 : 0;
    }
    s.journeys = lines.values();
    std::sort(s.journeys.begin(), s.journeys.end(),
              [](const JourneyLine &a, const JourneyLine &b) { return a.title < b.title; });
    return s;
}

QString WorkspaceSummary::toText() const
{
    QString out;
    out += tr("Workspace:      %1\n").arg(path);
    if (!teamName.isEmpty())
        out += tr("Team workspace: “%1” on a PostgreSQL server\n").arg(teamName);
    else if (readThroughUpgradedCopy)
        out += tr("File format:    version %1 (older: read through an upgraded copy; the file is unchanged)\n").arg(schemaVersion);
    else
        out += tr("File format:    version %1\n").arg(schemaVersion);
    for (const auto &[kind, count] : counts)
        out += QStringLiteral("%1 %2\n").arg(kind + u':', -15).arg(count);
    out += QStringLiteral("%1 %2\n").arg(QStringLiteral("links:"), -15).arg(links);
    out += tr("Journeys:\n");
    for (const JourneyLine &j : journeys) {
        out += QStringLiteral("  %1 (%2): ").arg(j.title, j.state == JourneyState::Current ? tr("current state") : tr("future state"));
        out += QStringList{tr("%n stage(s)", nullptr, j.stages), tr("%n lane(s)", nullptr, j.lanes),
                           tr("%n moment(s)", nullptr, j.moments), tr("%n moment(s) that matter", nullptr, j.mattersMost)}
                   .join(QStringLiteral(", "));
        if (!j.personas.isEmpty())
            out += tr("; for %1").arg(j.personas.join(QStringLiteral(", ")));
        out += u'\n';
    }
    return out;
}

QJsonObject WorkspaceSummary::toJson() const
{
    QJsonObject counted;
    for (const auto &[kind, count] : counts)
        counted.insert(kind, count);
    counted.insert(QStringLiteral("links"), links);
    QJsonArray journeyArray;
    for (const JourneyLine &j : journeys) {
        journeyArray.append(QJsonObject{
            {QStringLiteral("title"), j.title},
            {QStringLiteral("state"), name(j.state)},
            {QStringLiteral("personas"), QJsonArray::fromStringList(j.personas)},
            {QStringLiteral("stages"), j.stages},
            {QStringLiteral("lanes"), j.lanes},
            {QStringLiteral("moments"), j.moments},
            {QStringLiteral("momentsThatMatter"), j.mattersMost},
        });
    }
    QJsonObject json{
        {QStringLiteral("path"), path},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("readThroughUpgradedCopy"), readThroughUpgradedCopy},
        {QStringLiteral("notice"), notice},
        {QStringLiteral("counts"), counted},
        {QStringLiteral("journeys"), journeyArray},
    };
    // A team workspace has a name on its server and no file format of its own.
    if (!teamName.isEmpty()) {
        json.insert(QStringLiteral("teamWorkspace"), teamName);
        json.remove(QStringLiteral("schemaVersion"));
    }
    return json;
}

} // namespace cx
