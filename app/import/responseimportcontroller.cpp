// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseimportcontroller.h"

#include "document/document.h"
#include "metrics/momentmatcher.h"
#include "metrics/responsechanges.h"
#include "responsecolumnguess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QUrl>
#include <algorithm>

namespace cx {

namespace {

QString localPath(const QString &source)
{
    const QUrl url(source);
    const QString path = url.isLocalFile() ? url.toLocalFile() : source;
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// The scale a metric's responses are on: its earlier imports', else the one its kind uses.
ScaleRange scaleOfMetric(const Workspace *w, const Uid &metric)
{
    if (!w || !w->metrics.contains(metric))
        return rangeOf(ResponseScale::Nps);
    if (const QList<ResponseBatch> earlier = w->batchesOf(metric); !earlier.isEmpty())
        return {earlier.constFirst().scale, earlier.constFirst().low, earlier.constFirst().high};
    return rangeOf(defaultScaleFor(w->metrics.value(metric).kind));
}

} // namespace

// What a reading is asked to do; the worker gets a copy of everything.
struct ResponseImportController::Request {
    int fileGeneration = 0;
    int generation = 0;
    QString path;
    QByteArray bytes; // null: read the file
    QStringList header; // empty: read it
    bool guess = false;
    ResponseColumns columns;
    ScaleRange scale;
    Uid metric;
    Workspace workspace; // a copy: the worker must not read the live document
};

// What the worker found.
struct ResponseImportController::Reading {
    int fileGeneration = 0;
    int generation = 0;
    QByteArray bytes;
    QStringList header;
    bool guessed = false;
    ResponseColumns columns;
    ResponseTable table;
    Result error;
    QString refusal;
};

ResponseImportController::ResponseImportController(QObject *parent) : QObject(parent)
{
    for (auto signal : {&ResponseImportController::sourceChanged, &ResponseImportController::mappingChanged,
                        &ResponseImportController::skipBadRowsChanged, &ResponseImportController::tableChanged,
                        &ResponseImportController::busyChanged, &ResponseImportController::errorMessageChanged,
                        &ResponseImportController::workspaceChanged, &ResponseImportController::metricsChanged})
        connect(this, signal, this, &ResponseImportController::statusChanged);
}

ResponseImportController::~ResponseImportController()
{
    if (m_thread)
        m_thread->wait();
}

void ResponseImportController::setWorkspace(WorkspaceController *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &WorkspaceController::workspaceChanged, this, [this] {
            refreshMetrics();
            Q_EMIT workspaceChanged();
            read(); // the moments to match are another workspace's now
        });
        connect(workspace, &WorkspaceController::contentChanged, this, &ResponseImportController::refreshMetrics);
    }
    refreshMetrics();
    Q_EMIT workspaceChanged();
}

const Workspace *ResponseImportController::workspaceData() const
{
    return m_workspace && m_workspace->document() ? &m_workspace->document()->workspace() : nullptr;
}

void ResponseImportController::refreshMetrics()
{
    const Workspace *w = workspaceData();
    QList<const Metric *> sorted;
    if (w) {
        for (const Metric &m : w->metrics)
            sorted.append(&m);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Metric *a, const Metric *b) {
        const int byTitle = QString::localeAwareCompare(a->title, b->title);
        return byTitle != 0 ? byTitle < 0 : uidText(a->uid) < uidText(b->uid);
    });
    QVariantList list;
    for (const Metric *m : std::as_const(sorted))
        list.append(QVariantMap{{QStringLiteral("uid"), uidText(m->uid)}, {QStringLiteral("title"), m->title}});
    if (list != m_metrics) {
        m_metrics = list;
        Q_EMIT metricsChanged();
    }
    if (!m_metric.isNull() && (!w || !w->metrics.contains(m_metric))) {
        m_metric = {};
        Q_EMIT mappingChanged();
    }
    if (m_metric.isNull() && sorted.size() == 1)
        setMetric(uidText(sorted.constFirst()->uid));
    Q_EMIT statusChanged(); // the scale note and whether the workspace can be edited
}

QString ResponseImportController::metric() const
{
    return m_metric.isNull() ? QString() : uidText(m_metric);
}

void ResponseImportController::setMetric(const QString &metric)
{
    const Uid uid = uidFromText(metric);
    if (uid == m_metric)
        return;
    m_metric = uid;
    m_scale = scaleOfMetric(workspaceData(), uid);
    mappingEdited();
}

QString ResponseImportController::sourceName() const
{
    return QFileInfo(m_source).fileName();
}

void ResponseImportController::setColumn(int ResponseColumns::*column, int value)
{
    value = std::clamp(value, -1, int(m_header.size()) - 1);
    if (m_columns.*column == value)
        return;
    m_columns.*column = value;
    mappingEdited();
}

void ResponseImportController::setDateColumn(int column) { setColumn(&ResponseColumns::date, column); }
void ResponseImportController::setScoreColumn(int column) { setColumn(&ResponseColumns::score, column); }
void ResponseImportController::setMomentColumn(int column) { setColumn(&ResponseColumns::moment, column); }
void ResponseImportController::setSegmentColumn(int column) { setColumn(&ResponseColumns::segment, column); }

