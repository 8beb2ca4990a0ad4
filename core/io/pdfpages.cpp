// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpages.h"

#include "architecturepainter.h"
#include "architecturesheet.h"
#include "exportstyle.h"
#include "journeypainter.h"
#include "layout/personasheetlayout.h"
#include "layout/textlines.h"
#include "metricspages.h"
#include "model/personapalette.h"
#include "pdfsummary.h"
#include "workshopresultspages.h"

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
constexpr double bandGap = 14;      // between two bands of an architecture stacked on a page

struct Page {
    enum Kind { Cover, Journey, Persona, Architecture, Results, Metrics, Summary } kind = Cover;
    Uid uid; // results: the voting round
    int row = 0, column = 0, rows = 1, columns = 1;
    qsizetype first = 0, count = 0; // summary: lines; architecture: bands of its sheet; results, metrics: blocks
    double scale = 0; // points per layout unit of a tiled picture; 0: fitted to the page
};

// A line of the cover's contents: a part and the page where it starts (0: it has no pages).
struct ContentsEntry {
    QString title;
    int page = 0;
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
        m_results.emplace(workspace, m_content.size());
        if (options.metrics)
            m_metrics.emplace(workspace, m_content.size(), options.metricPeriod);
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
        case Page::Results:
            heading(painter, m_results->heading(page.uid, {page.first, page.count}));
            m_results->paint(painter, page.uid, {page.first, page.count}, m_content);
            break;
        case Page::Metrics:
            heading(painter, m_metrics->heading({page.first, page.count}));
            m_metrics->paint(painter, {page.first, page.count}, m_content);
            break;
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

    // Adds the contents' entry of the part that starts with the next page.
    void startPart(const QString &title) { m_contents.append(ContentsEntry{title, int(m_pages.size()) + 1}); }

    void plan()
    {
        if (m_options.cover)
            m_pages.append(Page{Page::Cover, {}});
        if (m_options.journeys) {
            for (const Uid &journey : journeyOrder()) {
                startPart(tr("Journey: %1").arg(m_workspace.journeys.value(journey).title));
                addPictures(Page::Journey, journey, journeySize(journey));
            }
        }
        if (m_options.personas) {
            QList<Persona> personas = m_workspace.personas.values();
            std::sort(personas.begin(), personas.end(), [](const Persona &a, const Persona &b) {
                return a.title == b.title ? uidText(a.uid) < uidText(b.uid) : a.title.localeAwareCompare(b.title) < 0;
            });
            for (const Persona &p : personas) {
                startPart(tr("Persona: %1").arg(p.title));
                m_pages.append(Page{Page::Persona, p.uid});
            }
        }
        if (m_options.architecture) {
            for (const Uid &journey : journeyOrder())
                planArchitecture(journey);
        }
        if (m_options.workshops)
            planResults();
        // The metrics' sections, each an entry of the contents; none without metrics.
        for (qsizetype i = 0; m_metrics && i < m_metrics->plan().size(); ++i) {
            const MetricsPages::Span span = m_metrics->plan()[i];
            if (i == 0 || m_metrics->section(span) != m_metrics->section(m_metrics->plan()[i - 1]))
                startPart(m_metrics->partTitle(m_metrics->section(span)));
            m_pages.append(Page{Page::Metrics, {}, 0, 0, 1, 1, span.first, span.count});
        }
        if (m_options.summary) {
            startPart(tr("Summary: gaps, metrics, elements, insights and opportunities"));
            m_summary = PdfSummary::build(m_workspace, m_content.width());
            // As many lines per page as fit.
            qsizetype first = 0;
            do {
                double y = 0;
                qsizetype i = first;
                for (; i < m_summary.size(); ++i) {
                    const double h = PdfSummary::lineHeight(m_summary[i]) + (i == first ? 0 : m_summary[i].spaceBefore);
                    if (y + h > m_content.height() && i > first)
                        break;
                    y += h;
                }
                // A heading or an entry's title goes over with what follows it.
                if (i < m_summary.size()) {
                    qsizetype keep = i;
                    while (keep - 1 > first && m_summary[keep - 1].keepWithNext)
                        --keep;
                    if (keep > first + 1 || !m_summary[first].keepWithNext)
                        i = std::max(keep, first + 1);
                }
                m_pages.append(Page{Page::Summary, {}, 0, 0, 1, 1, first, i - first});
                first = i;
            } while (first < m_summary.size());
        }
        // Page counts in the contents: how many pages each part takes.
        for (qsizetype i = 0; i < m_contents.size(); ++i) {
            if (m_contents[i].page == 0)
                continue;
            int next = int(m_pages.size()) + 1;
            for (qsizetype j = i + 1; j < m_contents.size(); ++j) {
                if (m_contents[j].page > 0) {
                    next = m_contents[j].page;
                    break;
                }
            }
            if (next - m_contents[i].page > 1)
                m_contents[i].title += PdfExport::tr(" (%n pages)", nullptr, next - m_contents[i].page);
        }
    }

