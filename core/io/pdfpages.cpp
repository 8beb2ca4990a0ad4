// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include "architecturepainter.h"
#include "exportstyle.h"
#include "graph/gapanalysis.h"
#include "graph/metrichierarchy.h"
#include "graph/workspacegraph.h"
#include "journeypainter.h"
#include "layout/personasheetlayout.h"
#include "model/personapalette.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <memory>

namespace cx {

namespace S = ExportStyle;

namespace {

constexpr double pageMargin = 36;   // points
constexpr double headerHeight = 28; // the page's heading
constexpr double footerHeight = 18;
constexpr double minReadableScale = 0.3;     // points per layout unit: 14 px text at 4.2 pt
constexpr double maxArchitectureScale = 0.5;

// One line of the gaps and metrics summary.
struct SummaryLine {
    QString text;
    double size = 10;
    bool bold = false;
    double indent = 0;
    QColor color = S::text;
    double spaceBefore = 0;
};

struct Page {
    enum Kind { Cover, Journey, Persona, Architecture, Summary } kind = Cover;
    Uid uid;
    int row = 0, column = 0, rows = 1, columns = 1;
    qsizetype firstLine = 0, lineCount = 0; // summary
    double scale = 0; // points per layout unit of a tiled picture; 0: fitted to the page
};

} // namespace

// Plans the pages and paints any one of them, in points.
class PdfPages::Renderer
{
    // The texts are PdfExport's, in translations as at run time.
    Q_DECLARE_TR_FUNCTIONS(cx::PdfExport)

public:
    Renderer(const Workspace &workspace, const PdfOptions &options)
        : m_workspace(workspace), m_options(options)
    {
        const QPageSize size(*PdfPages::pageSizeId(options.pageSize));
        QSizeF page = size.size(QPageSize::Point);
        if (options.orientation.trimmed().toLower() == u"landscape")
            page.transpose();
        m_page = page;
        m_content = QRectF(pageMargin, pageMargin + headerHeight, page.width() - 2 * pageMargin,
                           page.height() - 2 * pageMargin - headerHeight - footerHeight);
        m_title = options.title.trimmed().isEmpty() ? tr("CX Atlas workspace") : options.title.trimmed();
        plan();
    }

    QSizeF pageSize() const { return m_page; }
    const QList<Page> &pages() const { return m_pages; }
    const QString &title() const { return m_title; }

    void paint(QPainter *painter, qsizetype index)
    {
        const Page &page = m_pages[index];
        painter->fillRect(QRectF(QPointF(0, 0), m_page), Qt::white);
        switch (page.kind) {
        case Page::Cover: paintCover(painter); break;
        case Page::Journey: paintJourney(painter, page); break;
        case Page::Persona: paintPersona(painter, page); break;
        case Page::Architecture: paintArchitecture(painter, page); break;
        case Page::Summary: paintSummary(painter, page); break;
        }
        const QFont small = S::font(8);
        const QRectF footer(pageMargin, m_page.height() - pageMargin, m_page.width() - 2 * pageMargin, 12);
        S::drawLines(painter, footer, {m_title}, small, S::mutedText);
        S::drawLines(painter, footer, {tr("Page %1 of %2").arg(index + 1).arg(m_pages.size())}, small, S::mutedText,
                     Qt::AlignRight);
    }

private:
    QList<Uid> journeyOrder() const
    {
        if (!m_options.journeyIds.isEmpty())
            return m_options.journeyIds;
        QList<Journey> journeys = m_workspace.journeys.values();
        std::sort(journeys.begin(), journeys.end(), [](const Journey &a, const Journey &b) {
            return a.title == b.title ? uidText(a.uid) < uidText(b.uid) : a.title.localeAwareCompare(b.title) < 0;
        });
        QList<Uid> result;
        for (const Journey &j : journeys)
            result.append(j.uid);
        return result;
    }

    const JourneyLayout &journeyLayout(const Uid &journey)
    {
        auto it = m_layouts.find(journey);
        if (it == m_layouts.end())
            it = m_layouts.insert(journey, std::make_shared<JourneyLayout>(JourneyLayout::compute(m_workspace, journey)));
        return **it;
    }

    QSizeF journeySize(const Uid &journey)
    {
        return JourneyPainter(m_workspace, journeyLayout(journey)).size();
    }

