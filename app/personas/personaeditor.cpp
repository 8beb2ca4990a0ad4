// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaeditor.h"

#include "personalistmodel.h"
#include "document/personaedits.h"
#include "io/personaphoto.h"
#include "model/personadiff.h"
#include "model/personapalette.h"
#include "model/personasnapshot.h"

#include <QColor>

namespace cx {

namespace {

std::optional<Field> textField(const QString &name)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("name"), Field::Title}, {QStringLiteral("needState"), Field::NeedState},
        {QStringLiteral("quote"), Field::Quote}, {QStringLiteral("demographics"), Field::Demographics},
        {QStringLiteral("psychographics"), Field::Psychographics}, {QStringLiteral("fieldNotes"), Field::FieldNotes},
        {QStringLiteral("notes"), Field::Notes}, {QStringLiteral("status"), Field::Status},
        {QStringLiteral("valueTier"), Field::ValueTier}, {QStringLiteral("color"), Field::Color}};
    const auto it = fields.constFind(name);
    return it == fields.cend() ? std::nullopt : std::optional<Field>(*it);
}

std::optional<PersonaList> listNamed(const QString &name)
{
    static const QHash<QString, PersonaList> lists{
        {QStringLiteral("goals"), PersonaList::Goals}, {QStringLiteral("needs"), PersonaList::Needs},
        {QStringLiteral("frustrations"), PersonaList::Frustrations},
        {QStringLiteral("behaviours"), PersonaList::Behaviours},
        {QStringLiteral("preferredChannels"), PersonaList::PreferredChannels}};
    const auto it = lists.constFind(name);
    return it == lists.cend() ? std::nullopt : std::optional<PersonaList>(*it);
}

QVariantList toVariant(const QStringList &list)
{
    QVariantList result;
    for (const QString &s : list)
        result.append(s);
    return result;
}

} // namespace

PersonaEditor::PersonaEditor(QObject *parent)
    : QObject(parent)
    , m_follower(this, [this] { Q_EMIT changed(); })
{
}

void PersonaEditor::setWorkspace(WorkspaceController *workspace)
{
    if (m_follower.setWorkspace(workspace))
        Q_EMIT workspaceChanged();
}

QString PersonaEditor::persona() const
{
    return m_persona.isNull() ? QString() : uidText(m_persona);
}

void PersonaEditor::setPersona(const QString &persona)
{
    const Uid uid = persona.isEmpty() ? Uid() : uidFromText(persona);
    if (uid == m_persona)
        return;
    m_persona = uid;
    setPhotoMessage({});
    Q_EMIT personaChanged();
    Q_EMIT changed();
}

const Persona *PersonaEditor::current() const
{
    const Document *doc = document();
    if (!doc)
        return nullptr;
    const auto it = doc->workspace().personas.constFind(m_persona);
    return it == doc->workspace().personas.cend() ? nullptr : &*it;
}

bool PersonaEditor::exists() const { return current() != nullptr; }

QVariantMap PersonaEditor::fields() const
{
    const Persona *p = current();
    if (!p)
        return {};
    return {{QStringLiteral("name"), p->title}, {QStringLiteral("needState"), p->needState},
            {QStringLiteral("quote"), p->quote}, {QStringLiteral("demographics"), p->demographics},
            {QStringLiteral("psychographics"), p->psychographics}, {QStringLiteral("fieldNotes"), p->fieldNotes},
            {QStringLiteral("notes"), p->notes}, {QStringLiteral("status"), name(p->status)},
            {QStringLiteral("valueTier"), name(p->valueTier)}, {QStringLiteral("goals"), toVariant(p->goals)},
            {QStringLiteral("needs"), toVariant(p->needs)}, {QStringLiteral("frustrations"), toVariant(p->frustrations)},
            {QStringLiteral("behaviours"), toVariant(p->behaviours)},
            {QStringLiteral("preferredChannels"), toVariant(p->preferredChannels)},
            {QStringLiteral("modified"), p->modified}};
}

QByteArray PersonaEditor::photo() const
{
    const Persona *p = current();
    return p ? p->photo : QByteArray();
}

QString PersonaEditor::initials() const
{
    const Persona *p = current();
    return p ? PersonaListModel::initials(p->title) : QString();
}

