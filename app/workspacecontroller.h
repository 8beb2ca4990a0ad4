// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace cx {

// The open workspace as QML sees it: which file, whether it can be edited and why not, and
// what it holds. Owns the Document. QML never touches the file itself.
class WorkspaceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString title READ title NOTIFY workspaceChanged)
    Q_PROPERTY(QString path READ path NOTIFY workspaceChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY workspaceChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY workspaceChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY workspaceChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY workspaceChanged)
    Q_PROPERTY(int personaCount READ personaCount NOTIFY contentChanged)
    Q_PROPERTY(int journeyCount READ journeyCount NOTIFY contentChanged)
    Q_PROPERTY(int momentCount READ momentCount NOTIFY contentChanged)

public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    // Opens path for editing; on failure keeps nothing open and sets errorMessage.
    Q_INVOKABLE bool open(const QString &path);

    QString title() const;
    QString path() const;
    bool isOpen() const { return m_document != nullptr; }
    bool readOnly() const;
    QString notice() const;
    QString errorMessage() const { return m_error; }
    int personaCount() const;
    int journeyCount() const;
    int momentCount() const;
    Document *document() const { return m_document.get(); }

Q_SIGNALS:
    void workspaceChanged();
    void contentChanged();

private:
    std::unique_ptr<Document> m_document;
    QString m_error;
};

} // namespace cx