    void plan()
    {
        if (m_options.cover)
            m_pages.append(Page{Page::Cover, {}});
        if (m_options.journeys) {
            for (const Uid &journey : journeyOrder())
                addPictures(Page::Journey, journey, journeySize(journey));
        }
        if (m_options.personas) {
            QList<Persona> personas = m_workspace.personas.values();
            std::sort(personas.begin(), personas.end(), [](const Persona &a, const Persona &b) {
                return a.title == b.title ? uidText(a.uid) < uidText(b.uid) : a.title.localeAwareCompare(b.title) < 0;
            });
            for (const Persona &p : personas)
                m_pages.append(Page{Page::Persona, p.uid});
        }
        if (m_options.architecture) {
            // One picture per journey: all moments in one row would print too small to read.
            for (const Uid &journey : journeyOrder())
                addPictures(Page::Architecture, journey, architectureSize(journey));
        }
        if (m_options.summary) {
            buildSummary();
            // As many lines per page as fit.
            qsizetype first = 0;
            do {
                double y = 0;
                qsizetype i = first;
                for (; i < m_summary.size(); ++i) {
                    const double h = lineHeight(m_summary[i]) + (i == first ? 0 : m_summary[i].spaceBefore);
                    if (y + h > m_content.height() && i > first)
                        break;
                    y += h;
                }
                m_pages.append(Page{Page::Summary, {}, 0, 0, 1, 1, first, i - first});
                first = i;
            } while (first < m_summary.size());
        }
    }

    bool tiled() const { return m_options.journeyLayout.trimmed().toLower() == u"tile"; }
    double overlap() const { return std::min(m_options.tileOverlap, std::min(m_content.width(), m_content.height()) / 4); }

    // One page for the picture, or as many tiles as it needs at the tile scale.
    void addPictures(Page::Kind kind, const Uid &uid, QSizeF size)
    {
        double scale = m_options.tileScale;
        if (!tiled()) {
            const double fit = std::min(m_content.width() / size.width(), m_content.height() / size.height());
            // A journey always fits; an architecture picture too wide to read at that size
            // fills the page's height instead and runs on across pages.
            if (kind == Page::Journey || size.isEmpty() || fit >= minReadableScale) {
                m_pages.append(Page{kind, uid});
                return;
            }
            scale = std::min(maxArchitectureScale, m_content.height() / size.height());
        }
        size *= scale;
        const double shared = overlap();
        auto count = [shared](double length, double room) {
            return length <= room ? 1 : int(std::ceil((length - shared) / (room - shared)));
        };
        const int columns = count(size.width(), m_content.width());
        const int rows = count(size.height(), m_content.height());
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                m_pages.append(Page{kind, uid, r, c, rows, columns, 0, 0, scale});
        }
    }

    const ArchitectureLayout &architectureLayout(const Uid &journey)
    {
        auto it = m_architectures.find(journey);
        if (it == m_architectures.end()) {
            ArchitectureFilter filter;
            filter.journey = journey;
            it = m_architectures.insert(journey, std::make_shared<ArchitectureLayout>(ArchitectureLayout::compute(m_workspace, filter)));
        }
        return **it;
    }

    QSizeF architectureSize(const Uid &journey)
    {
        return ArchitecturePainter(m_workspace, architectureLayout(journey)).size();
    }

    // Paints a picture of size (layout units) fitted to the page, or the page's tile of it.
    template<typename Paint>
    void paintPicture(QPainter *painter, const Page &page, QSizeF size, Paint paint)
    {
        if (size.isEmpty())
            return;
        if (page.scale <= 0) {
            const double scale = std::min(m_content.width() / size.width(), m_content.height() / size.height());
            painter->save();
            painter->translate(m_content.left() + (m_content.width() - size.width() * scale) / 2, m_content.top());
            painter->scale(scale, scale);
            paint(QRectF());
            painter->restore();
            return;
        }
        const double scale = page.scale;
        const double shared = overlap();
        const QPointF offset(page.column * (m_content.width() - shared), page.row * (m_content.height() - shared));
        painter->save();
        painter->setClipRect(m_content);
        painter->translate(m_content.topLeft() - offset);
        painter->scale(scale, scale);
        paint(QRectF(offset / scale, m_content.size() / scale));
        painter->restore();
        paintAssemblyMarks(painter, page, shared);
    }