QColor PersonaEditor::avatarColor() const
{
    const Document *doc = document();
    return doc && current() ? QColor::fromString(PersonaPalette::colorOf(doc->workspace(), m_persona)) : QColor();
}

QStringList PersonaEditor::palette() const
{
    return PersonaPalette::colors();
}

QVariantList PersonaEditor::evidence() const
{
    QVariantList result;
    if (const Persona *p = current()) {
        for (const EvidenceSource &e : p->evidence) {
            result.append(QVariantMap{{QStringLiteral("label"), e.label}, {QStringLiteral("kind"), name(e.kind)},
                                      {QStringLiteral("date"), e.date.isValid() ? e.date.toString(Qt::ISODate) : QString()},
                                      {QStringLiteral("note"), e.note}});
        }
    }
    return result;
}

QVariantList PersonaEditor::revisions() const
{
    QVariantList result;
    if (const Persona *p = current()) {
        for (const PersonaRevision &v : p->revisions) {
            result.append(QVariantMap{{QStringLiteral("uid"), uidText(v.uid)},
                                      {QStringLiteral("recorded"), v.recorded.toLocalTime()},
                                      {QStringLiteral("summary"), v.summary},
                                      {QStringLiteral("reason"), v.reason},
                                      {QStringLiteral("restorable"), !v.snapshot.trimmed().isEmpty()}});
        }
    }
    return result;
}

QVariantList PersonaEditor::journeys() const
{
    QVariantList result;
    const Document *doc = document();
    if (!doc || !current())
        return result;
    const Workspace &w = doc->workspace();
    QList<Journey> list = w.journeys.values();
    std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) {
        return std::tie(a.title, a.uid) < std::tie(b.title, b.uid);
    });
    for (const Journey &j : std::as_const(list)) {
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(j.uid)}, {QStringLiteral("title"), j.title},
                                  {QStringLiteral("state"), name(j.state)},
                                  {QStringLiteral("linked"), w.links.contains({m_persona, Relation::Follows, j.uid})}});
    }
    return result;
}

QStringList PersonaEditor::evidenceKinds() const { return allNames<EvidenceKind>(); }

QString PersonaEditor::photoLimits() const
{
    const PersonaPhoto::Limits limits;
    return tr("PNG or JPEG, up to %1 MB and %2 megapixels; stored at most %3 pixels wide or tall.")
        .arg(limits.maxFileBytes / (1024 * 1024)).arg(limits.maxPixels / 1'000'000).arg(limits.maxSide);
}

bool PersonaEditor::setField(const QString &field, const QVariant &value)
{
    Document *doc = document();
    const auto f = textField(field);
    if (!doc || !f)
        return false;
    return bool(PersonaEdits(*doc).setField(m_persona, *f, value));
}

int PersonaEditor::addItem(const QString &list, const QString &text, int position)
{
    Document *doc = document();
    const auto l = listNamed(list);
    const Persona *p = current();
    if (!doc || !l || !p)
        return -1;
    const qsizetype size = PersonaEdits::listOf(*p, *l).size();
    const int at = position < 0 || position > size ? int(size) : position;
    return PersonaEdits(*doc).addItem(m_persona, *l, text, at) ? at : -1;
}

bool PersonaEditor::setItem(const QString &list, int index, const QString &text)
{
    Document *doc = document();
    const auto l = listNamed(list);
    return doc && l && PersonaEdits(*doc).setItem(m_persona, *l, index, text);
}

bool PersonaEditor::removeItem(const QString &list, int index)
{
    Document *doc = document();
    const auto l = listNamed(list);
    return doc && l && PersonaEdits(*doc).removeItem(m_persona, *l, index);
}

bool PersonaEditor::moveItem(const QString &list, int from, int to)
{
    Document *doc = document();
    const auto l = listNamed(list);
    return doc && l && PersonaEdits(*doc).moveItem(m_persona, *l, from, to);
}

int PersonaEditor::addEvidence(const QString &label)
{
    Document *doc = document();
    const Persona *p = current();
    if (!doc || !p)
        return -1;
    const int at = int(p->evidence.size());
    EvidenceSource source;
    source.label = label;
    return PersonaEdits(*doc).addEvidence(m_persona, source) ? at : -1;
}

