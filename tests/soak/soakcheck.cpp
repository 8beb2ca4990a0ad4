// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakcheck.h"

#include "document/document.h"
#include "model/rules.h"
#include "store/dump.h"
#include "store/workspacestore.h"

#include <QFile>

namespace cx::soak {

namespace {

Result broken(const QString &why)
{
    return Result::failure(ErrorCode::Internal, why);
}

// The first line where two dumps part, with its neighbour, for a message that can be acted on.
QString firstDifference(const QString &file, const QString &model)
{
    const QStringList a = file.split(u'\n'), b = model.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            return QStringLiteral("line %1:\n  file:  %2\n  model: %3")
                .arg(QString::number(i + 1), a.value(i).left(300), b.value(i).left(300));
        }
    }
    return {};
}

// Positions 0 … n-1, each once.
bool numbered(QList<int> positions)
{
    std::sort(positions.begin(), positions.end());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (positions[i] != i)
            return false;
    }
    return true;
}

} // namespace

Result SoakCheck::fileMatchesModel(Document &document, const QString &scratch)
{
    Database &db = document.file()->database();
    Result r;
    const QString integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"), &r).toString();
    if (!r || integrity != u"ok")
        return broken(QStringLiteral("integrity_check: %1 %2").arg(integrity, r.message()));
    if (const int bad = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt())
        return broken(QStringLiteral("%1 rows break a foreign key").arg(bad));

    // The model alone, written into a new file by the store.
    const Workspace &w = document.workspace();
    ChangeSet all;
    auto addAll = [&all](const auto &records) {
        for (const auto &record : records)
            all.nodes.append({std::nullopt, Node(record)});
    };
    addAll(w.personas); addAll(w.journeys); addAll(w.stages); addAll(w.lanes); addAll(w.moments);
    addAll(w.elements); addAll(w.metrics); addAll(w.insights); addAll(w.opportunities); addAll(w.votes);
    addAll(w.rounds); addAll(w.parkingNotes);
    for (const Link &link : w.links)
        all.links.append({link, true});
    for (const char *extra : {"", "-wal", "-shm"})
        QFile::remove(scratch + QLatin1String(extra));
    QString modelDump;
    {
        auto file = WorkspaceFile::create(scratch, &r);
        if (!file)
            return r;
        WorkspaceStore store(std::move(file));
        if (r = store.apply(all); !r)
            return broken(QStringLiteral("the model cannot be written to a new file: %1").arg(r.message()));
        modelDump = canonicalDump(store.file()->database());
    }
    const QString fileDump = canonicalDump(db);
    if (fileDump != modelDump)
        return broken(QStringLiteral("the file differs from the model at %1").arg(firstDifference(fileDump, modelDump)));
    return Result::success();
}

Result SoakCheck::modelIsWellFormed(const Workspace &w)
{
    QHash<Uid, QList<int>> stages, lanes;
    QHash<std::pair<Uid, Uid>, QList<int>> cells;
    for (const Stage &s : w.stages) {
        if (!w.journeys.contains(s.journey))
            return broken(QStringLiteral("stage %1 is in no journey").arg(uidText(s.uid)));
        stages[s.journey].append(s.position);
    }
    for (const Lane &l : w.lanes) {
        if (!w.journeys.contains(l.journey))
            return broken(QStringLiteral("lane %1 is in no journey").arg(uidText(l.uid)));
        lanes[l.journey].append(l.position);
    }
    for (const Moment &m : w.moments) {
        if (w.stages.value(m.stage).journey != m.journey || w.lanes.value(m.lane).journey != m.journey)
            return broken(QStringLiteral("moment %1 is outside its journey's stages or lanes").arg(uidText(m.uid)));
        for (const PersonaEmotion &e : m.emotions) {
            if (!w.personas.contains(e.persona))
                return broken(QStringLiteral("moment %1 scores a persona that is gone").arg(uidText(m.uid)));
        }
        cells[{m.stage, m.lane}].append(m.position);
    }
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        if (!numbered(*it))
            return broken(QStringLiteral("the stages of journey %1 are not numbered 0 … n-1").arg(uidText(it.key())));
    }
    for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
        if (!numbered(*it))
            return broken(QStringLiteral("the lanes of journey %1 are not numbered 0 … n-1").arg(uidText(it.key())));
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (!numbered(*it))
            return broken(QStringLiteral("the moments of cell %1/%2 are not numbered 0 … n-1")
                              .arg(uidText(it.key().first), uidText(it.key().second)));
    }
    for (const Vote &v : w.votes) {
        if (!w.moments.contains(v.moment))
            return broken(QStringLiteral("vote %1 is for a moment that is gone").arg(uidText(v.uid)));
    }
    for (const Link &link : w.links) {
        const auto from = w.kind(link.from), to = w.kind(link.to);
        if (!from || !to || !Rules::allows(*from, link.relation, *to))
            return broken(QStringLiteral("link %1 → %2 (%3) joins what the rules do not allow or what is gone")
                              .arg(uidText(link.from), uidText(link.to), name(link.relation)));
    }
    return Result::success();
}

} // namespace cx::soak
