// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakpersonas.h"

#include "document/document.h"
#include "io/personaphoto.h"

#include <QBuffer>
#include <QImage>

namespace cx::soak {

namespace {

// A photo as the editor stores it: picked from a file and prepared.
QByteArray photo(const QColor &color, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    QByteArray prepared;
    PersonaPhoto::prepare(bytes, QStringLiteral("soak"), &prepared);
    return prepared;
}

} // namespace

SoakPersonas::SoakPersonas(SoakRandom &random)
    : m_random(random)
    , m_photos{photo(Qt::darkCyan, 640, 480, "PNG"), photo(Qt::darkMagenta, 300, 500, "JPEG")}
{
}

void SoakPersonas::attach(Document *document)
{
    m_document = document;
    m_edits = std::make_unique<PersonaEdits>(*document);
}

const Workspace &SoakPersonas::workspace() const
{
    return m_document->workspace();
}

Result SoakPersonas::made(const Result &r, const Uid &uid)
{
    if (r)
        m_random.remember(uid);
    return r;
}

std::optional<Persona> SoakPersonas::somePersona()
{
    return m_random.pick(workspace().personas);
}

std::optional<Result> SoakPersonas::add()
{
    if (workspace().personas.size() >= maxPersonas)
        return remove();
    Uid created;
    const Result r = m_edits->create(m_random.text(), &created);
    return made(r, created);
}

std::optional<Result> SoakPersonas::duplicate()
{
    const auto p = somePersona();
    if (!p || workspace().personas.size() >= maxPersonas)
        return std::nullopt;
    Uid created;
    const Result r = m_edits->duplicate(p->uid, &created);
    return made(r, created);
}

std::optional<Result> SoakPersonas::remove()
{
    const auto p = somePersona();
    return p ? std::optional(m_edits->remove(p->uid)) : std::nullopt;
}

std::optional<Result> SoakPersonas::type()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    static const Field fields[] = {Field::Title, Field::NeedState, Field::Quote, Field::Demographics,
                                   Field::Psychographics, Field::FieldNotes, Field::Notes};
    const Field field = fields[m_random.below(int(std::size(fields)))];
    // Several keystrokes into one field merge into one undo step.
    Result r;
    QString typed;
    for (int keys = m_random.between(1, 4); keys > 0 && r; --keys) {
        typed += m_random.word();
        r = m_edits->setField(p->uid, field, typed);
    }
    return r;
}

std::optional<Result> SoakPersonas::choose()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    if (m_random.chance(50)) {
        return m_edits->setField(p->uid, Field::Status,
                                    m_random.chance(50) ? QStringLiteral("hypothesis") : QStringLiteral("validated"));
    }
    static const char *tiers[] = {"low", "medium", "high", "top", "priceless"}; // the last is refused
    return m_edits->setField(p->uid, Field::ValueTier, QString::fromLatin1(tiers[m_random.below(5)]));
}

std::optional<Result> SoakPersonas::editList()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    const auto list = PersonaList(m_random.below(5));
    const int size = int(PersonaEdits::listOf(*p, list).size());
    switch (size == 0 ? 0 : m_random.below(4)) {
    case 0: return m_edits->addItem(p->uid, list, m_random.text(), m_random.between(-1, size));
    case 1: return m_edits->setItem(p->uid, list, m_random.below(size), m_random.text());
    case 2: return m_edits->removeItem(p->uid, list, m_random.below(size));
    default: return m_edits->moveItem(p->uid, list, m_random.below(size), m_random.below(size));
    }
}

std::optional<Result> SoakPersonas::editEvidence()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    const int size = int(p->evidence.size());
    const EvidenceSource source{m_random.text(), EvidenceKind(m_random.below(6)),
                                m_random.chance(30) ? QDate() : m_random.date(), m_random.text()};
    switch (size == 0 ? 0 : m_random.below(4)) {
    case 0: return m_edits->addEvidence(p->uid, source, m_random.between(-1, size));
    case 1: return m_edits->setEvidence(p->uid, m_random.below(size), source);
    case 2: return m_edits->removeEvidence(p->uid, m_random.below(size));
    default: return m_edits->moveEvidence(p->uid, m_random.below(size), m_random.below(size));
    }
}

std::optional<Result> SoakPersonas::setPhoto()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    const int which = m_random.below(int(m_photos.size()) + 1);
    return m_edits->setPhoto(p->uid, which < m_photos.size() ? m_photos.at(which) : QByteArray());
}

std::optional<Result> SoakPersonas::revision()
{
    const auto p = somePersona();
    if (!p)
        return std::nullopt;
    if (p->revisions.isEmpty() || m_random.chance(60))
        return m_edits->recordRevision(p->uid, m_random.text(), m_random.text());
    return m_edits->restoreRevision(p->uid, p->revisions.at(m_random.below(int(p->revisions.size()))).uid);
}

std::optional<Result> SoakPersonas::follow()
{
    const auto p = somePersona();
    const auto j = m_random.pick(workspace().journeys);
    if (!p || !j)
        return std::nullopt;
    const Link link{p->uid, Relation::Follows, j->uid};
    return workspace().links.contains(link) ? m_document->unlink(link) : m_document->link(link);
}

} // namespace cx::soak