QVariantList ResponseImportController::scales()
{
    QVariantList list;
    for (ResponseScale s : {ResponseScale::Nps, ResponseScale::Csat, ResponseScale::Ces5, ResponseScale::Ces7, ResponseScale::Custom})
        list.append(QVariantMap{{QStringLiteral("name"), name(s)}, {QStringLiteral("label"), label(s)}});
    return list;
}

QString ResponseImportController::scale() const
{
    return name(m_scale.scale);
}

void ResponseImportController::setScale(const QString &scale)
{
    const auto chosen = fromName<ResponseScale>(scale);
    if (!chosen || *chosen == m_scale.scale)
        return;
    m_scale = rangeOf(*chosen);
    // A custom scale starts from the range the metric's earlier imports used.
    if (const ScaleRange earlier = scaleOfMetric(workspaceData(), m_metric); earlier.scale == *chosen)
        m_scale = earlier;
    mappingEdited();
}

void ResponseImportController::setLow(double low)
{
    if (m_scale.scale != ResponseScale::Custom || m_scale.low == low)
        return;
    m_scale.low = low;
    mappingEdited();
}

void ResponseImportController::setHigh(double high)
{
    if (m_scale.scale != ResponseScale::Custom || m_scale.high == high)
        return;
    m_scale.high = high;
    mappingEdited();
}

QString ResponseImportController::scaleNote() const
{
    const Workspace *w = workspaceData();
    if (!w || !w->metrics.contains(m_metric) || w->batchesOf(m_metric).isEmpty())
        return {};
    const ScaleRange earlier = scaleOfMetric(w, m_metric);
    const QString scale = earlier.scale == ResponseScale::Custom
        ? tr("custom %1–%2").arg(QLocale().toString(earlier.low), QLocale().toString(earlier.high))
        : label(earlier.scale);
    return tr("“%1” holds responses on the %2 scale already; these must be on it too.")
        .arg(w->metrics.value(m_metric).title, scale);
}

void ResponseImportController::setSkipBadRows(bool skip)
{
    if (m_skipBadRows == skip)
        return;
    m_skipBadRows = skip;
    if (m_loaded)
        setError({}); // a read file's error can only be a refused import()
    Q_EMIT skipBadRowsChanged();
}

bool ResponseImportController::ready() const
{
    return m_loaded && !busy() && !m_again && blockedReason().isEmpty();
}

QString ResponseImportController::blockedReason() const
{
    if (!workspaceData() || m_workspace->readOnly())
        return tr("Open a workspace you can edit to import responses into it.");
    if (m_metrics.isEmpty())
        return tr("The workspace has no metric to import responses into; add one first.");
    if (m_source.isEmpty())
        return tr("Choose a file of survey responses.");
    if (busy() || m_again || !m_loaded)
        return {}; // the busy bar or the error says why
    if (m_metric.isNull())
        return tr("Choose the metric these responses are for.");
    if (!m_refusal.isEmpty())
        return m_refusal;
    if (m_table.records == 0)
        return tr("The file has a header but no responses.");
    if (m_table.responses.size() == 0)
        return tr("None of the rows can be imported; see the bad rows for why.");
    if (!m_table.bad.isEmpty() && !m_skipBadRows)
        return tr("%Ln row(s) are bad, so nothing will be imported: fix them in the file and choose it again, "
                  "or skip them.", nullptr, int(m_table.bad.size()));
    return {};
}

QString ResponseImportController::summary() const
{
    if (!m_loaded)
        return {};
    const QLocale locale;
    if (m_table.bad.isEmpty())
        return tr("%Ln response(s), all good", nullptr, int(m_table.records));
    return tr("%1 good and %2 bad of %Ln row(s)", nullptr, int(m_table.records))
        .arg(locale.toString(m_table.responses.size()), locale.toString(m_table.bad.size()));
}

