// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"
#include "personafiltermodel.h"
#include "personalistmodel.h"
#include "workspacecontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cx {

// The Personas view's gallery: the workspace's personas as a sorted, filtered model, and
// create, duplicate and delete, each one undoable step. Follows every change of the document.
class PersonaGallery : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(cx::PersonaFilterModel *model READ model CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)

public:
    explicit PersonaGallery(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    PersonaFilterModel *model() { return &m_filter; }
    PersonaListModel *source() { return &m_rows; }
    int total() const { return m_rows.rowCount(); }
    // The workspace cannot be edited (another CX Atlas has it, or the file is read-only).
    bool readOnly() const { return m_readOnly; }

    // The new persona's uid, or an empty string when refused (the workspace says why).
    Q_INVOKABLE QString create(const QString &name = {});
    Q_INVOKABLE QString duplicate(const QString &persona);
    Q_INVOKABLE bool remove(const QString &persona);

Q_SIGNALS:
    void workspaceChanged();
    void totalChanged();
    void readOnlyChanged();

private:
    void refresh();

    PersonaListModel m_rows;
    PersonaFilterModel m_filter;
    bool m_readOnly = true;
    DocumentFollower m_follower;
};

} // namespace cx
