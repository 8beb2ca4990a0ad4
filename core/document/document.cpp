// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "changecommand.h"
#include "changes.h"
#include "model/labels.h"
#include "store/workspacestore.h"

#include <QFileInfo>

namespace cx {

namespace {

// Gives a new record its id and timestamps when the caller left them out, and puts its
// lists in canonical order.
void stamp(Node &node)
{
    if (Moment *moment = std::get_if<Moment>(&node))
        moment->sortEmotions();
    const QDateTime now = fileTimestamp();
    std::visit(
        [&now](auto &n) {
            if (n.uid.isNull())
                n.uid = newUid();
            if constexpr (std::is_base_of_v<NodeBase, std::decay_t<decltype(n)>>) {
                if (!n.created.isValid())
                    n.created = now;
                if (!n.modified.isValid())
                    n.modified = n.created;
            } else {
                if (!n.cast.isValid())
                    n.cast = now;
            }
        },
        node);
}

} // namespace

Document::Document(std::unique_ptr<Store> store)
    : m_store(std::move(store))
{
}

Document::~Document()
{
    // Commands refer to the document; they go before it does.
    m_undoStack.clear();
}

std::unique_ptr<Document> Document::open(const QString &path, OpenMode mode, Result *error)
{
    auto file = WorkspaceFile::open(path, mode, error);
    if (!file)
        return nullptr;
    return open(std::make_unique<WorkspaceStore>(std::move(file)), error);
}

std::unique_ptr<Document> Document::open(std::unique_ptr<Store> store, Result *error)
{
    std::unique_ptr<Document> document(new Document(std::move(store)));
    if (Result r = document->m_store->load(document->m_workspace); !r) {
        *error = r;
        return nullptr;
    }
    document->m_store->attach(document.get());
    return document;
}

std::unique_ptr<Document> Document::create(const QString &path, Result *error)
{
    auto file = WorkspaceFile::create(path, error);
    if (!file)
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::make_unique<WorkspaceStore>(std::move(file))));
}

WorkspaceFile *Document::file() { return m_store->file(); }
QString Document::path() const { return m_store->location(); }
QString Document::displayName() const { return m_store->displayName(); }
bool Document::isReadOnly() const { return m_store->isReadOnly(); }
QString Document::readOnlyReason() const { return m_store->readOnlyReason(); }
void Document::storeStateChanged() { Q_EMIT readOnlyChanged(); }

Result Document::push(ChangeSet change, const Result &built, const QString &text, const QString &mergeKey)
{
    if (!built) {
        Q_EMIT editFailed(built.message());
        return built;
    }
    if (change.isEmpty())
        return Result::success();
    if (isReadOnly()) {
        Result r = Result::failure(ErrorCode::ReadOnly,
                                   readOnlyReason().isEmpty() ? tr("This workspace is open for reading only.")
                                                              : readOnlyReason());
        Q_EMIT editFailed(r.message());
        return r;
    }
    m_lastApply = Result::success();
    m_undoStack.push(new ChangeCommand(this, std::move(change), text, mergeKey));
    return m_lastApply;
}

Result Document::edit(ChangeSet change, const QString &text)
{
    Result built = verifyBefore(change);
    return push(std::move(change), built, text);
}

Result Document::edit(ChangeSet change, const Result &built, const QString &text)
{
    if (!built)
        return push({}, built, text);
    return edit(std::move(change), text);
}

Result Document::add(const Node &node)
{
    Node stamped = node;
    stamp(stamped);
    Result error;
    ChangeSet change = Changes::add(m_workspace, {stamped}, &error);
    return push(std::move(change), error,
                //: An undo step. %1: the kind of record, a noun ("story", "moment"); %2: its title
                tr("Add %1 “%2”").arg(label(kindOf(stamped)), titleOf(stamped)));
}

Result Document::add(QList<Node> nodes, const QString &text)
{
    for (Node &node : nodes)
        stamp(node);
    Result error;
    ChangeSet change = Changes::add(m_workspace, nodes, &error);
    return push(std::move(change), error,
                text.isEmpty() ? tr("Add %n item(s)", nullptr, int(nodes.size())) : text);
}

Result Document::update(Node after, const QString &mergeKey)
{
    if (Moment *moment = std::get_if<Moment>(&after))
        moment->sortEmotions();
    const auto before = m_workspace.node(uidOf(after));
    if (before && before->index() == after.index()) {
        // Only a real change moves the modification time.
        std::visit(
            [&before](auto &n) {
                using T = std::decay_t<decltype(n)>;
                if constexpr (std::is_base_of_v<NodeBase, T>) {
                    n.modified = std::get<T>(*before).modified;
                    if (!(n == std::get<T>(*before)))
                        n.modified = std::max(fileTimestamp(), n.created);
                }
            },
            after);
    }
    Result error;
    ChangeSet change = Changes::update(m_workspace, after, &error);
    return push(std::move(change), error,
                //: An undo step. %1: the kind of record, a noun ("story", "moment"); %2: its title
                tr("Edit %1 “%2”").arg(label(kindOf(after)), titleOf(after)), mergeKey);
}