bool ResponseImportController::isResponseFile(const QUrl &url)
{
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    return url.isLocalFile() && (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt");
}

bool ResponseImportController::load(const QString &source)
{
    const QString path = localPath(source);
    if (path.isEmpty()) {
        setError(tr("Choose a file of survey responses."));
        return false;
    }
    ++m_fileGeneration;
    m_source = path;
    m_bytes = QByteArray();
    m_header.clear();
    m_guess = true;
    m_columns = {};
    m_skipBadRows = false;
    clearTable();
    setError({});
    Q_EMIT sourceChanged();
    Q_EMIT mappingChanged();
    Q_EMIT skipBadRowsChanged();
    read();
    return true;
}

void ResponseImportController::mappingEdited()
{
    Q_EMIT mappingChanged();
    read();
}

void ResponseImportController::read()
{
    if (m_source.isEmpty())
        return;
    if (m_thread) {
        m_again = true;
        return;
    }
    Request request;
    request.fileGeneration = m_fileGeneration;
    request.generation = ++m_generation;
    request.path = m_source;
    request.bytes = m_bytes;
    request.header = m_header;
    request.guess = m_guess;
    request.columns = m_columns;
    request.scale = m_scale;
    request.metric = m_metric;
    if (const Workspace *w = workspaceData())
        request.workspace = *w;
    QPointer<ResponseImportController> self(this);
    m_thread = QThread::create([self, request = std::move(request)] {
        Reading reading;
        reading.fileGeneration = request.fileGeneration;
        reading.generation = request.generation;
        reading.bytes = request.bytes;
        reading.header = request.header;
        const QString fileName = QFileInfo(request.path).fileName();
        if (reading.bytes.isNull()) {
            QFile file(request.path);
            if (file.open(QIODevice::ReadOnly))
                reading.bytes = file.readAll();
            else
                reading.error = Result::failure(ErrorCode::Io, ResponseImportController::tr("Cannot read “%1”: %2.")
                                                                   .arg(request.path, file.errorString()));
        }
        QChar separator;
        if (reading.error && reading.header.isEmpty())
            reading.error = ResponseReader::readHeader(reading.bytes, fileName, &reading.header, &separator);
        if (reading.error) {
            reading.columns = request.columns;
            if (request.guess) {
                reading.columns = guessColumns(reading.header);
                reading.guessed = true;
            }
            const MomentMatcher moments(request.workspace, request.metric);
            reading.error = ResponseReader::read(reading.bytes, fileName, reading.columns, request.scale,
                                                 moments.resolver(), &reading.table);
        }
        // What the workspace would say to these responses now (another scale, most likely).
        if (reading.error && reading.table.responses.size() > 0 && request.workspace.metrics.contains(request.metric)) {
            Result refused;
            const ResponseImport adding{request.metric, fileName, request.scale.scale, request.scale.low,
                                        request.scale.high, reading.table.responses};
            ResponseChanges::add(request.workspace, adding, QDateTime::currentDateTimeUtc(), &refused);
            if (!refused)
                reading.refusal = refused.message();
        }
        QMetaObject::invokeMethod(self, [self, reading = std::move(reading)] {
            if (self)
                self->takeReading(reading);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT busyChanged();
}

void ResponseImportController::takeReading(Reading reading)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const bool again = std::exchange(m_again, false);
    if (reading.fileGeneration == m_fileGeneration) {
        if (m_bytes.isNull())
            m_bytes = reading.bytes;
        if (m_header.isEmpty() && !reading.header.isEmpty()) {
            m_header = reading.header;
            Q_EMIT sourceChanged();
        }
        if (reading.guessed && m_guess) {
            m_guess = false;
            m_columns = reading.columns;
            Q_EMIT mappingChanged();
        }
    }
    if (again || reading.fileGeneration != m_fileGeneration || reading.generation != m_generation) {
        read(); // the choices have changed since: this answer is old
        if (!m_thread)
            Q_EMIT busyChanged();
        return;
    }
    if (!reading.error) {
        clearTable();
        setError(reading.error.message());
    } else {
        setError({});
        m_table = std::move(reading.table);
        m_refusal = reading.refusal;
        m_loaded = true;
        m_preview.setRows(m_table.preview);
        m_badRows.setRows(m_table.bad);
        Q_EMIT tableChanged();
    }
    Q_EMIT busyChanged();
}

void ResponseImportController::clearTable()
{
    m_table = {};
    m_refusal.clear();
    m_loaded = false;
    m_preview.setRows({});
    m_badRows.setRows({});
    Q_EMIT tableChanged();
}

bool ResponseImportController::import()
{
    if (!workspaceData() || m_workspace->readOnly()) {
        setError(tr("Open a workspace you can edit to import responses into it."));
        return false;
    }
    if (busy() || m_again || !m_loaded) {
        setError(tr("Choose a file of survey responses, and wait for it to be read."));
        return false;
    }
    if (!m_table.bad.isEmpty() && !m_skipBadRows) {
        setError(tr("%Ln row(s) are bad; nothing was imported. Fix them in the file, or skip them.", nullptr,
                    int(m_table.bad.size())));
        return false;
    }
    Document &document = *m_workspace->document();
    const Workspace &w = document.workspace();
    const ResponseImport adding{m_metric, sourceName(), m_scale.scale, m_scale.low, m_scale.high, m_table.responses};
    Result error;
    ChangeSet change = ResponseChanges::add(w, adding, fileTimestamp(), &error);
    const QString text = ResponseChanges::addText(w, adding);
    if (error)
        error = document.edit(std::move(change), error, text);
    if (!error) {
        setError(error.message());
        return false;
    }
    setError({});
    Q_EMIT imported(uidText(m_metric));
    return true;
}

void ResponseImportController::reset()
{
    ++m_fileGeneration;
    m_again = false;
    m_source.clear();
    m_bytes = QByteArray();
    m_header.clear();
    m_guess = false;
    m_columns = {};
    m_scale = scaleOfMetric(workspaceData(), m_metric);
    m_skipBadRows = false;
    clearTable();
    setError({});
    Q_EMIT sourceChanged();
    Q_EMIT mappingChanged();
    Q_EMIT skipBadRowsChanged();
}

bool ResponseImportController::waitForFinished(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (m_thread && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_thread == nullptr;
}

void ResponseImportController::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace cx
