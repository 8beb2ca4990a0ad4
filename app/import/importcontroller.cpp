// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "document/document.h"
#include "io/mermaidjourney.h"
#include "responseimportcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <map>

namespace cx {

namespace {

QString localPath(const QString &source)
{
    const QUrl url(source);
    const QString path = url.isLocalFile() ? url.toLocalFile() : source;
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// "12 moments", in the order the workspace summary uses.
QString countText(NodeKind kind, int n)
{
    switch (kind) {
    case NodeKind::Persona: return ImportController::tr("%n persona(s)", nullptr, n);
    case NodeKind::Journey: return ImportController::tr("%n journey(s)", nullptr, n);
    case NodeKind::Stage: return ImportController::tr("%n stage(s)", nullptr, n);
    case NodeKind::Lane: return ImportController::tr("%n lane(s)", nullptr, n);
    case NodeKind::Moment: return ImportController::tr("%n moment(s)", nullptr, n);
    case NodeKind::Story: return ImportController::tr("%n stor(ies)", nullptr, n);
    case NodeKind::Experience: return ImportController::tr("%n experience(s)", nullptr, n);
    case NodeKind::Service: return ImportController::tr("%n service(s)", nullptr, n);
    case NodeKind::System: return ImportController::tr("%n system(s)", nullptr, n);
    case NodeKind::Process: return ImportController::tr("%n process(es)", nullptr, n);
    case NodeKind::Data: return ImportController::tr("%n data record(s)", nullptr, n);
    case NodeKind::Metric: return ImportController::tr("%n metric(s)", nullptr, n);
    case NodeKind::Insight: return ImportController::tr("%n insight(s)", nullptr, n);
    case NodeKind::Opportunity: return ImportController::tr("%n opportunity(s)", nullptr, n);
    case NodeKind::Vote: return ImportController::tr("%n vote(s)", nullptr, n);
    case NodeKind::VotingRound: return ImportController::tr("%n voting round(s)", nullptr, n);
    case NodeKind::ParkingNote: return ImportController::tr("%n parking-lot note(s)", nullptr, n);
    case NodeKind::ResponseBatch: return ImportController::tr("%n import(s) of survey responses", nullptr, n);
    }
    return {};
}

// "Adds 1 journey, 6 moments and 2 links. 2 records already in the workspace stay as they are."
QString mergeText(const ChangeSet &change, int same)
{
    std::map<NodeKind, int> counts;
    for (const auto &node : change.nodes)
        ++counts[kindOf(*node.after)];
    QStringList parts;
    for (const auto &[kind, n] : counts)
        parts.append(countText(kind, n));
    if (!change.links.isEmpty())
        parts.append(ImportController::tr("%n link(s)", nullptr, int(change.links.size())));
    QString text;
    if (parts.isEmpty()) {
        text = ImportController::tr("Adds nothing: all of it is in the workspace already.");
    } else {
        const QString last = parts.takeLast();
        text = parts.isEmpty() ? ImportController::tr("Adds %1.").arg(last)
                               : ImportController::tr("Adds %1 and %2.").arg(parts.join(QStringLiteral(", ")), last);
        if (same > 0)
            text += u' ' + ImportController::tr("%n record(s) already in the workspace stay as they are.", nullptr, same);
    }
    return text;
}

// The data as it merges into workspace: a diagram's actors become the personas of the same name.
WorkspaceData forMerge(const WorkspaceData &data, WorkspaceImport::Format format, const Workspace &workspace)
{
    WorkspaceData merged = data;
    if (format == WorkspaceImport::Format::Mermaid)
        MermaidJourney::adoptPersonas(merged, workspace);
    return merged;
}

} // namespace

// What the worker found in a file: the data, or why not, and the preview's texts.
struct ImportController::Reading {
    int generation = 0;
    std::optional<WorkspaceData> data;
    Result error;
    WorkspaceImport::Format format = WorkspaceImport::Format::Json;
    QStringList contents;
    QVariantList journeys;
    QString mergeSummary;
    QStringList conflicts;
};

ImportController::ImportController(QObject *parent) : QObject(parent)
{
    connect(this, &ImportController::loadedChanged, this, &ImportController::readyChanged);
    connect(this, &ImportController::modeChanged, this, &ImportController::readyChanged);
    connect(this, &ImportController::busyChanged, this, &ImportController::readyChanged);
    connect(this, &ImportController::workspaceChanged, this, &ImportController::readyChanged);
}

ImportController::~ImportController()
{
    if (m_thread)
        m_thread->wait();
}

void ImportController::setWorkspace(WorkspaceController *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &WorkspaceController::workspaceChanged, this, &ImportController::workspaceChanged);
    Q_EMIT workspaceChanged();
}

QString ImportController::sourceName() const
{
    return QFileInfo(m_source).fileName();
}

QString ImportController::formatName() const
{
    if (!m_data)
        return {};
    return m_format == WorkspaceImport::Format::Mermaid ? tr("Mermaid journey diagram") : tr("Workspace JSON");
}

void ImportController::setMode(const QString &mode)
{
    if (m_mode == mode || (mode != u"new" && mode != u"merge"))
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}

bool ImportController::canMerge() const
{
    return m_workspace && m_workspace->document() && !m_workspace->readOnly();
}

bool ImportController::ready() const
{
    if (!m_data || busy())
        return false;
    if (m_mode == u"merge")
        return canMerge() && m_conflicts.isEmpty() && !m_mergeSummary.isEmpty();
    return true;
}

bool ImportController::isImportable(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    return url.isLocalFile() && (suffix == u"json" || suffix == u"mmd" || suffix == u"mermaid" || isResponseFile(url));
}

bool ImportController::isResponseFile(const QUrl &url)
{
    return ResponseImportController::isResponseFile(url);
}

void ImportController::startWorker(const QString &phase, std::function<void()> work)
{
    m_phase = phase;
    m_thread = QThread::create(std::move(work));
    m_thread->start();
    Q_EMIT busyChanged();
}

void ImportController::finishWorker()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_phase.clear();
    Q_EMIT busyChanged();
}

