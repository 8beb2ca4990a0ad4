// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "preferences/preferences.h"

#include "document/document.h"
#include "io/dataexport.h"
#include "io/imageexport.h"
#include "io/pdfexport.h"
#include "io/workspacejsonwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <cmath>

namespace cx {

namespace {

constexpr int previewWidth = 640;
constexpr int previewLines = 80;
constexpr int previewColumns = 160;

// The first lines of a data export, each cut to a width a preview can show.
QString previewOf(const QByteArray &bytes)
{
    QStringList lines;
    qsizetype from = 0;
    while (lines.size() < previewLines && from < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        QString line = QString::fromUtf8(bytes.mid(from, std::min<qsizetype>(end - from, 4 * previewColumns)));
        line.remove(u'\r');
        if (line.size() > previewColumns)
            line = line.left(previewColumns) + u'…';
        lines.append(line);
        from = end + 1;
    }
    if (from < bytes.size())
        lines.append(QStringLiteral("…"));
    return lines.join(u'\n');
}

// The end of the suggested file name for a format; the votes' CSV gets its own name so it
// does not replace the moments' CSV beside it.
QString extensionOf(const QString &format)
{
    if (format == u"mermaid")
        return QStringLiteral(".mmd");
    if (format == u"votes-csv")
        return QStringLiteral("-votes.csv");
    return u'.' + format;
}

QString localPath(const QString &target)
{
    const QUrl url(target);
    return url.isLocalFile() ? url.toLocalFile() : target;
}

} // namespace

ExportController::ExportController(QObject *parent)
    : QObject(parent)
    , m_pageSize(Preferences::storedPdfPageSize())
    , m_orientation(Preferences::storedPdfOrientation())
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportController::updatePreview);
    connect(this, &ExportController::optionsChanged, this, &ExportController::schedulePreview);
}

ExportController::~ExportController()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ExportController::setWorkspace(WorkspaceController *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &WorkspaceController::workspaceChanged, this, &ExportController::workspaceChanged);
        connect(workspace, &WorkspaceController::contentChanged, this, &ExportController::schedulePreview);
        connect(workspace, &WorkspaceController::workspaceChanged, this, &ExportController::schedulePreview);
    }
    Q_EMIT workspaceChanged();
    if (workspace && m_title.isEmpty()) {
        m_title = workspace->title();
        Q_EMIT optionsChanged();
    }
    schedulePreview();
}

void ExportController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (active)
        updatePreview();
    else
        m_previewTimer.stop();
}

void ExportController::schedulePreview()
{
    if (m_active)
        m_previewTimer.start();
}

QVariantList ExportController::journeys() const
{
    QVariantList result;
    if (!m_workspace || !m_workspace->document())
        return result;
    QList<Journey> list = m_workspace->document()->workspace().journeys.values();
    std::sort(list.begin(), list.end(), [](const Journey &a, const Journey &b) { return a.title.localeAwareCompare(b.title) < 0; });
    for (const Journey &j : list)
        result.append(QVariantMap{{QStringLiteral("uid"), uidText(j.uid)}, {QStringLiteral("title"), j.title}});
    return result;
}

// The options as the exporters take them.
struct ExportController::Job {
    QString format;
    PdfOptions pdf;
    ImageOptions image;
    std::optional<Uid> dataJourney;

    static Job from(const ExportController &c)
    {
        Job job;
        job.format = c.m_format.toLower();
        job.pdf.title = c.m_title;
        job.pdf.author = c.m_author;
        job.pdf.pageSize = c.m_pageSize;
        job.pdf.orientation = c.m_orientation;
        job.pdf.journeyLayout = c.m_tile ? QStringLiteral("tile") : QStringLiteral("fit");
        job.pdf.cover = c.m_cover;
        job.pdf.journeys = c.m_journeys;
        job.pdf.personas = c.m_personas;
        job.pdf.architecture = c.m_architecture;
        job.pdf.workshops = c.m_workshops;
        job.pdf.metrics = c.m_metrics;
        job.pdf.summary = c.m_summary;
        if (!c.m_journey.isEmpty())
            job.pdf.journeyIds = {uidFromText(c.m_journey)};
        job.image.view = c.m_view;
        job.image.journey = uidFromText(c.m_journey);
        job.image.dpi = c.m_dpi;
        if (!c.m_journey.isEmpty())
            job.dataJourney = uidFromText(c.m_journey);
        return job;
    }
};

bool ExportController::isData() const
{
    return DataExport::formats().contains(m_format.toLower());
}

