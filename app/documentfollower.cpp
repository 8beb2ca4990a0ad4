// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfollower.h"

namespace cx {

DocumentFollower::DocumentFollower(QObject *owner, std::function<void()> changed, std::function<void()> replaced)
    : m_owner(owner)
    , m_changed(std::move(changed))
    , m_replaced(std::move(replaced))
{
}

DocumentFollower::~DocumentFollower()
{
    QObject::disconnect(m_workspaceConnection);
    QObject::disconnect(m_documentConnection);
    QObject::disconnect(m_readOnlyConnection);
}

bool DocumentFollower::setWorkspace(WorkspaceController *workspace)
{
    if (workspace == m_workspace)
        return false;
    QObject::disconnect(m_workspaceConnection);
    m_workspace = workspace;
    if (m_workspace) {
        m_workspaceConnection = QObject::connect(m_workspace, &WorkspaceController::workspaceChanged, m_owner,
                                                 [this] { follow(); });
    }
    follow();
    return true;
}

void DocumentFollower::follow()
{
    QObject::disconnect(m_documentConnection);
    QObject::disconnect(m_readOnlyConnection);
    if (Document *doc = document()) {
        m_documentConnection = QObject::connect(doc, &Document::changed, m_owner, [this] { m_changed(); });
        m_readOnlyConnection = QObject::connect(doc, &Document::readOnlyChanged, m_owner, [this] { m_changed(); });
    }
    if (m_replaced)
        m_replaced();
    else
        m_changed();
}

} // namespace cx