    // The journey's architecture: nothing when nothing is linked to its moments (the contents
    // says so), else the whole picture fitted, its bands stacked on as few pages as they fill,
    // or, when tiling, the whole picture across pages like the journeys.
    void planArchitecture(const Uid &journey)
    {
        const QString title = tr("CX architecture: %1").arg(m_workspace.journeys.value(journey).title);
        const ArchitectureSheet &sheet = architectureSheet(journey);
        if (!sheet.hasLinks()) {
            m_contents.append(ContentsEntry{title + tr(": no linked stories, services, systems, processes, data or metrics"), 0});
            return;
        }
        startPart(title);
        if (tiled()) {
            addPictures(Page::Architecture, journey, ArchitectureSheet::pictureSize(sheet.bands().constFirst().layout));
            return;
        }
        const QList<ArchitectureSheet::Band> &bands = sheet.bands();
        qsizetype first = 0;
        double y = 0;
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const double h = ArchitectureSheet::pictureSize(bands[i].layout).height() * bands[i].scale;
            if (i > first && y + bandGap + h > m_content.height()) {
                m_pages.append(Page{Page::Architecture, journey, 0, 0, 1, 1, first, i - first});
                first = i;
                y = 0;
            }
            y += (i > first ? bandGap : 0) + h;
        }
        m_pages.append(Page{Page::Architecture, journey, 0, 0, 1, 1, first, bands.size() - first});
    }

    // Each ended voting round of the printed journeys, on as many pages as its ranking needs; a
    // round still running is a note in the contents (it has no results yet).
    void planResults()
    {
        for (const Uid &journey : journeyOrder()) {
            const QString title = m_workspace.journeys.value(journey).title;
            for (const VotingRound &round : WorkshopResultsPages::roundsOf(m_workspace, journey, true)) {
                startPart(tr("Workshop results: %1 (%2)").arg(round.title, title));
                for (const WorkshopResultsPages::Span &span : m_results->plan(round.uid))
                    m_pages.append(Page{Page::Results, round.uid, 0, 0, 1, 1, span.first, span.count});
            }
            for (const VotingRound &round : WorkshopResultsPages::roundsOf(m_workspace, journey, false))
                m_contents.append(ContentsEntry{tr("Voting round “%1” on %2: still running, no results yet").arg(round.title, title), 0});
        }
    }

    bool tiled() const { return m_options.journeyLayout.trimmed().toLower() == u"tile"; }
    double overlap() const { return std::min(m_options.tileOverlap, std::min(m_content.width(), m_content.height()) / 4); }

    // One page for the picture, or as many tiles as it needs at the tile scale.
    void addPictures(Page::Kind kind, const Uid &uid, QSizeF size)
    {
        const double scale = m_options.tileScale;
        if (!tiled() || size.isEmpty()) {
            m_pages.append(Page{kind, uid});
            return;
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

    const ArchitectureSheet &architectureSheet(const Uid &journey)
    {
        auto it = m_sheets.find(journey);
        if (it == m_sheets.end())
            it = m_sheets.insert(journey, std::make_shared<ArchitectureSheet>(m_workspace, journey, m_content.size(), tiled()));
        return **it;
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

    void heading(QPainter *painter, const QString &text, const QString &right = {})
    {
        const QRectF rect(pageMargin, pageMargin, m_page.width() - 2 * pageMargin, 20);
        const QFont small = S::font(9);
        const QString shown = QFontMetricsF(small).elidedText(right, Qt::ElideLeft, rect.width() / 2);
        const double rightWidth = right.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(shown) + 12;
        // A long title shrinks to stay whole (two lines at the least size); the contents
        // has it whole in any case.
        const TextLines::Fitted title = TextLines::fit(text, rect.width() - rightWidth, rect.height() + 4, 15, 8.5, true);
        QStringList lines = title.lines;
        if (!title.whole || lines.size() > 1) {
            const TextLines::Fitted two = TextLines::fit(text, rect.width() - rightWidth, 2 * rect.height(), 10, 7, true);
            lines = two.lines;
            S::drawLines(painter, rect.adjusted(0, -6, -rightWidth, 0), lines, two.font, S::text);
        } else {
            S::drawLines(painter, rect.adjusted(0, (rect.height() - QFontMetricsF(title.font).lineSpacing()) / 2, -rightWidth, 0),
                         lines, title.font, S::text);
        }
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
        // One entry per part, with the page where it starts; a long title wraps.
        const QFont entryFont = S::font(12);
        const QFontMetricsF fm(entryFont);
        const QFont noteFont = S::font(10.5);
        for (const ContentsEntry &entry : std::as_const(m_contents)) {
            const QString number = entry.page > 0 ? QString::number(entry.page) : QString();
            // A part without pages is a note across the whole line, smaller.
            const double numberWidth =
                entry.page > 0 ? std::max(fm.horizontalAdvance(QStringLiteral("000")), fm.horizontalAdvance(number)) + 24 : 0;
            const QFont &font = entry.page > 0 ? entryFont : noteFont;
            const QStringList lines = TextLines::lines(entry.title, font, width - numberWidth);
            if (y + fm.lineSpacing() * double(lines.size()) > m_page.height() - pageMargin - footerHeight) {
                S::drawLines(painter, QRectF(x, y, width, 0), {QStringLiteral("…")}, entryFont, S::mutedText);
                break;
            }
            const QColor color = entry.page > 0 ? S::text : S::mutedText;
            const double lineHeight = QFontMetricsF(font).lineSpacing();
            S::drawLines(painter, QRectF(x, y, width - numberWidth, 0), lines, font, color);
            y += lineHeight * double(lines.size() - 1);
            if (entry.page > 0) {
                S::drawLines(painter, QRectF(x, y, width, 0), {number}, entryFont, S::text, Qt::AlignRight);
                painter->setPen(QPen(S::gridLine, 0.5, Qt::DotLine));
                const double titleEnd = x + fm.horizontalAdvance(lines.constLast()) + 6;
                painter->drawLine(QPointF(titleEnd, y + fm.ascent()), QPointF(x + width - fm.horizontalAdvance(number) - 6, y + fm.ascent()));
            }
            y += lineHeight + 5;
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
        const ArchitectureSheet &sheet = architectureSheet(page.uid);
        const QString title = tr("CX architecture: %1").arg(m_workspace.journeys.value(page.uid).title);
        if (tiled() || sheet.whole()) {
            const ArchitectureSheet::Band &band = sheet.bands().constFirst();
            const Workspace &records = band.records ? *band.records : m_workspace;
            heading(painter, title, tileLabel(page));
            const ArchitecturePainter architecture(records, band.layout);
            if (tiled()) {
                paintPicture(painter, page, architecture.size(), [&](const QRectF &clip) { architecture.paint(painter, clip); });
                return;
            }
            painter->save();
            painter->translate(m_content.left() + (m_content.width() - architecture.size().width() * band.scale) / 2, m_content.top());
            painter->scale(band.scale, band.scale);
            architecture.paint(painter);
            painter->restore();
            return;
        }
        // Bands stacked down the page, each a picture of a few moments with links.
        const QList<ArchitectureSheet::Band> &bands = sheet.bands();
        const ArchitectureSheet::Band &first = bands[page.first], &last = bands[page.first + page.count - 1];
        QString place = first.firstMoment == last.lastMoment
            ? tr("moment %1 of the %2 with links").arg(first.firstMoment).arg(sheet.linkedMomentCount())
            : tr("moments %1–%2 of the %3 with links").arg(first.firstMoment).arg(last.lastMoment).arg(sheet.linkedMomentCount());
        if (const int unlinked = sheet.momentCount() - sheet.linkedMomentCount(); unlinked > 0)
            place += tr("; %n without links not shown", nullptr, unlinked);
        heading(painter, title, place);
        double y = m_content.top();
        for (qsizetype i = page.first; i < page.first + page.count; ++i) {
            const ArchitecturePainter architecture(*bands[i].records, bands[i].layout);
            if (i > page.first) {
                painter->setPen(QPen(S::gridLine, 0.75, Qt::DashLine));
                painter->drawLine(QPointF(m_content.left(), y + bandGap / 2), QPointF(m_content.right(), y + bandGap / 2));
                y += bandGap;
            }
            painter->save();
            painter->translate(m_content.left(), y);
            painter->scale(bands[i].scale, bands[i].scale);
            architecture.paint(painter);
            painter->restore();
            y += architecture.size().height() * bands[i].scale;
        }
    }

    void paintSummary(QPainter *painter, const Page &page)
    {
        heading(painter, page.first == 0 ? tr("Summary") : tr("Summary (continued)"));
        double y = m_content.top();
        for (qsizetype i = page.first; i < page.first + page.count; ++i) {
            const PdfSummary::Line &line = m_summary[i];
            if (i > page.first)
                y += line.spaceBefore;
            y += S::drawLines(painter, QRectF(m_content.left() + line.indent, y, m_content.width() - line.indent, 0), {line.text},
                              S::font(line.size, line.bold), line.color);
        }
    }

    const Workspace &m_workspace;
    const PdfOptions &m_options;
    QSizeF m_page;
    QRectF m_content;
    QString m_title;
    QList<Page> m_pages;
    QList<ContentsEntry> m_contents;
    QList<PdfSummary::Line> m_summary;
    std::optional<WorkshopResultsPages> m_results;
    std::optional<MetricsPages> m_metrics;
    QHash<Uid, std::shared_ptr<JourneyLayout>> m_layouts;
    QHash<Uid, std::shared_ptr<ArchitectureSheet>> m_sheets;
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