    QString tileLabel(const Page &page) const
    {
        return page.rows * page.columns > 1
                   ? tr("row %1, column %2 (%3 × %4 pages)").arg(page.row + 1).arg(page.column + 1).arg(page.rows).arg(page.columns)
                   : QString();
    }

    static double lineHeight(const SummaryLine &line)
    {
        return QFontMetricsF(S::font(line.size, line.bold)).lineSpacing();
    }

    void buildSummary()
    {
        const WorkspaceGraph graph(m_workspace);
        const GapReport gaps = GapAnalysis::of(graph);
        m_summary.append(SummaryLine{tr("Gaps"), 14, true, 0, S::text, 0});
        if (gaps.isEmpty())
            m_summary.append(SummaryLine{tr("No gaps: every moment that matters is measured, owned and supported."), 10, false, 0,
                              S::mutedText, 4});
        std::optional<GapKind> kind;
        for (const Gap &gap : gaps.gaps) {
            if (kind != gap.kind) {
                kind = gap.kind;
                m_summary.append(SummaryLine{GapAnalysis::heading(gap.kind) + QStringLiteral(" (%1)").arg(gaps.count(gap.kind)), 11,
                                  true, 0, S::matters, 8});
            }
            const QFontMetricsF fm(S::font(10));
            for (const QString &line : S::wrap(gap.message, fm, m_content.width() - 14, 4))
                m_summary.append(SummaryLine{line, 10, false, 14, S::text, 2});
        }

        const MetricHierarchyReport metrics = MetricHierarchy::of(graph);
        m_summary.append(SummaryLine{tr("Metrics, from strategic goals down to what drives them"), 14, true, 0, S::text, 18});
        if (metrics.rollUp.isEmpty())
            m_summary.append(SummaryLine{tr("No metrics yet."), 10, false, 0, S::mutedText, 4});
        for (const RollUpEntry &entry : metrics.rollUp) {
            const Metric metric = m_workspace.metrics.value(entry.uid);
            QStringList parts{S::metricKindLabel(metric.kind), S::metricLevelLabel(metric.level)};
            if (!metric.measurements.isEmpty()) {
                const Measurement &last = metric.measurements.constLast();
                parts.append(tr("latest %1%2 (%3)").arg(QString::number(last.value), metric.unit.isEmpty() ? QString() : u' ' + metric.unit,
                                                       last.date.toString(Qt::ISODate)));
            }
            if (metric.target)
                parts.append(tr("target %1").arg(QString::number(*metric.target)));
            if (!metric.owner.isEmpty())
                parts.append(metric.owner);
            if (metric.level != MetricLevel::Strategic && entry.stepsToGoal < 0)
                parts.append(tr("leads to no strategic goal"));
            const double indent = metric.level == MetricLevel::Strategic ? 0 : metric.level == MetricLevel::Operational ? 18 : 36;
            m_summary.append(SummaryLine{entry.title, 10.5, metric.level == MetricLevel::Strategic, indent, S::text, 6});
            m_summary.append(SummaryLine{parts.join(QStringLiteral(" · ")), 9, false, indent, S::mutedText, 0});
        }
        for (const MetricCycle &cycle : metrics.cycles)
            m_summary.append(SummaryLine{tr("Cycle: %1").arg(cycle.pathText()), 10, true, 0, S::matters, 6});
    }

    void heading(QPainter *painter, const QString &text, const QString &right = {})
    {
        const QRectF rect(pageMargin, pageMargin, m_page.width() - 2 * pageMargin, 20);
        const QFont f = S::font(15, true);
        const QFont small = S::font(9);
        const QString shown = QFontMetricsF(small).elidedText(right, Qt::ElideLeft, rect.width() / 2);
        const double rightWidth = right.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(shown) + 12;
        S::drawLines(painter, rect.adjusted(0, 0, -rightWidth, 0),
                     {QFontMetricsF(f).elidedText(text, Qt::ElideRight, rect.width() - rightWidth)}, f, S::text);
        if (!right.isEmpty())
            S::drawLines(painter, rect.adjusted(0, 4, 0, 0), {shown}, small, S::mutedText, Qt::AlignRight);
        painter->setPen(QPen(S::gridLine, 0.75));
        painter->drawLine(QPointF(rect.left(), rect.bottom() + 3), QPointF(rect.right(), rect.bottom() + 3));
    }