bool PersonaEditor::setEvidenceField(int index, const QString &field, const QString &value)
{
    Document *doc = document();
    const Persona *p = current();
    if (!doc || !p || index < 0 || index >= p->evidence.size())
        return false;
    EvidenceSource e = p->evidence[index];
    if (field == u"label") {
        e.label = value;
    } else if (field == u"note") {
        e.note = value;
    } else if (field == u"kind") {
        const auto kind = fromName<EvidenceKind>(value);
        if (!kind)
            return false;
        e.kind = *kind;
    } else if (field == u"date") {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!value.trimmed().isEmpty() && !date.isValid())
            return false; // still being typed: nothing to save yet
        e.date = date;
    } else {
        return false;
    }
    return bool(PersonaEdits(*doc).setEvidence(m_persona, index, e));
}

bool PersonaEditor::removeEvidence(int index)
{
    Document *doc = document();
    return doc && PersonaEdits(*doc).removeEvidence(m_persona, index);
}

bool PersonaEditor::moveEvidence(int from, int to)
{
    Document *doc = document();
    return doc && PersonaEdits(*doc).moveEvidence(m_persona, from, to);
}

bool PersonaEditor::setPhotoMessage(const QString &message)
{
    if (message != m_photoMessage) {
        m_photoMessage = message;
        Q_EMIT photoMessageChanged();
    }
    return message.isEmpty();
}

void PersonaEditor::clearPhotoMessage() { setPhotoMessage({}); }

bool PersonaEditor::setPhotoFile(const QString &pathOrUrl)
{
    Document *doc = document();
    if (!doc || !current())
        return false;
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    QByteArray photo;
    if (Result r = PersonaPhoto::fromFile(path, &photo); !r)
        return setPhotoMessage(r.message());
    const Result r = PersonaEdits(*doc).setPhoto(m_persona, photo);
    return setPhotoMessage(r ? QString() : r.message());
}

bool PersonaEditor::dropPhoto(const QList<QUrl> &urls)
{
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return setPhotoMessage(tr("Drop a PNG or JPEG file from this computer to use it as the photo."));
    return setPhotoFile(urls.constFirst().toLocalFile());
}

bool PersonaEditor::clearPhoto()
{
    Document *doc = document();
    setPhotoMessage({});
    return doc && PersonaEdits(*doc).setPhoto(m_persona, {});
}

QString PersonaEditor::recordRevision(const QString &summary, const QString &reason)
{
    Document *doc = document();
    Uid created;
    if (!doc || !PersonaEdits(*doc).recordRevision(m_persona, summary, reason, &created))
        return {};
    return uidText(created);
}

bool PersonaEditor::restoreRevision(const QString &revision)
{
    Document *doc = document();
    return doc && PersonaEdits(*doc).restoreRevision(m_persona, uidFromText(revision));
}

QVariantList PersonaEditor::compare(const QString &before, const QString &after) const
{
    const Persona *p = current();
    if (!p)
        return {};
    auto version = [p](const QString &revision) {
        if (revision.isEmpty())
            return *p;
        Persona snapshot;
        const Uid uid = uidFromText(revision);
        for (const PersonaRevision &v : p->revisions) {
            if (v.uid == uid)
                PersonaSnapshot::read(v.snapshot, &snapshot);
        }
        return snapshot;
    };
    QVariantList result;
    const QList<PersonaFieldDiff> diff = PersonaDiff::compare(version(before), version(after));
    for (const PersonaFieldDiff &d : diff) {
        result.append(QVariantMap{{QStringLiteral("label"), d.label}, {QStringLiteral("before"), d.before},
                                  {QStringLiteral("after"), d.after}, {QStringLiteral("onlyBefore"), d.onlyBefore},
                                  {QStringLiteral("onlyAfter"), d.onlyAfter}, {QStringLiteral("changed"), d.changed}});
    }
    return result;
}

bool PersonaEditor::setFollows(const QString &journey, bool follows)
{
    Document *doc = document();
    if (!doc || !current())
        return false;
    const Link link{m_persona, Relation::Follows, uidFromText(journey)};
    if (doc->workspace().links.contains(link) == follows)
        return true;
    return bool(follows ? doc->link(link) : doc->unlink(link));
}

} // namespace cx
