// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentfields.h"

namespace cx {

QVariantMap MomentFields::toMap(const Moment &m, const Workspace &w)
{
    QVariantList emotions;
    for (const Uid &p : w.personasOf(m.journey)) {
        QVariant score;
        for (const PersonaEmotion &e : m.emotions) {
            if (e.persona == p)
                score = e.score;
        }
        emotions.append(QVariantMap{{QStringLiteral("persona"), uidText(p)},
                                    {QStringLiteral("title"), w.personas.value(p).title},
                                    {QStringLiteral("score"), score}});
    }
    return {{QStringLiteral("uid"), uidText(m.uid)}, {QStringLiteral("title"), m.title},
            {QStringLiteral("notes"), m.notes}, {QStringLiteral("channel"), m.channel},
            {QStringLiteral("owner"), m.owner},
            {QStringLiteral("emotion"), m.emotion ? QVariant(*m.emotion) : QVariant()},
            {QStringLiteral("emotions"), emotions}, {QStringLiteral("importance"), m.importance},
            {QStringLiteral("evidence"), name(m.evidence)}, {QStringLiteral("mattersMost"), m.mattersMost},
            {QStringLiteral("color"), m.color}, {QStringLiteral("tags"), m.tags},
            {QStringLiteral("stage"), w.stages.value(m.stage).title},
            {QStringLiteral("lane"), w.lanes.value(m.lane).title}};
}

bool MomentFields::set(Moment &moment, QStringView field, const QVariant &value)
{
    if (field == u"title") moment.title = value.toString();
    else if (field == u"notes") moment.notes = value.toString();
    else if (field == u"channel") moment.channel = value.toString();
    else if (field == u"owner") moment.owner = value.toString();
    else if (field == u"emotion") moment.emotion = value.isValid() && !value.isNull() ? std::optional<int>(value.toInt()) : std::nullopt;
    else if (field == u"importance") moment.importance = value.toInt();
    else if (field == u"evidence") moment.evidence = fromName<EvidenceLevel>(value.toString()).value_or(moment.evidence);
    else if (field == u"mattersMost") moment.mattersMost = value.toBool();
    else if (field == u"color") moment.color = value.toString();
    else if (field == u"tags") {
        QStringList tags;
        for (const QString &tag : value.toStringList()) {
            if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed()))
                tags.append(tag.trimmed());
        }
        moment.tags = tags;
    } else
        return false;
    return true;
}

} // namespace cx
