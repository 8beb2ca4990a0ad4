// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mermaidjourney.h"

#include <QRegularExpression>
#include <algorithm>

namespace cx {

namespace {

constexpr int scoreOffset = 3; // Mermaid's 1…5 is our −2…+2

// Text that cannot break a Mermaid line: its separators and line ends become spaces.
QString safe(QString text, bool task)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || (task && (c == u':' || c == u';' || c == u'#')))
            c = u' ';
    }
    return text.simplified();
}

} // namespace

std::optional<WorkspaceData> MermaidJourney::read(const QByteArray &bytes, const QString &fileName,
                                                  const QDateTime &time, Result *error)
{
    auto fail = [&](int line, const QString &what) {
        *error = Result::failure(ErrorCode::Invalid, tr("%1, line %2: %3").arg(fileName, QString::number(line), what));
        return std::nullopt;
    };
    if (bytes.size() > maxSize)
        return fail(1, tr("the file is larger than %1 MB.").arg(maxSize >> 20));
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    if (lines.size() > maxLines)
        return fail(maxLines + 1, tr("more than %1 lines.").arg(maxLines));

    WorkspaceData data;
    Journey journey;
    journey.uid = newUid();
    journey.created = journey.modified = time;
    Lane lane;
    lane.uid = newUid();
    lane.journey = journey.uid;
    lane.kind = LaneKind::Steps;
    lane.title = tr("Steps");
    lane.created = lane.modified = time;
    QList<Stage> stages;
    QList<Moment> moments;
    QHash<QString, Persona> personas;
    QStringList personaOrder;
    QString accTitle;
    bool started = false;
    bool hasTitle = false;
    int cellPosition = 0;

    static const QRegularExpression taskPattern(QStringLiteral(R"(^([^:#;]+?)\s*:\s*([^:#;]*?)\s*(?::\s*([^#;]*?))?\s*$)"));
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u"%%"))
            continue;
        if (!started) {
            if (line != u"journey")
                return fail(number, tr("expected “journey” to start the diagram."));
            started = true;
            continue;
        }
        if (line.startsWith(u"title ") || line == u"title") {
            journey.title = line.mid(5).trimmed();
            hasTitle = true;
        } else if (line.startsWith(u"accTitle")) {
            const QString rest = line.mid(8).trimmed();
            if (!rest.startsWith(u':'))
                return fail(number, tr("expected “accTitle: text”."));
            accTitle = rest.mid(1).trimmed();
        } else if (line.startsWith(u"accDescr")) {
            const QString rest = line.mid(8).trimmed();
            if (rest.startsWith(u':')) {
                journey.notes = rest.mid(1).trimmed();
            } else if (rest.startsWith(u'{')) {
                QStringList text;
                QString first = rest.mid(1);
                int j = i;
                bool closed = false;
                for (;;) {
                    QString part = j == i ? first : lines.at(j);
                    if (const auto end = part.indexOf(u'}'); end >= 0) {
                        part.truncate(end);
                        closed = true;
                    }
                    if (!part.trimmed().isEmpty())
                        text.append(part.trimmed());
                    if (closed || ++j >= lines.size())
                        break;
                }
                if (!closed)
                    return fail(number, tr("“accDescr {” is not closed with “}”."));
                journey.notes = text.join(u'\n');
                i = j;
            } else {
                return fail(number, tr("expected “accDescr: text” or “accDescr {”."));
            }
        } else if (line.startsWith(u"section ") || line == u"section") {
            Stage stage;
            stage.uid = newUid();
            stage.journey = journey.uid;
            stage.title = line.mid(7).trimmed();
            stage.position = int(stages.size());
            stage.created = stage.modified = time;
            stages.append(stage);
            cellPosition = 0;
        } else {
            const auto match = taskPattern.match(line);
            if (!match.hasMatch())
                return fail(number, tr("expected a task “name: score: actors”, a section, a title, "
                                       "accTitle, accDescr or a %% comment."));
            bool ok = false;
            const int score = match.captured(2).toInt(&ok);
            if (!ok || score < 1 || score > 5)
                return fail(number, tr("the score “%1” is not a whole number from 1 to 5.").arg(match.captured(2)));
            if (stages.isEmpty()) {
                // Tasks before any section: Mermaid draws them in a section without a name.
                Stage stage;
                stage.uid = newUid();
                stage.journey = journey.uid;
                stage.created = stage.modified = time;
                stages.append(stage);
            }
            Moment m;
            m.uid = newUid();
            m.journey = journey.uid;
            m.stage = stages.constLast().uid;
            m.lane = lane.uid;
            m.position = cellPosition++;
            m.title = match.captured(1).trimmed();
            m.emotion = score - scoreOffset;
            m.created = m.modified = time;
            const QStringList actors = match.captured(3).split(u',', Qt::SkipEmptyParts);
            for (const QString &raw : actors) {
                const QString actor = raw.trimmed();
                if (actor.isEmpty())
                    continue;
                if (!personas.contains(actor)) {
                    Persona p;
                    p.uid = newUid();
                    p.title = actor;
                    p.created = p.modified = time;
                    personas.insert(actor, p);
                    personaOrder.append(actor);
                }
                const Uid persona = personas.value(actor).uid;
                if (std::none_of(m.emotions.begin(), m.emotions.end(),
                                 [&](const PersonaEmotion &e) { return e.persona == persona; }))
                    m.emotions.append({persona, score - scoreOffset});
            }
            m.sortEmotions();
            moments.append(m);
        }
    }
    if (!started)
        return fail(1, tr("expected “journey” to start the diagram; the file is empty."));
    if (!hasTitle)
        journey.title = accTitle;
    data.nodes.append(journey);
    data.nodes.append(lane);
    for (const QString &name : std::as_const(personaOrder)) {
        data.nodes.append(personas.value(name));
        data.links.append({personas.value(name).uid, Relation::Follows, journey.uid});
    }
    for (const Stage &s : std::as_const(stages))
        data.nodes.append(s);
    for (const Moment &m : std::as_const(moments))
        data.nodes.append(m);
    *error = Result::success();
    return data;
}

