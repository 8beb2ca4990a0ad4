// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacecontroller.h"

#include <QPointer>
#include <functional>

namespace cx {

// The open document of a WorkspaceController, followed on behalf of a QML-facing object:
// calls changed after every change set of the document and when it turns read-only or
// writable again (a team workspace going offline), and replaced (or, without one,
// changed) whenever the workspace opens, closes or replaces its document, so a view can drop
// its selection and filters then. Connections live in owner's context and end with it.
class DocumentFollower
{
public:
    DocumentFollower(QObject *owner, std::function<void()> changed, std::function<void()> replaced = {});
    ~DocumentFollower();
    DocumentFollower(const DocumentFollower &) = delete;
    DocumentFollower &operator=(const DocumentFollower &) = delete;

    WorkspaceController *workspace() const { return m_workspace; }
    // Returns whether the workspace is another one than before (the owner says so then).
    bool setWorkspace(WorkspaceController *workspace);
    Document *document() const { return m_workspace ? m_workspace->document() : nullptr; }

private:
    void follow();

    QObject *m_owner;
    std::function<void()> m_changed;
    std::function<void()> m_replaced;
    QPointer<WorkspaceController> m_workspace;
    QMetaObject::Connection m_workspaceConnection;
    QMetaObject::Connection m_documentConnection;
    QMetaObject::Connection m_readOnlyConnection;
};

} // namespace cx