Result Document::remove(const QList<Uid> &uids)
{
    Result error;
    ChangeSet change = Changes::remove(m_workspace, uids, &error);
    QString text = tr("Delete %n item(s)", nullptr, int(uids.size()));
    if (uids.size() == 1) {
        if (const auto node = m_workspace.node(uids.constFirst()))
            //: An undo step. %1: the kind of record, a noun ("story", "moment"); %2: its title
            text = tr("Delete %1 “%2”").arg(label(kindOf(*node)), titleOf(*node));
    }
    return push(std::move(change), error, text);
}

Result Document::moveMoments(const QList<Uid> &moments, const Uid &stage, const Uid &lane, int position)
{
    Result error;
    ChangeSet change = Changes::moveMoments(m_workspace, moments, stage, lane, position, &error);
    return push(std::move(change), error, tr("Move %n moment(s)", nullptr, int(moments.size())));
}

Result Document::insertMoments(QList<Moment> moments, const Uid &stage, const Uid &lane,
                               int position, const QString &text)
{
    for (Moment &m : moments) {
        Node node(m);
        stamp(node);
        m = std::get<Moment>(node);
    }
    Result error;
    ChangeSet change = Changes::insertMoments(m_workspace, moments, stage, lane, position, &error);
    const QString label = moments.size() == 1
        ? tr("Add moment “%1”").arg(moments.constFirst().title)
        : tr("Add %n moment(s)", nullptr, int(moments.size()));
    return push(std::move(change), error, text.isEmpty() ? label : text);
}

Result Document::insertBand(Node stageOrLane, int position)
{
    stamp(stageOrLane);
    Result error;
    ChangeSet change = Changes::insertBand(m_workspace, stageOrLane, position, &error);
    return push(std::move(change), error,
                tr("Add %1 “%2”").arg(label(kindOf(stageOrLane)), titleOf(stageOrLane)));
}

Result Document::reorder(const Uid &stageOrLane, int position)
{
    Result error;
    ChangeSet change = Changes::reorder(m_workspace, stageOrLane, position, &error);
    const auto node = m_workspace.node(stageOrLane);
    return push(std::move(change), error,
                //: An undo step. %1: the kind of record, a noun ("story", "moment"); %2: its title
                node ? tr("Move %1 “%2”").arg(label(kindOf(*node)), titleOf(*node)) : QString());
}

Result Document::link(const Link &link)
{
    Result error;
    ChangeSet change = Changes::link(m_workspace, link, &error);
    const auto from = m_workspace.node(link.from);
    const auto to = m_workspace.node(link.to);
    return push(std::move(change), error,
                from && to ? tr("Link “%1” to “%2”").arg(titleOf(*from), titleOf(*to)) : QString());
}

Result Document::unlink(const Link &link)
{
    Result error;
    ChangeSet change = Changes::unlink(m_workspace, link, &error);
    const auto from = m_workspace.node(link.from);
    const auto to = m_workspace.node(link.to);
    return push(std::move(change), error,
                from && to ? tr("Unlink “%1” from “%2”").arg(titleOf(*from), titleOf(*to)) : QString());
}

Result Document::verifyBefore(const ChangeSet &change) const
{
    for (const NodeChange &c : change.nodes) {
        const Uid uid = uidOf(c.after ? *c.after : *c.before);
        const auto current = m_workspace.node(uid);
        if (current != c.before)
            return m_store->conflict(m_workspace, uid);
    }
    for (const LinkChange &c : change.links) {
        if (m_workspace.links.contains(c.link) == c.added)
            return m_store->conflict(m_workspace, c.link.from);
    }
    return Result::success();
}

Result Document::apply(const ChangeSet &change, const QString &summary)
{
    Result r = verifyBefore(change);
    if (r) {
        m_store->describeNext(summary);
        r = m_store->apply(change);
    }
    m_lastApply = r;
    if (!r) {
        Q_EMIT editFailed(r.message());
        return r;
    }
    applyToMemory(change);
    return r;
}

Result Document::applyRemote(const ChangeSet &change)
{
    if (Result r = verifyBefore(change); !r)
        return r;
    applyToMemory(change);
    return Result::success();
}

void Document::applyToMemory(const ChangeSet &change)
{
    const QList<ChangeSet::Step> steps = change.steps();
    for (const ChangeSet::Step &step : steps) {
        if (step.isLink) {
            const LinkChange &c = change.links[step.index];
            if (c.added) {
                m_workspace.links.insert(c.link);
                Q_EMIT linkAdded(c.link);
            } else {
                Q_EMIT linkAboutToBeRemoved(c.link);
                m_workspace.links.remove(c.link);
                Q_EMIT linkRemoved(c.link);
            }
            continue;
        }
        const NodeChange &c = change.nodes[step.index];
        if (!c.before) {
            m_workspace.put(*c.after);
            Q_EMIT nodeAdded(uidOf(*c.after), kindOf(*c.after));
        } else if (!c.after) {
            const Uid uid = uidOf(*c.before);
            const NodeKind kind = kindOf(*c.before);
            Q_EMIT nodeAboutToBeRemoved(uid, kind);
            m_workspace.remove(uid);
            Q_EMIT nodeRemoved(uid, kind);
        } else {
            m_workspace.put(*c.after);
            Q_EMIT nodeChanged(uidOf(*c.after), kindOf(*c.after), changedFields(*c.before, *c.after));
        }
    }
    Q_EMIT changed();
}

} // namespace cx
