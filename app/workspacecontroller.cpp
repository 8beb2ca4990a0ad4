// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontroller.h"

#include "preferences/unsavedfolders.h"

#include "io/workspaceimport.h"
#include "io/workspacejsonreader.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVariantMap>

namespace cx {

namespace {

const QString suffix = QStringLiteral("cxatlas");

// QML's file dialogs give file: URLs; everything else gives paths.
QString localPath(const QString &pathOrUrl)
{
    QString path = pathOrUrl;
    if (pathOrUrl.startsWith(QStringLiteral("file:")))
        path = QUrl(pathOrUrl).toLocalFile();
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Whether a live process (this one included) holds the workspace's lock file.
bool isLockedByAnyone(const QString &path)
{
    QLockFile probe(path + QStringLiteral(".lock"));
    probe.setStaleLockTime(0); // stale only when its process is gone, as the workspace file does
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

// The file and what SQLite may have left beside it.
bool removeWorkspaceFile(const QString &path)
{
    for (const char *extra : {"-wal", "-shm", ".partial"})
        QFile::remove(path + QLatin1String(extra));
    return QFile::remove(path) || !QFileInfo::exists(path);
}

// "base.cxatlas", or "base 2.cxatlas" and up when that is taken, in folder.
QString freeName(const QString &folder, const QString &base, bool numberFirst)
{
    for (int n = 1;; ++n) {
        const QString name = (n == 1 && !numberFirst) ? base : QStringLiteral("%1 %2").arg(base, QString::number(n));
        const QString path = QDir(folder).filePath(name + u'.' + suffix);
        if (!QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral(".partial")))
            return path;
    }
}

} // namespace

WorkspaceController::WorkspaceController(QObject *parent)
    : QObject(parent)
    , m_recent(new RecentFiles(this))
    , m_server(new ServerSession([this](const QString &url, const QString &password) {
                                     return openServer(url, QString(), password, true);
                                 }, this))
{
    connect(m_server, &ServerSession::message, this, &WorkspaceController::setError);
}

WorkspaceController::~WorkspaceController()
{
    release();
}

QString WorkspaceController::unsavedFolder()
{
    return UnsavedFolders::current();
}

bool WorkspaceController::open(const QString &pathOrUrl)
{
    if (ServerSession::isServerLocation(pathOrUrl)) {
        clearError();
        m_server->openRemembered(pathOrUrl);
        return true;
    }
    const QString file = localPath(pathOrUrl);
    if (file.isEmpty())
        return fail(tr("No file was given to open."));
    if (m_document && canonical(file) == canonical(m_document->path())) {
        clearError();
        return true;
    }
    Result error;
    auto document = Document::open(file, OpenMode::ReadWrite, &error);
    if (!document) {
        if (error.code() == ErrorCode::NotFound)
            m_recent->remove(file);
        return fail(error.message());
    }
    if (!UnsavedFolders::contains(file))
        m_recent->add(file);
    adopt(std::move(document));
    return true;
}

bool WorkspaceController::openServer(const QString &url, const QString &workspace, const QString &password,
                                     bool remember)
{
    Result error;
    auto document = ServerSession::connect(url, workspace, password, &error);
    if (!document) {
        m_server->setLoginError(error.message());
        return false;
    }
    m_server->clearLoginError();
    m_recent->add(document->path());
    adopt(std::move(document));
    m_server->rememberPassword(remember, password);
    return true;
}

bool WorkspaceController::newWorkspace()
{
    const QString folder = unsavedFolder();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create a new workspace: the folder “%1” cannot be created.").arg(shown(folder)));
    Result error;
    auto document = Document::create(freeName(folder, tr("Untitled"), true), &error);
    if (!document)
        return fail(error.message());
    adopt(std::move(document));
    return true;
}

bool WorkspaceController::saveAs(const QString &pathOrUrl)
{
    if (!m_document)
        return fail(tr("There is no open workspace to save."));
    QString target = localPath(pathOrUrl);
    if (target.isEmpty())
        return fail(tr("No file name was given to save the workspace as."));
    if (QFileInfo(target).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        target += u'.' + suffix;
    if (canonical(target) == canonical(m_document->path())) {
        clearError();
        return true;
    }
    if (QFileInfo(target).isDir())
        return fail(tr("Cannot save the workspace as “%1”: that is a folder.").arg(shown(target)));
    if (isLockedByAnyone(target))
        return fail(tr("Cannot save the workspace as “%1”: that file is open in CX Atlas. Close it "
                       "there first, or choose another name.").arg(shown(target)));
    // A journal left beside an older file of that name must not be applied to the copy.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    const Result copied = m_document->file()
        ? m_document->file()->saveCopyAs(target)
        : Result::failure(ErrorCode::Invalid, tr("A team workspace is saved on its server; export "
                                                 "it to a file with File > Export."));
    if (!copied)
        return fail(copied.message());
    Result error;
    auto copy = Document::open(target, OpenMode::ReadWrite, &error);
    if (!copy)
        return fail(error.message());
    const bool wasUnsaved = isUnsaved();
    const QString previous = m_document->path();
    m_recent->add(target);
    adopt(std::move(copy));
    if (wasUnsaved)
        removeWorkspaceFile(previous);
    return true;
}

QString WorkspaceController::importTarget(const QString &source, Result *error)
{
    const QString folder = unsavedFolder();
    if (!QDir().mkpath(folder)) {
        *error = Result::failure(ErrorCode::Io, tr("Cannot import “%1”: the folder “%2” cannot be created.")
                                                    .arg(shown(source), shown(folder)));
        return {};
    }
    *error = Result::success();
    return freeName(folder, QFileInfo(source).completeBaseName(), false);
}

bool WorkspaceController::openImported(const QString &target, Result *error)
{
    auto document = Document::open(target, OpenMode::ReadWrite, error);
    if (!document)
        return false;
    clearError();
    adopt(std::move(document));
    return true;
}

bool WorkspaceController::importFile(const QString &pathOrUrl)
{
    const QString source = localPath(pathOrUrl);
    if (source.isEmpty())
        return fail(tr("No file was given to import."));
    Result error;
    const auto data = WorkspaceImport::readFile(source, QDateTime::currentDateTimeUtc(), &error);
    if (!data)
        return fail(error.message());
    const QString target = importTarget(source, &error);
    if (target.isEmpty())
        return fail(error.message());
    error = WorkspaceImport::toNewFile(*data, target);
    if (!error || !openImported(target, &error))
        return fail(error.message());
    return true;
}

void WorkspaceController::close()
{
    adopt(nullptr);
}

void WorkspaceController::discard()
{
    if (!m_document)
        return;
    const QString file = m_document->path();
    const bool unsaved = isUnsaved();
    adopt(nullptr);
    if (unsaved && !removeWorkspaceFile(file))
        setError(tr("Cannot remove the unsaved workspace “%1”.").arg(shown(file)));
}

void WorkspaceController::undo()
{
    if (!m_document || m_document->isReadOnly() || !m_document->undoStack()->canUndo())
        return;
    m_document->undoStack()->undo();
    Q_EMIT historyStepped();
}

void WorkspaceController::redo()
{
    if (!m_document || m_document->isReadOnly() || !m_document->undoStack()->canRedo())
        return;
    m_document->undoStack()->redo();
    Q_EMIT historyStepped();
}

QVariantList WorkspaceController::unsavedWorkspaces() const
{
    QVariantList list;
    const QString current = m_document ? canonical(m_document->path()) : QString();
    QFileInfoList files;
    for (const QString &folder : UnsavedFolders::all())
        files += QDir(folder).entryInfoList({QStringLiteral("*.") + suffix}, QDir::Files);
    std::sort(files.begin(), files.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    for (const QFileInfo &info : files) {
        if (info.canonicalFilePath() == current || isLockedByAnyone(info.absoluteFilePath()))
            continue;
        list.append(QVariantMap{{QStringLiteral("path"), info.absoluteFilePath()},
                                {QStringLiteral("name"), info.completeBaseName()},
                                {QStringLiteral("modified"), info.lastModified()}});
    }
    return list;
}

bool WorkspaceController::discardUnsaved(const QString &pathOrUrl)
{
    const QString file = localPath(pathOrUrl);
    const QVariantList unsaved = unsavedWorkspaces();
    const bool listed = std::any_of(unsaved.cbegin(), unsaved.cend(), [&](const QVariant &entry) {
        return entry.toMap().value(QStringLiteral("path")).toString() == file;
    });
    if (!listed)
        return fail(tr("“%1” is not an unsaved workspace that can be discarded.").arg(shown(file)));
    if (!removeWorkspaceFile(file))
        return fail(tr("Cannot remove the unsaved workspace “%1”.").arg(shown(file)));
    clearError();
    return true;
}

QUrl WorkspaceController::dialogFolder() const
{
    QString folder;
    const QStringList files = m_recent->files();
    if (m_document && m_document->file() && !isUnsaved())
        folder = QFileInfo(m_document->path()).absolutePath();
    else if (!files.isEmpty())
        folder = QFileInfo(files.constFirst()).absolutePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(folder);
}

QUrl WorkspaceController::suggestedSaveFile() const
{
    const QString name = (m_document ? m_document->displayName() : tr("Untitled")) + u'.' + suffix;
    return QUrl::fromLocalFile(QDir(dialogFolder().toLocalFile()).filePath(name));
}

QString WorkspaceController::droppedWorkspace(const QList<QUrl> &urls)
{
    if (urls.size() != 1) {
        fail(tr("Drop one workspace at a time: %n files were dropped.", nullptr, int(urls.size())));
        return {};
    }
    const QUrl &url = urls.constFirst();
    if (!url.isLocalFile()) {
        fail(tr("“%1” is not a file on this computer, so it cannot be opened.")
                 .arg(url.toDisplayString()));
        return {};
    }
    const QString file = url.toLocalFile();
    if (QFileInfo(file).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        fail(tr("“%1” is not a CX Atlas workspace (.cxatlas), workspace JSON (.json) or a Mermaid "
                "journey diagram (.mmd, .mermaid), so it can be neither opened nor imported.")
                 .arg(QFileInfo(file).fileName()));
        return {};
    }
    clearError();
    return QFileInfo(file).absoluteFilePath();
}

void WorkspaceController::clearError()
{
    setError(QString());
}

void WorkspaceController::release()
{
    if (!m_document)
        return;
    m_server->follow(nullptr);
    disconnect(m_document.get(), nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    const QString previous = m_document->path();
    const bool emptyUnsaved = isUnsaved() && m_document->workspace().nodeCount() == 0;
    m_document.reset(); // closes the file and releases its lock before anything else
    if (emptyUnsaved)
        removeWorkspaceFile(previous);
}

void WorkspaceController::adopt(std::unique_ptr<Document> document)
{
    release();
    m_document = std::move(document);
    if (m_document) {
        connect(m_document.get(), &Document::changed, this, &WorkspaceController::contentChanged);
        connect(m_document.get(), &Document::editFailed, this, [this](const QString &message) {
            setError(message);
            Q_EMIT editFailed(message);
        });
        // A team workspace turns read-only and back (offline, a role changed).
        connect(m_document.get(), &Document::readOnlyChanged, this, [this] {
            Q_EMIT accessChanged();
            Q_EMIT undoStateChanged();
        });
        QUndoStack *stack = m_document->undoStack();
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
            connect(stack, signal, this, &WorkspaceController::undoStateChanged);
        for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
            connect(stack, signal, this, &WorkspaceController::undoStateChanged);
    }
    m_server->follow(m_document.get());
    m_error.clear();
    Q_EMIT errorMessageChanged();
    Q_EMIT workspaceChanged();
    Q_EMIT accessChanged();
    Q_EMIT contentChanged();
    Q_EMIT undoStateChanged();
}

void WorkspaceController::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

bool WorkspaceController::fail(const QString &message)
{
    setError(message);
    return false;
}

QString WorkspaceController::title() const
{
    if (m_server->isActive())
        return m_server->title();
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

bool WorkspaceController::isUnsaved() const
{
    return m_document && m_document->file() && UnsavedFolders::contains(m_document->path());
}

bool WorkspaceController::hasUnsavedWork() const
{
    return isUnsaved() && m_document->workspace().nodeCount() > 0;
}

QString WorkspaceController::notice() const
{
    if (!m_document)
        return {};
    QStringList parts;
    if (!m_document->readOnlyReason().isEmpty())
        parts.append(m_document->readOnlyReason());
    if (!m_document->file())
        return parts.join(u' ');
    const WorkspaceFile &file = *m_document->file();
    const QString from = QString::number(file.upgradedFrom());
    const QString to = QString::number(file.schemaVersion());
    // Said while this workspace stays open; the next opening finds the file current and
    // has nothing to say.
    if (!file.backupPath().isEmpty()) {
        parts.append(tr("This workspace was upgraded from file format %1 to %2, which older "
                        "versions of CX Atlas cannot open. The file as it was is kept as “%3”.")
                         .arg(from, to, shown(file.backupPath())));
    } else if (file.isPrivateCopy()) {
        parts.append(tr("It uses the older file format %1: it is shown upgraded to format %2, and "
                        "the file itself is not changed.").arg(from, to));
    }
    return parts.join(u' ');
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

bool WorkspaceController::canUndo() const
{
    return m_document && !m_document->isReadOnly() && m_document->undoStack()->canUndo();
}

bool WorkspaceController::canRedo() const
{
    return m_document && !m_document->isReadOnly() && m_document->undoStack()->canRedo();
}

QString WorkspaceController::undoText() const
{
    return m_document ? m_document->undoStack()->undoText() : QString();
}

QString WorkspaceController::redoText() const
{
    return m_document ? m_document->undoStack()->redoText() : QString();
}

} // namespace cx