QByteArray MermaidJourney::write(const Workspace &w, const Uid &journeyUid)
{
    const Journey journey = w.journeys.value(journeyUid);
    auto personaName = [&w](const Uid &p) { return safe(w.personas.value(p).title, true).replace(u',', u' ').simplified(); };
    QStringList followers;
    for (const Uid &p : w.personasOf(journeyUid))
        followers.append(personaName(p));
    followers.sort();

    QString out = QStringLiteral("journey\n");
    if (!journey.title.isEmpty())
        out += QStringLiteral("    title %1\n").arg(safe(journey.title, false));
    if (!journey.notes.isEmpty()) {
        const QStringList lines = journey.notes.split(u'\n');
        if (lines.size() == 1 && !journey.notes.contains(u'}')) {
            out += QStringLiteral("    accDescr: %1\n").arg(safe(journey.notes, false));
        } else {
            out += QStringLiteral("    accDescr {\n");
            for (const QString &l : lines) {
                const QString text = QString(l).replace(u'}', u')').trimmed();
                if (!text.isEmpty())
                    out += QStringLiteral("        %1\n").arg(text);
            }
            out += QStringLiteral("    }\n");
        }
    }
    const QList<Lane> lanes = w.lanesOf(journeyUid);
    for (const Stage &s : w.stagesOf(journeyUid)) {
        out += QStringLiteral("    section %1\n").arg(safe(s.title, false));
        for (const Lane &l : lanes) {
            for (const Moment &m : w.momentsIn(s.uid, l.uid)) {
                QStringList actors;
                for (const PersonaEmotion &e : m.emotions)
                    actors.append(personaName(e.persona));
                actors.sort();
                if (actors.isEmpty())
                    actors = followers;
                QString title = safe(m.title, true);
                if (title.isEmpty())
                    title = QStringLiteral("(untitled)");
                out += QStringLiteral("      %1: %2").arg(title, QString::number(m.emotion.value_or(0) + scoreOffset));
                if (!actors.isEmpty())
                    out += QStringLiteral(": ") + actors.join(QStringLiteral(", "));
                out += u'\n';
            }
        }
    }
    return out.toUtf8();
}

void MermaidJourney::adoptPersonas(WorkspaceData &data, const Workspace &workspace)
{
    QHash<QString, QList<Uid>> byTitle;
    for (const Persona &p : workspace.personas)
        byTitle[p.title.trimmed().toCaseFolded()].append(p.uid);
    QHash<Uid, Uid> adopted; // read persona → the workspace's
    data.nodes.removeIf([&](const Node &node) {
        const auto *persona = std::get_if<Persona>(&node);
        if (!persona || workspace.personas.contains(persona->uid))
            return false;
        const QList<Uid> matches = byTitle.value(persona->title.trimmed().toCaseFolded());
        if (matches.size() != 1)
            return false;
        adopted.insert(persona->uid, matches.constFirst());
        return true;
    });
    if (adopted.isEmpty())
        return;
    for (Node &node : data.nodes) {
        if (auto *m = std::get_if<Moment>(&node)) {
            for (PersonaEmotion &e : m->emotions)
                e.persona = adopted.value(e.persona, e.persona);
            m->sortEmotions();
        }
    }
    for (Link &link : data.links) {
        link.from = adopted.value(link.from, link.from);
        link.to = adopted.value(link.to, link.to);
    }
}

} // namespace cx