bool ImportController::load(const QString &source)
{
    if (m_thread) {
        setError(tr("Wait for the file being read to finish."));
        return false;
    }
    const QString path = localPath(source);
    if (path.isEmpty()) {
        setError(tr("Choose a file to import."));
        return false;
    }
    setError({});
    m_source = path;
    m_data.reset();
    m_contents.clear();
    m_journeys.clear();
    m_mergeSummary.clear();
    m_conflicts.clear();
    Q_EMIT loadedChanged();

    // The merge is checked against a copy: the worker must not read the live document.
    std::optional<Workspace> target;
    if (canMerge())
        target = m_workspace->document()->workspace();
    const int generation = ++m_generation;
    QPointer<ImportController> self(this);
    startWorker(tr("Reading “%1”…").arg(sourceName()), [self, path, generation, target = std::move(target)] {
        Reading reading;
        reading.generation = generation;
        reading.data = WorkspaceImport::readFile(path, QDateTime::currentDateTimeUtc(), &reading.error, &reading.format);
        if (reading.data) {
            std::map<NodeKind, int> counts;
            QHash<Uid, std::pair<int, int>> sizes; // journey → stages, moments
            for (const Node &node : reading.data->nodes) {
                ++counts[kindOf(node)];
                if (const auto *stage = std::get_if<Stage>(&node))
                    ++sizes[stage->journey].first;
                else if (const auto *moment = std::get_if<Moment>(&node))
                    ++sizes[moment->journey].second;
            }
            for (const auto &[kind, n] : counts)
                reading.contents.append(countText(kind, n));
            reading.contents.append(ImportController::tr("%n link(s)", nullptr,
                                                                int(reading.data->links.size())));
            for (const Node &node : reading.data->nodes) {
                if (const auto *journey = std::get_if<Journey>(&node)) {
                    const auto size = sizes.value(journey->uid);
                    reading.journeys.append(QVariantMap{{QStringLiteral("title"), journey->title},
                                                        {QStringLiteral("stages"), size.first},
                                                        {QStringLiteral("moments"), size.second}});
                }
            }
            if (target) {
                Result merge;
                const ChangeSet change = WorkspaceImport::mergeChanges(*target, forMerge(*reading.data, reading.format, *target),
                                                                       &merge, &reading.conflicts);
                if (merge)
                    reading.mergeSummary = mergeText(change, int(reading.data->nodes.size() - change.nodes.size()));
            }
        }
        QMetaObject::invokeMethod(self, [self, reading = std::move(reading)] {
            if (self)
                self->takeReading(reading);
        }, Qt::QueuedConnection);
    });
    return true;
}

void ImportController::takeReading(const Reading &reading)
{
    finishWorker();
    if (reading.generation != m_generation)
        return; // reset() since: the dialog has moved on
    if (!reading.data) {
        setError(reading.error.message());
        return;
    }
    m_data = reading.data;
    m_format = reading.format;
    m_contents = reading.contents;
    m_journeys = reading.journeys;
    m_mergeSummary = reading.mergeSummary;
    m_conflicts = reading.conflicts;
    Q_EMIT loadedChanged();
}

QString ImportController::firstJourney() const
{
    for (const Node &node : m_data->nodes) {
        if (const auto *journey = std::get_if<Journey>(&node))
            return uidText(journey->uid);
    }
    return {};
}

bool ImportController::importNow()
{
    if (!m_workspace) {
        setError(tr("There is nowhere to import to."));
        return false;
    }
    if (m_thread || !m_data) {
        setError(tr("Choose a file to import, and wait for it to be read."));
        return false;
    }
    if (m_mode == u"merge") {
        if (!canMerge()) {
            setError(tr("Open a workspace you can edit to merge into it, or import into a new workspace."));
            return false;
        }
        Document &document = *m_workspace->document();
        const Result result = WorkspaceImport::intoDocument(document, forMerge(*m_data, m_format, document.workspace()));
        if (!result) {
            setError(result.message());
            return false;
        }
        setError({});
        Q_EMIT imported(firstJourney());
        return true;
    }

    Result error;
    const QString target = WorkspaceController::importTarget(m_source, &error);
    if (target.isEmpty()) {
        setError(error.message());
        return false;
    }
    setError({});
    QPointer<ImportController> self(this);
    startWorker(tr("Writing the new workspace…"), [self, data = *m_data, target, journey = firstJourney()] {
        const Result result = WorkspaceImport::toNewFile(data, target);
        QMetaObject::invokeMethod(self, [self, result, target, journey] {
            if (self)
                self->finishNewWorkspace(result, target, journey);
        }, Qt::QueuedConnection);
    });
    return true;
}

void ImportController::finishNewWorkspace(const Result &result, const QString &target, const QString &journey)
{
    finishWorker();
    Result error = result;
    if (error && m_workspace)
        m_workspace->openImported(target, &error);
    if (!error) {
        setError(error.message());
        return;
    }
    Q_EMIT imported(journey);
}

void ImportController::reset()
{
    ++m_generation;
    m_source.clear();
    m_data.reset();
    m_contents.clear();
    m_journeys.clear();
    m_mergeSummary.clear();
    m_conflicts.clear();
    setError({});
    Q_EMIT loadedChanged();
}

bool ImportController::waitForFinished(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (m_thread && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_thread == nullptr;
}

void ImportController::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace cx