void ExportController::updatePreview()
{
    m_previewTimer.stop();
    m_preview = QImage();
    m_previewMessage.clear();
    m_previewText.clear();
    m_pageCount = 0;
    if (m_workspace && m_workspace->document()) {
        const Workspace &workspace = m_workspace->document()->workspace();
        Job job = Job::from(*this);
        Result error;
        if (isData()) {
            const auto bytes = DataExport::bytes(job.format, workspace, job.dataJourney, &error);
            if (bytes)
                m_previewText = previewOf(*bytes);
            else
                m_previewMessage = error.message();
            Q_EMIT previewChanged();
            return;
        }
        if (job.format == u"pdf") {
            m_preview = PdfExport::renderFirstPage(workspace, job.pdf, previewWidth, &error);
            m_pageCount = m_preview.isNull() ? 0 : PdfExport::pageCount(workspace, job.pdf);
        } else {
            const Result valid = ImageExport::validate(workspace, job.image);
            if (valid) {
                // The picture at the resolution that makes it about as wide as the preview.
                const QSizeF units = ImageExport::size(workspace, job.image);
                job.image.dpi = std::max(1, int(std::floor(96.0 * previewWidth / std::max(1.0, units.width()))));
                m_preview = ImageExport::render(workspace, job.image, &error);
                m_pageCount = 1;
            } else {
                error = valid;
            }
        }
        if (m_preview.isNull())
            m_previewMessage = error.message();
    }
    Q_EMIT previewChanged();
}

bool ExportController::exportTo(const QString &target)
{
    if (m_thread) {
        setError(tr("An export is already running."));
        return false;
    }
    if (!m_workspace || !m_workspace->document()) {
        setError(tr("Open a workspace to export it."));
        return false;
    }
    const QString path = localPath(target);
    if (path.isEmpty()) {
        setError(tr("Choose a file to export to."));
        return false;
    }
    const Job job = Job::from(*this);
    const bool data = isData();
    if (!data && job.format != u"pdf" && job.format != u"svg" && job.format != u"png") {
        setError(tr("Unknown format “%1”: choose PDF, SVG, PNG, JSON, CSV, GraphML, DOT, Mermaid or the CSV of votes.").arg(m_format));
        return false;
    }
    const Workspace &current = m_workspace->document()->workspace();
    Result valid = Result::success();
    if (data)
        valid = DataExport::validate(job.format, current, job.dataJourney);
    else if (job.format == u"pdf")
        valid = PdfExport::validate(current, job.pdf);
    else if (!data)
        valid = ImageExport::validate(current, job.image);
    if (!valid) {
        setError(valid.message());
        return false;
    }
    setError({});
    m_progress = 0;
    Q_EMIT progressChanged();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    // The worker draws from its own copy: the document may change while it runs.
    QPointer<ExportController> self(this);
    m_thread = QThread::create([self, job, path, workspace = m_workspace->document()->workspace(), cancel = m_cancel]() {
        auto report = [self](double progress) {
            QMetaObject::invokeMethod(self, [self, progress] {
                if (!self)
                    return;
                self->m_progress = progress;
                Q_EMIT self->progressChanged();
            }, Qt::QueuedConnection);
        };
        Result result;
        if (DataExport::formats().contains(job.format)) {
            const auto bytes = DataExport::bytes(job.format, workspace, job.dataJourney, &result);
            if (bytes)
                result = WorkspaceJsonWriter::writeFile(*bytes, path);
        } else if (job.format == u"pdf") {
            result = PdfExport::write(workspace, job.pdf, path, [&](int done, int total) {
                report(double(done) / std::max(1, total));
                return !cancel->load();
            });
        } else if (job.format == u"svg") {
            result = ImageExport::writeSvg(workspace, job.image, path);
        } else {
            result = ImageExport::writePng(workspace, job.image, path);
        }
        report(1.0);
        QMetaObject::invokeMethod(self, [self, result, path] {
            if (self)
                self->finish(result, path);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT busyChanged();
    return true;
}

void ExportController::finish(const Result &result, const QString &path)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT busyChanged();
    if (!result) {
        setError(result.message());
        return;
    }
    Q_EMIT finished(path);
}

void ExportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ExportController::waitForFinished(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (m_thread && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_thread == nullptr;
}

QUrl ExportController::suggestedFile() const
{
    QString base = QStringLiteral("export");
    QString folder = QDir::homePath();
    if (m_workspace && m_workspace->server()->isActive()) {
        // A team workspace has no folder: named after it, in the folder file dialogs start in.
        base = m_workspace->server()->workspaceName();
        folder = m_workspace->dialogFolder().toLocalFile();
    } else if (m_workspace && !m_workspace->path().isEmpty()) {
        const QFileInfo info(m_workspace->path());
        base = info.completeBaseName();
        folder = info.absolutePath();
    }
    return QUrl::fromLocalFile(QDir(folder).filePath(base + extensionOf(m_format.toLower())));
}

void ExportController::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace cx
