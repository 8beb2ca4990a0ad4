// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfollower.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace cx {

// One persona in the editor: every field as properties for QML to bind, and every edit of it,
// each saved at once as an undoable step (typing into one field merges into one step).
// Refused edits return false; the workspace's errorMessage says why. Photo problems are
// not edits: photoMessage says what was wrong with the file.
//
// Field names: "name", "needState", "quote", "demographics", "psychographics", "fieldNotes",
// "notes", "status" ("hypothesis", "validated"), "valueTier" ("low" … "top"). List names:
// "goals", "needs", "frustrations", "behaviours", "preferredChannels".
class PersonaEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cx::WorkspaceController *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString persona READ persona WRITE setPersona NOTIFY personaChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY changed)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY changed)
    Q_PROPERTY(QByteArray photo READ photo NOTIFY changed)
    Q_PROPERTY(bool hasPhoto READ hasPhoto NOTIFY changed)
    Q_PROPERTY(QString initials READ initials NOTIFY changed)
    Q_PROPERTY(QColor avatarColor READ avatarColor NOTIFY changed)
    Q_PROPERTY(QStringList palette READ palette CONSTANT)
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY changed)
    Q_PROPERTY(QVariantList revisions READ revisions NOTIFY changed)
    Q_PROPERTY(QVariantList journeys READ journeys NOTIFY changed)
    Q_PROPERTY(QString photoMessage READ photoMessage NOTIFY photoMessageChanged)
    Q_PROPERTY(QStringList evidenceKinds READ evidenceKinds CONSTANT)
    Q_PROPERTY(QString photoLimits READ photoLimits CONSTANT)

public:
    explicit PersonaEditor(QObject *parent = nullptr);

    WorkspaceController *workspace() const { return m_follower.workspace(); }
    void setWorkspace(WorkspaceController *workspace);
    QString persona() const;
    void setPersona(const QString &persona);
    bool exists() const;
    // The workspace cannot be edited (another CX Atlas has it, or the file is read-only).
    bool readOnly() const { return !document() || document()->isReadOnly(); }
    QVariantMap fields() const;
    QByteArray photo() const;
    bool hasPhoto() const { return !photo().isEmpty(); }
    QString initials() const;
    // The persona's colour (PersonaPalette), set with setField("color", "#rrggbb").
    QColor avatarColor() const;
    QStringList palette() const;
    // Maps of "label", "kind", "date" (yyyy-MM-dd or empty), "note".
    QVariantList evidence() const;
    // Maps of "uid", "recorded" (a date), "summary", "reason", newest last.
    QVariantList revisions() const;
    // Every journey of the workspace by title: maps of "uid", "title", "state", "linked".
    QVariantList journeys() const;
    QString photoMessage() const { return m_photoMessage; }
    QStringList evidenceKinds() const;
    QString photoLimits() const;

    Q_INVOKABLE bool setField(const QString &field, const QVariant &value);
    // Returns the new item's index, or -1.
    Q_INVOKABLE int addItem(const QString &list, const QString &text, int position = -1);
    Q_INVOKABLE bool setItem(const QString &list, int index, const QString &text);
    Q_INVOKABLE bool removeItem(const QString &list, int index);
    Q_INVOKABLE bool moveItem(const QString &list, int from, int to);
    Q_INVOKABLE int addEvidence(const QString &label = {});
    // field: "label", "kind", "date" (yyyy-MM-dd; empty clears it), "note".
    Q_INVOKABLE bool setEvidenceField(int index, const QString &field, const QString &value);
    Q_INVOKABLE bool removeEvidence(int index);
    Q_INVOKABLE bool moveEvidence(int from, int to);
    // A PNG or JPEG file (a local path or a file: URL) as the photo; false and photoMessage
    // when it is refused.
    Q_INVOKABLE bool setPhotoFile(const QString &pathOrUrl);
    // The first of dropped URLs as the photo.
    Q_INVOKABLE bool dropPhoto(const QList<QUrl> &urls);
    Q_INVOKABLE bool clearPhoto();
    Q_INVOKABLE void clearPhotoMessage();
    Q_INVOKABLE QString recordRevision(const QString &summary, const QString &reason);
    Q_INVOKABLE bool restoreRevision(const QString &revision);
    // Two revisions side by side (an empty uid is the persona as it is now): maps of "label",
    // "before", "after" (lists of lines), "onlyBefore", "onlyAfter", "changed".
    Q_INVOKABLE QVariantList compare(const QString &before, const QString &after) const;
    Q_INVOKABLE bool setFollows(const QString &journey, bool follows);

Q_SIGNALS:
    void workspaceChanged();
    void personaChanged();
    void changed();
    void photoMessageChanged();

private:
    Document *document() const { return m_follower.document(); }
    const Persona *current() const;
    bool setPhotoMessage(const QString &message);

    Uid m_persona;
    QString m_photoMessage;
    DocumentFollower m_follower;
};

} // namespace cx