    QString journeyHeading(const Uid &uid) const
    {
        const Journey journey = m_workspace.journeys.value(uid);
        QString text = journey.title;
        text += journey.state == JourneyState::Future ? tr(" (future state)") : tr(" (current state)");
        return text;
    }

    // "For A, B and C", beside the heading.
    QString personasLine(const Uid &uid) const
    {
        QStringList personas;
        for (const Uid &p : m_workspace.personasOf(uid))
            personas.append(m_workspace.personas.value(p).title);
        personas.sort();
        return personas.isEmpty() ? QString() : tr("For %1").arg(personas.join(QStringLiteral(", ")));
    }

    QString pageTitle(const Page &page) const
    {
        switch (page.kind) {
        case Page::Cover: return tr("Cover");
        case Page::Journey: return tr("Journey: %1").arg(m_workspace.journeys.value(page.uid).title);
        case Page::Persona: return tr("Persona: %1").arg(m_workspace.personas.value(page.uid).title);
        case Page::Architecture: return tr("CX architecture: %1").arg(m_workspace.journeys.value(page.uid).title);
        case Page::Summary: return tr("Gaps and metrics");
        }
        return {};
    }

    void paintCover(QPainter *painter)
    {
        const double x = pageMargin + 24;
        const double width = m_page.width() - 2 * x;
        double y = pageMargin + m_page.height() * 0.12;
        painter->fillRect(QRectF(pageMargin, y - 8, 6, 90), S::matters);
        const QFont titleFont = S::font(30, true);
        const QStringList titleLines = S::wrap(m_title, QFontMetricsF(titleFont), width, 3);
        y += S::drawLines(painter, QRectF(x, y, width, 0), titleLines, titleFont, S::text) + 8;
        const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
        QString byline = QLocale().toString(date, QLocale::LongFormat);
        if (!m_options.author.trimmed().isEmpty())
            byline = m_options.author.trimmed() + QStringLiteral(" · ") + byline;
        y += S::drawLines(painter, QRectF(x, y, width, 0), {byline}, S::font(13), S::mutedText) + 4;
        const QString counts = tr("%1 personas · %2 journeys · %3 moments · %4 architecture elements · %5 metrics")
                                   .arg(m_workspace.personas.size())
                                   .arg(m_workspace.journeys.size())
                                   .arg(m_workspace.moments.size())
                                   .arg(m_workspace.elements.size())
                                   .arg(m_workspace.metrics.size());
        y += S::drawLines(painter, QRectF(x, y, width, 0), {counts}, S::font(11), S::mutedText) + 36;

        y += S::drawLines(painter, QRectF(x, y, width, 0), {tr("Contents")}, S::font(15, true), S::text) + 8;
        // One entry per part, with the page where it starts.
        const QFont entryFont = S::font(12);
        const QFontMetricsF fm(entryFont);
        QString last;
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            const Page &page = m_pages[i];
            if (page.kind == Page::Cover)
                continue;
            QString title = pageTitle(page);
            if (page.rows * page.columns > 1)
                title += PdfExport::tr(" (%n pages)", nullptr, page.rows * page.columns);
            if (title == last || page.row > 0 || page.column > 0
                || (page.kind == Page::Summary && page.firstLine > 0))
                continue;
            last = title;
            if (y + fm.lineSpacing() > m_page.height() - pageMargin - footerHeight) {
                S::drawLines(painter, QRectF(x, y, width, 0), {QStringLiteral("…")}, entryFont, S::mutedText);
                break;
            }
            const QString number = QString::number(i + 1);
            const double numberWidth = fm.horizontalAdvance(number);
            S::drawLines(painter, QRectF(x, y, width - numberWidth - 12, 0),
                         {fm.elidedText(title, Qt::ElideRight, width - numberWidth - 24)}, entryFont, S::text);
            S::drawLines(painter, QRectF(x, y, width, 0), {number}, entryFont, S::text, Qt::AlignRight);
            painter->setPen(QPen(S::gridLine, 0.5, Qt::DotLine));
            const double titleEnd = x + std::min(fm.horizontalAdvance(title), width - numberWidth - 24) + 6;
            painter->drawLine(QPointF(titleEnd, y + fm.ascent()), QPointF(x + width - numberWidth - 6, y + fm.ascent()));
            y += fm.lineSpacing() + 5;
        }
    }

    void paintJourney(QPainter *painter, const Page &page)
    {
        const JourneyPainter journey(m_workspace, journeyLayout(page.uid));
        const QString tile = tileLabel(page);
        const QString personas = personasLine(page.uid);
        // A tile's heading has room for the tile's place only.
        heading(painter, journeyHeading(page.uid), tile.isEmpty() ? personas : tile);
        paintPicture(painter, page, journey.size(), [&](const QRectF &clip) { journey.paint(painter, clip); });
    }

    // Crop marks at the corners, registration marks at the middle of each side, and the
    // overlap shared with each neighbour, so the tiles can be trimmed and glued.
    void paintAssemblyMarks(QPainter *painter, const Page &page, double overlap)
    {
        const QRectF c = m_content;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::black, 0.5));
        const double gap = 4, length = 14;
        for (const QPointF &corner : {c.topLeft(), c.topRight(), c.bottomLeft(), c.bottomRight()}) {
            const double sx = corner.x() == c.left() ? -1 : 1;
            const double sy = corner.y() == c.top() ? -1 : 1;
            painter->drawLine(corner + QPointF(sx * gap, 0), corner + QPointF(sx * (gap + length), 0));
            painter->drawLine(corner + QPointF(0, sy * gap), corner + QPointF(0, sy * (gap + length)));
        }
        auto registration = [painter](QPointF at) {
            painter->drawEllipse(at, 4, 4);
            painter->drawLine(at - QPointF(7, 0), at + QPointF(7, 0));
            painter->drawLine(at - QPointF(0, 7), at + QPointF(0, 7));
        };
        registration(QPointF(c.left() - 14, c.center().y()));
        registration(QPointF(c.right() + 14, c.center().y()));
        registration(QPointF(c.center().x(), c.bottom() + 9));

        QPen dashed(S::accent, 0.6, Qt::DashLine);
        painter->setPen(dashed);
        QColor shade = S::accent;
        shade.setAlphaF(0.06f);
        const QFont small = S::font(6.5);
        if (page.column > 0) {
            painter->fillRect(QRectF(c.left(), c.top(), overlap, c.height()), shade);
            painter->drawLine(QPointF(c.left() + overlap, c.top()), QPointF(c.left() + overlap, c.bottom()));
        }
        if (page.column + 1 < page.columns) {
            painter->fillRect(QRectF(c.right() - overlap, c.top(), overlap, c.height()), shade);
            painter->drawLine(QPointF(c.right() - overlap, c.top()), QPointF(c.right() - overlap, c.bottom()));
            S::drawLines(painter, QRectF(c.right() + 4, c.top(), pageMargin - 6, 20),
                         {tr("→ col. %1").arg(page.column + 2)}, small, S::accent);
        }
        if (page.row > 0) {
            painter->fillRect(QRectF(c.left(), c.top(), c.width(), overlap), shade);
            painter->drawLine(QPointF(c.left(), c.top() + overlap), QPointF(c.right(), c.top() + overlap));
        }
        if (page.row + 1 < page.rows) {
            painter->fillRect(QRectF(c.left(), c.bottom() - overlap, c.width(), overlap), shade);
            painter->drawLine(QPointF(c.left(), c.bottom() - overlap), QPointF(c.right(), c.bottom() - overlap));
            S::drawLines(painter, QRectF(c.left(), c.bottom() + 2, 120, 10), {tr("↓ row %1").arg(page.row + 2)}, small, S::accent);
        }
        painter->restore();
    }

    void paintPersona(QPainter *painter, const Page &page)
    {
        const Persona persona = m_workspace.personas.value(page.uid);
        heading(painter, tr("Persona"));
        const PersonaSheetLayout sheet = PersonaSheetLayout::compute(persona, m_content.size());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->translate(m_content.topLeft());

        QPainterPath round;
        round.addEllipse(sheet.photo);
        const QImage photo = QImage::fromData(persona.photo);
        if (!photo.isNull()) {
            painter->save();
            painter->setClipPath(round);
            // Cover the square, cropping the longer side.
            const QSizeF scaled = QSizeF(photo.size()).scaled(sheet.photo.size(), Qt::KeepAspectRatioByExpanding);
            painter->drawImage(QRectF(sheet.photo.center() - QPointF(scaled.width(), scaled.height()) / 2, scaled), photo);
            painter->restore();
        } else {
            painter->setPen(Qt::NoPen);
            const QString color = PersonaPalette::colorOf(m_workspace, persona.uid);
            painter->setBrush(QColor::fromString(color));
            painter->drawPath(round);
            S::drawLines(painter, QRectF(sheet.photo.left(), sheet.photo.center().y() - sheet.photo.height() * 0.22,
                                         sheet.photo.width(), 0),
                         {sheet.initials}, S::font(sheet.photo.height() * 0.36, true),
                         QColor::fromString(PersonaPalette::inkOn(color)), Qt::AlignHCenter);
        }

        for (const PersonaSheetLayout::Block &block : sheet.blocks) {
            if (!block.label.isEmpty()) {
                S::drawLines(painter, block.labelRect, {block.label.toUpper()}, S::font(sheet.labelSize, true), S::mutedText);
                painter->setPen(QPen(S::gridLine, 0.5));
                painter->drawLine(QPointF(block.labelRect.left(), block.labelRect.bottom() + 0.5),
                                  QPointF(block.labelRect.right(), block.labelRect.bottom() + 0.5));
            }
            QColor color = S::text;
            if (block.field == Field::NeedState || block.field == Field::Quote)
                color = S::mutedText;
            S::drawLines(painter, block.rect, block.lines, S::font(block.fontSize, block.bold, block.italic), color);
        }
        painter->restore();
    }

    void paintArchitecture(QPainter *painter, const Page &page)
    {
        heading(painter, tr("CX architecture: %1").arg(m_workspace.journeys.value(page.uid).title), tileLabel(page));
        const ArchitecturePainter architecture(m_workspace, architectureLayout(page.uid));
        paintPicture(painter, page, architecture.size(), [&](const QRectF &) { architecture.paint(painter); });
    }

    void paintSummary(QPainter *painter, const Page &page)
    {
        heading(painter, page.firstLine == 0 ? tr("Gaps and metrics") : tr("Gaps and metrics (continued)"));
        double y = m_content.top();
        for (qsizetype i = page.firstLine; i < page.firstLine + page.lineCount; ++i) {
            const SummaryLine &line = m_summary[i];
            if (i > page.firstLine)
                y += line.spaceBefore;
            const QFont f = S::font(line.size, line.bold);
            const double width = m_content.width() - line.indent;
            y += S::drawLines(painter, QRectF(m_content.left() + line.indent, y, width, 0),
                              {QFontMetricsF(f).elidedText(line.text, Qt::ElideRight, width)}, f, line.color);
        }
    }

    const Workspace &m_workspace;
    const PdfOptions &m_options;
    QSizeF m_page;
    QRectF m_content;
    QString m_title;
    QList<Page> m_pages;
    QList<SummaryLine> m_summary;
    QHash<Uid, std::shared_ptr<JourneyLayout>> m_layouts;
    QHash<Uid, std::shared_ptr<ArchitectureLayout>> m_architectures;
};

std::optional<QPageSize::PageSizeId> PdfPages::pageSizeId(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"a4")
        return QPageSize::A4;
    if (n == u"a3")
        return QPageSize::A3;
    if (n == u"letter")
        return QPageSize::Letter;
    if (n == u"tabloid")
        return QPageSize::Tabloid;
    return std::nullopt;
}

PdfPages::PdfPages(const Workspace &workspace, const PdfOptions &options)
    : m_renderer(std::make_unique<Renderer>(workspace, options))
{
}

PdfPages::~PdfPages() = default;

QSizeF PdfPages::pageSize() const
{
    return m_renderer->pageSize();
}

int PdfPages::count() const
{
    return int(m_renderer->pages().size());
}

QString PdfPages::title() const
{
    return m_renderer->title();
}

void PdfPages::paint(QPainter *painter, int index)
{
    m_renderer->paint(painter, index);
}

} // namespace cx
