// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personasnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cx {

namespace {

constexpr int snapshotVersion = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

// The snapshot key of each editable field.
QString keyOf(Field field)
{
    switch (field) {
    case Field::Title: return QStringLiteral("name");
    case Field::NeedState: return QStringLiteral("needState");
    case Field::Quote: return QStringLiteral("quote");
    case Field::Photo: return QStringLiteral("photo");
    case Field::Status: return QStringLiteral("status");
    case Field::ValueTier: return QStringLiteral("valueTier");
    case Field::Goals: return QStringLiteral("goals");
    case Field::Needs: return QStringLiteral("needs");
    case Field::Frustrations: return QStringLiteral("frustrations");
    case Field::Behaviours: return QStringLiteral("behaviours");
    case Field::PreferredChannels: return QStringLiteral("preferredChannels");
    case Field::Demographics: return QStringLiteral("demographics");
    case Field::Psychographics: return QStringLiteral("psychographics");
    case Field::FieldNotes: return QStringLiteral("fieldNotes");
    case Field::Evidence: return QStringLiteral("evidence");
    case Field::Notes: return QStringLiteral("notes");
    default: return {};
    }
}

} // namespace

const QList<Field> &PersonaSnapshot::fieldOrder()
{
    static const QList<Field> order{
        Field::Title, Field::NeedState, Field::Quote, Field::Photo, Field::Status,
        Field::ValueTier, Field::Goals, Field::Needs, Field::Frustrations, Field::Behaviours,
        Field::PreferredChannels, Field::Demographics, Field::Psychographics, Field::FieldNotes,
        Field::Evidence, Field::Notes};
    return order;
}

QString PersonaSnapshot::label(Field field)
{
    switch (field) {
    case Field::Title: return tr("Name");
    case Field::NeedState: return tr("Need state");
    case Field::Quote: return tr("Quote");
    case Field::Photo: return tr("Photo");
    case Field::Status: return tr("Status");
    case Field::ValueTier: return tr("Value tier");
    case Field::Goals: return tr("Goals");
    case Field::Needs: return tr("Needs");
    case Field::Frustrations: return tr("Frustrations");
    case Field::Behaviours: return tr("Behaviours");
    case Field::PreferredChannels: return tr("Preferred channels");
    case Field::Demographics: return tr("Demographics");
    case Field::Psychographics: return tr("Psychographics");
    case Field::FieldNotes: return tr("Field notes");
    case Field::Evidence: return tr("Evidence");
    case Field::Notes: return tr("Notes");
    default: return {};
    }
}

QByteArray PersonaSnapshot::write(const Persona &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), snapshotVersion);
    o.insert(keyOf(Field::Title), p.title);
    o.insert(keyOf(Field::NeedState), p.needState);
    o.insert(keyOf(Field::Quote), p.quote);
    o.insert(keyOf(Field::Photo), QString::fromLatin1(p.photo.toBase64()));
    o.insert(keyOf(Field::Status), name(p.status));
    o.insert(keyOf(Field::ValueTier), name(p.valueTier));
    o.insert(keyOf(Field::Goals), toArray(p.goals));
    o.insert(keyOf(Field::Needs), toArray(p.needs));
    o.insert(keyOf(Field::Frustrations), toArray(p.frustrations));
    o.insert(keyOf(Field::Behaviours), toArray(p.behaviours));
    o.insert(keyOf(Field::PreferredChannels), toArray(p.preferredChannels));
    o.insert(keyOf(Field::Demographics), p.demographics);
    o.insert(keyOf(Field::Psychographics), p.psychographics);
    o.insert(keyOf(Field::FieldNotes), p.fieldNotes);
    QJsonArray evidence;
    for (const EvidenceSource &e : p.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("label"), e.label},
                                    {QStringLiteral("kind"), name(e.kind)},
                                    {QStringLiteral("date"), e.date.isValid() ? e.date.toString(Qt::ISODate) : QString()},
                                    {QStringLiteral("note"), e.note}});
    }
    o.insert(keyOf(Field::Evidence), evidence);
    o.insert(keyOf(Field::Notes), p.notes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result PersonaSnapshot::read(const QByteArray &snapshot, Persona *persona)
{
    if (snapshot.trimmed().isEmpty())
        return Result::failure(ErrorCode::Invalid, tr("This revision holds no snapshot of the persona's fields."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot, &error);
    if (!doc.isObject()) {
        return Result::failure(ErrorCode::Damaged,
                               tr("This revision's snapshot is damaged (at character %1: %2).")
                                   .arg(error.offset).arg(error.errorString()));
    }
    const QJsonObject o = doc.object();
    Persona p = *persona;
    auto text = [&o](Field f, QString &into) {
        if (o.contains(keyOf(f)))
            into = o.value(keyOf(f)).toString();
    };
    auto list = [&o](Field f, QStringList &into) {
        if (o.contains(keyOf(f)))
            into = toList(o.value(keyOf(f)));
    };
    text(Field::Title, p.title);
    text(Field::NeedState, p.needState);
    text(Field::Quote, p.quote);
    if (o.contains(keyOf(Field::Photo)))
        p.photo = QByteArray::fromBase64(o.value(keyOf(Field::Photo)).toString().toLatin1());
    if (const auto s = fromName<PersonaStatus>(o.value(keyOf(Field::Status)).toString()))
        p.status = *s;
    if (const auto t = fromName<ValueTier>(o.value(keyOf(Field::ValueTier)).toString()))
        p.valueTier = *t;
    list(Field::Goals, p.goals);
    list(Field::Needs, p.needs);
    list(Field::Frustrations, p.frustrations);
    list(Field::Behaviours, p.behaviours);
    list(Field::PreferredChannels, p.preferredChannels);
    text(Field::Demographics, p.demographics);
    text(Field::Psychographics, p.psychographics);
    text(Field::FieldNotes, p.fieldNotes);
    if (o.contains(keyOf(Field::Evidence))) {
        p.evidence.clear();
        const QJsonArray evidence = o.value(keyOf(Field::Evidence)).toArray();
        for (const QJsonValue &v : evidence) {
            const QJsonObject e = v.toObject();
            p.evidence.append({e.value(QStringLiteral("label")).toString(),
                               fromName<EvidenceKind>(e.value(QStringLiteral("kind")).toString())
                                   .value_or(EvidenceKind::Other),
                               QDate::fromString(e.value(QStringLiteral("date")).toString(), Qt::ISODate),
                               e.value(QStringLiteral("note")).toString()});
        }
    }
    text(Field::Notes, p.notes);
    *persona = p;
    return Result::success();
}

} // namespace cx
