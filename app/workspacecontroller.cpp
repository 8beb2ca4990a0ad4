// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontroller.h"

namespace cx {

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent)
{
}

WorkspaceController::~WorkspaceController() = default;

bool WorkspaceController::open(const QString &path)
{
    Result error;
    auto document = Document::open(path, OpenMode::ReadWrite, &error);
    m_document = std::move(document);
    m_error = m_document ? QString() : error.message();
    if (m_document)
        connect(m_document.get(), &Document::changed, this, &WorkspaceController::contentChanged);
    Q_EMIT workspaceChanged();
    Q_EMIT contentChanged();
    return m_document != nullptr;
}

QString WorkspaceController::title() const
{
    return m_document ? m_document->displayName() : QString();
}

QString WorkspaceController::path() const
{
    return m_document ? m_document->path() : QString();
}

bool WorkspaceController::readOnly() const
{
    return m_document && m_document->isReadOnly();
}

QString WorkspaceController::notice() const
{
    return m_document ? m_document->readOnlyReason() : QString();
}

int WorkspaceController::personaCount() const
{
    return m_document ? int(m_document->workspace().personas.size()) : 0;
}

int WorkspaceController::journeyCount() const
{
    return m_document ? int(m_document->workspace().journeys.size()) : 0;
}

int WorkspaceController::momentCount() const
{
    return m_document ? int(m_document->workspace().moments.size()) : 0;
}

} // namespace cx
