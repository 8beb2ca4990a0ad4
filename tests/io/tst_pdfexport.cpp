// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/imageexport.h"
#include "io/pdfexport.h"
#include "io/workspacejsonreader.h"
#include "model/personasnapshot.h"
#include "model/workspace.h"

#include <QBuffer>
#include <QDomDocument>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

// The PDF, SVG and PNG exports of the example workspace, read back by other programs: poppler's
// pdftotext and pdfinfo for the PDF, an XML parser for the SVG, Qt's reader for the PNG.
// Set CX_EXPORT_KEEP to a folder to keep the files for a look.
class TestPdfExport : public QObject
{
    Q_OBJECT

private:
    Workspace m_workspace;
    QTemporaryDir m_dir;

    Uid id(const char *jsonId) const { return WorkspaceJsonReader::idFor(QString::fromUtf8(jsonId)); }

    QString path(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("CX_EXPORT_KEEP");
        return (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The PDF's text with runs of white space made single spaces, so wrapped titles match.
    static QString pdfText(const QString &pdf)
    {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
            .simplified();
    }

    // The first page's size in points, from pdfinfo's "Page size: 841.89 x 595.276 pts (A4)".
    static QSizeF pageSize(const QString &pdf)
    {
        const QStringList parts = info(pdf, QStringLiteral("Page size")).split(u' ');
        return parts.size() >= 3 ? QSizeF(parts[0].toDouble(), parts[2].toDouble()) : QSizeF();
    }
    static bool near(QSizeF a, QSizeF b) { return std::abs(a.width() - b.width()) < 1 && std::abs(a.height() - b.height()) < 1; }

    // Each font of the PDF as "name emb", from pdffonts' table (its columns are as wide as the
    // dashes under the header).
    static QStringList embeddedFonts(const QString &pdf)
    {
        const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() < 2 || !lines.at(1).startsWith(u'-'))
            return {QStringLiteral("FAILED"), lines.join(u'\n')};
        const QStringList dashes = lines.at(1).split(u' ', Qt::SkipEmptyParts);
        const qsizetype emb = dashes.at(0).size() + 1 + dashes.at(1).size() + 1 + dashes.at(2).size() + 1;
        QStringList fonts;
        for (qsizetype i = 2; i < lines.size(); ++i)
            fonts.append(lines.at(i).left(dashes.at(0).size()).trimmed() + u' ' + lines.at(i).mid(emb, 3).trimmed());
        return fonts;
    }

    // Every title and name a workspace holds: what a reader of its PDF must be able to find.
    static QStringList titlesOf(const Workspace &w)
    {
        QStringList titles;
        const auto add = [&titles](const auto &hash) {
            for (const auto &record : hash)
                titles.append(record.title);
        };
        add(w.personas);
        add(w.journeys);
        add(w.stages);
        add(w.lanes);
        add(w.moments);
        add(w.elements);
        add(w.metrics);
        add(w.insights);
        add(w.opportunities);
        return titles;
    }

    // Text made comparable with what pdftotext gives back: its direction marks dropped (it
    // wraps right-to-left runs in them), compatibility forms folded (Arabic letters come back
    // in their joined presentation forms), white space joined (lines break anywhere), and no
    // space after a hyphen, dash or slash where a line broke after one.
    static QString comparable(const QString &text)
    {
        QString folded = text.normalized(QString::NormalizationForm_KC);
        folded.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
        folded = folded.simplified();
        for (const QString &joiner : {QStringLiteral("-"), QStringLiteral("–"), QStringLiteral("—"), QStringLiteral("/")})
            folded.replace(joiner + u' ', joiner);
        return folded;
    }
    // Whether a right-to-left title is in pdftotext's reading-order text. Poppler rebuilds the
    // logical order of a right-to-left run, but around neutral punctuation (the Arabic comma)
    // it swaps the words on either side and glues them to the mark; there only every word of
    // the title can be checked, without the punctuation. Without punctuation, the whole title.
    static bool hasRightToLeft(const QString &reading, const QString &title)
    {
        if (std::none_of(title.cbegin(), title.cend(), [](QChar c) { return c.isPunct(); }))
            return reading.contains(title);
        QString letters = reading, wanted = title;
        letters.removeIf([](QChar c) { return c.isPunct(); });
        wanted.removeIf([](QChar c) { return c.isPunct(); });
        const QStringList words = letters.split(u' ');
        const QSet<QString> present(words.cbegin(), words.cend());
        const QStringList needed = wanted.split(u' ', Qt::SkipEmptyParts);
        return std::all_of(needed.cbegin(), needed.cend(), [&](const QString &w) { return present.contains(w); });
    }

    // The titles of w that are not whole in the PDF's text: left-to-right ones in the order
    // the page draws its text (-raw, where wrapped lines follow each other), right-to-left ones
    // in pdftotext's reading order, the only one where it puts such runs back in logical order.
    static QStringList missingTitles(const Workspace &w, const QString &pdf)
    {
        const QString drawn = comparable(pdfText(pdf));
        const QString reading = comparable(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        QStringList missing;
        for (const QString &title : titlesOf(w)) {
            const bool found = title.isRightToLeft() ? hasRightToLeft(reading, comparable(title))
                                                     : drawn.contains(comparable(title));
            if (!found)
                missing.append(title);
        }
        return missing;
    }

    static QString info(const QString &pdf, const QString &key)
    {
        const QString text = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption);
        return re.match(text).captured(1).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QFAIL("poppler-utils (pdftotext, pdfinfo, pdffonts) is needed: see packaging/build-deps.txt");
        QVERIFY(m_dir.isValid());
        Result error;
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(data, qPrintable(error.message()));
        for (const Node &node : data->nodes)
            m_workspace.put(node);
        for (const Link &link : data->links)
            m_workspace.links.insert(link);
    }

    void wholeWorkspaceHasEveryName()
    {
        // Given the example, when the whole workspace is exported with each journey on one page
        PdfOptions options;
        options.title = QStringLiteral("Retail banking CX");
        options.author = QStringLiteral("Ana Example");
        const QString pdf = path(QStringLiteral("example-fit.pdf"));
        const Result result = PdfExport::write(m_workspace, options, pdf);
        QVERIFY2(result, qPrintable(result.message()));

        // then every stage, moment and persona can be found in its text
        const QString text = pdfText(pdf);
        QVERIFY2(!text.startsWith(u"FAILED"), qPrintable(text));
        for (const Stage &s : std::as_const(m_workspace.stages))
            QVERIFY2(text.contains(s.title.simplified()), qPrintable(s.title));
        for (const Moment &m : std::as_const(m_workspace.moments))
            QVERIFY2(text.contains(m.title.simplified()), qPrintable(m.title));
        for (const Persona &p : std::as_const(m_workspace.personas))
            QVERIFY2(text.contains(p.title.simplified()), qPrintable(p.title));
        QVERIFY(text.contains(u"Line of visibility"));
        QVERIFY(text.contains(u"Summary"));
        QVERIFY(text.contains(u"First salary lands")); // the one gap
        // and every other title and name too, whole: the architecture's boxes wrap, the summary lists
        // every element, insight and opportunity
        const QStringList missing = missingTitles(m_workspace, pdf);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

        // and the metadata and pages are as asked: cover, 3 journeys, 3 personas, architecture, summary
        QCOMPARE(info(pdf, QStringLiteral("Title")), options.title);
        QCOMPARE(info(pdf, QStringLiteral("Creator")), QStringLiteral("CX Atlas"));
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(meta.contains(options.author), qPrintable(meta));
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QCOMPARE(pages, PdfExport::pageCount(m_workspace, options));
        QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));
        QVERIFY2(near(pageSize(pdf), QSizeF(841.89, 595.28)), qPrintable(info(pdf, QStringLiteral("Page size")))); // A4 landscape

        // and every font it uses is embedded, so it reads the same on a machine without DejaVu
        const QStringList fonts = embeddedFonts(pdf);
        QVERIFY2(!fonts.isEmpty() && fonts.constFirst() != u"FAILED", qPrintable(fonts.join(u'\n')));
        for (const QString &font : fonts)
            QVERIFY2(font.endsWith(u" yes"), qPrintable(font));
    }

    void longTitlesAppearWhole()
    {
        // Given the example with every title and name 80 characters or longer, in Latin with
        // accents, Greek, Cyrillic, Hebrew and Arabic
        Workspace workspace = m_workspace;
        const QStringList tails{
            QStringLiteral("für die Zürcher Filiale, naïve café-crème und die Ærø–Øresund Koordination im Frühjahr"),
            QStringLiteral("και η ελληνική υπηρεσία εξυπηρέτησης πελατών για νέους λογαριασμούς σε όλα τα καταστήματα"),
            QStringLiteral("и служба поддержки клиентов для новых текущих счетов во всех отделениях и в приложении банка"),
        };
        // Right-to-left titles stand alone: a line mixing directions has no one order to read back.
        const QStringList rtl{
            QStringLiteral("שירות אימות זהות דיגיטלי ללקוחות חדשים בסניפים ובאפליקציה של הבנק הקמעונאי בישראל"),
            QStringLiteral("נתוני היסטוריית העסקאות של כל הלקוחות בכל הערוצים והמוצרים של הבנק הקמעונאי בארץ"),
            QStringLiteral("نظام إدارة البطاقات المصرفية للعملاء الجدد في الفروع وفي تطبيق الهاتف المحمول للبنك"),
            QStringLiteral("مريم عبد الرحمن الحسيني، صاحبة مشروع صغير تفتح حسابها الجاري الأول لدى البنك اليوم"),
        };
        // Each right-to-left title its own, by a number word in its script at the end.
        const QStringList hebrewNumbers = QStringLiteral("אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר").split(u' ');
        const QStringList arabicNumbers = QStringLiteral("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة").split(u' ');
        int i = 0;
        const auto lengthen = [&](QString &title) {
            if (i % 7 == 3) {
                const int which = (i / 7) % int(rtl.size()), n = (i / 7 / int(rtl.size())) % 10;
                title = rtl[which] + u' ' + (which < 2 ? hebrewNumbers : arabicNumbers)[n];
            } else {
                title += QStringLiteral(" — ") + tails[i % tails.size()];
            }
            ++i;
        };
        for (auto &r : workspace.personas)
            lengthen(r.title);
        for (auto &r : workspace.journeys)
            lengthen(r.title);
        for (auto &r : workspace.stages)
            lengthen(r.title);
        for (auto &r : workspace.lanes)
            lengthen(r.title);
        for (auto &r : workspace.moments)
            lengthen(r.title);
        for (auto &r : workspace.elements)
            lengthen(r.title);
        for (auto &r : workspace.metrics)
            lengthen(r.title);
        for (auto &r : workspace.insights)
            lengthen(r.title);
        for (auto &r : workspace.opportunities)
            lengthen(r.title);
        for (const QString &title : titlesOf(workspace))
            QVERIFY2(title.size() >= 80, qPrintable(title));

        // When it is exported with every part
        const QString pdf = path(QStringLiteral("long-titles.pdf"));
        const Result result = PdfExport::write(workspace, PdfOptions(), pdf);
        QVERIFY2(result, qPrintable(result.message()));

        // then pdftotext finds every one of them whole, right-to-left ones in reading order
        const QStringList missing = missingTitles(workspace, pdf);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 missing:\n").arg(missing.size()).arg(titlesOf(workspace).size())
                                                + missing.join(u'\n')));
    }

    void journeyWithoutLinksHasNoArchitecturePages()
    {
        // Given the example and a journey of its own that nothing links to an architecture
        Workspace workspace = m_workspace;
        const Uid journey = id("j-open");
        QSet<Link> kept;
        for (const Link &link : std::as_const(workspace.links)) {
            const bool ofJourney = workspace.moments.value(link.from).journey == journey || workspace.moments.value(link.to).journey == journey;
            if (!ofJourney || link.relation == Relation::OpensJourney)
                kept.insert(link);
        }
        workspace.links = kept;
        PdfOptions options;
        options.journeys = options.personas = options.summary = options.workshops = options.metrics = false;

        // When its architecture is exported, then it has no pages and the contents says so in one line
        const QString pdf = path(QStringLiteral("no-links.pdf"));
        QVERIFY(PdfExport::write(workspace, options, pdf));
        const QString title = workspace.journeys.value(journey).title;
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("CX architecture: %1: no linked stories, services, systems, processes, data or metrics").arg(title)),
                 qPrintable(text));
        options.journeyIds = {journey};
        options.cover = false;
        QVERIFY(!PdfExport::write(workspace, options, pdf)); // nothing left to print
        options.cover = true;
        QCOMPARE(PdfExport::pageCount(workspace, options), 1);
    }

    void wideArchitectureIsPrintedInBands()
    {
        // Given a journey of 60 moments that each use a system of their own, in three stages
        Workspace workspace = m_workspace;
        const Uid journey = id("j-open");
        const Moment model = *std::find_if(workspace.moments.cbegin(), workspace.moments.cend(),
                                           [&](const Moment &m) { return m.journey == journey; });
        for (int i = 0; i < 60; ++i) {
            Moment m = model;
            m.uid = newUid();
            m.title = QStringLiteral("Extra step %1").arg(i + 1);
            m.position = 100 + i;
            workspace.put(m);
            Element e;
            e.uid = newUid();
            e.kind = NodeKind::System;
            e.title = QStringLiteral("System for step %1").arg(i + 1);
            workspace.put(e);
            workspace.links.insert(Link{m.uid, Relation::Uses, e.uid});
        }
        PdfOptions options;
        options.cover = options.journeys = options.personas = options.summary = options.workshops = options.metrics = false;
        options.journeyIds = {journey};

        // When its architecture is exported on A4
        const QString pdf = path(QStringLiteral("bands.pdf"));
        QVERIFY(PdfExport::write(workspace, options, pdf));

        // then it takes a few pages of bands, each naming its moments, and every system is there whole
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 3 && pages <= 20, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"moments 1–"), qPrintable(text.left(400)));
        for (int i = 1; i <= 60; ++i)
            QVERIFY2(text.contains(QStringLiteral("System for step %1 ").arg(i)), qPrintable(QString::number(i)));
    }

    void tilesPaintOnlyWhatMeetsThem()
    {
        // Given the architecture of a journey tiled across pages
        PdfOptions options;
        options.cover = options.journeys = options.personas = options.summary = options.workshops = options.metrics = false;
        options.journeyIds = {id("j-open")};
        options.journeyLayout = QStringLiteral("tile");
        const QString pdf = path(QStringLiteral("architecture-tiled.pdf"));
        QVERIFY(PdfExport::write(m_workspace, options, pdf));
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));

        // then each box's title is on the pages of the tiles it meets (at most four where tiles
        // overlap), not drawn and clipped away on every page
        QList<QString> pageTexts;
        for (int p = 1; p <= pages; ++p)
            pageTexts.append(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                                                QString::number(p), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                QStringLiteral("-")}).simplified());
        for (const Element &e : std::as_const(m_workspace.elements)) {
            const auto on = std::count_if(pageTexts.cbegin(), pageTexts.cend(), [&](const QString &t) { return t.contains(e.title); });
            QVERIFY2(on <= 4, qPrintable(QStringLiteral("%1 on %2 of %3 pages").arg(e.title).arg(on).arg(pages)));
        }
    }

    void partsAreChosenByName()
    {
        PdfOptions options;
        QVERIFY(PdfExport::setParts(QStringLiteral(" Cover,SUMMARY "), &options));
        QVERIFY(options.cover && options.summary && !options.journeys && !options.personas && !options.architecture
                && !options.workshops && !options.metrics);
        const Result bad = PdfExport::setParts(QStringLiteral("cover,maps"), &options);
        QVERIFY(!bad);
        QVERIFY2(bad.message().contains(u"“maps”"), qPrintable(bad.message()));
        QVERIFY(options.cover && options.summary && !options.journeys); // unchanged
        QCOMPARE(PdfExport::partNames(), (QStringList{QStringLiteral("cover"), QStringLiteral("journeys"), QStringLiteral("personas"),
                                                      QStringLiteral("architecture"), QStringLiteral("workshops"),
                                                      QStringLiteral("metrics"), QStringLiteral("summary")}));
    }

    void pageSizes_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("orientation");
        QTest::addColumn<QSizeF>("expected");
        QTest::newRow("A4 portrait") << QStringLiteral("A4") << QStringLiteral("portrait") << QSizeF(595.28, 841.89);
        QTest::newRow("A3 landscape") << QStringLiteral("a3") << QStringLiteral("landscape") << QSizeF(1190.55, 841.89);
        QTest::newRow("Letter portrait") << QStringLiteral("Letter") << QStringLiteral("portrait") << QSizeF(612, 792);
        QTest::newRow("Tabloid landscape") << QStringLiteral("tabloid") << QStringLiteral("landscape") << QSizeF(1224, 792);
    }
    void pageSizes()
    {
        QFETCH(QString, size);
        QFETCH(QString, orientation);
        QFETCH(QSizeF, expected);
        PdfOptions options;
        options.pageSize = size;
        options.orientation = orientation;
        options.personas = options.architecture = options.summary = options.workshops = options.metrics = false;
        options.journeyIds = {id("j-open")};
        const QString pdf = path(QStringLiteral("size-%1-%2.pdf").arg(size, orientation));
        const Result result = PdfExport::write(m_workspace, options, pdf);
        QVERIFY2(result, qPrintable(result.message()));
        QVERIFY2(near(pageSize(pdf), expected), qPrintable(info(pdf, QStringLiteral("Page size"))));
        QCOMPARE(info(pdf, QStringLiteral("Pages")).toInt(), 2); // the cover and the journey
    }

    void tilingSpreadsAJourneyOverPagesWithMarks()
    {
        // Given one journey tiled at a scale larger than one page holds
        PdfOptions options;
        options.cover = options.personas = options.architecture = options.summary = options.workshops = options.metrics = false;
        options.journeyIds = {id("j-open")};
        options.journeyLayout = QStringLiteral("tile");
        options.pageSize = QStringLiteral("A4");
        options.orientation = QStringLiteral("portrait");
        const QString pdf = path(QStringLiteral("example-tiled.pdf"));
        const Result result = PdfExport::write(m_workspace, options, pdf);
        QVERIFY2(result, qPrintable(result.message()));

        // then it spans several pages, each labelled with its row and column
        const int pages = info(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        QCOMPARE(pages, PdfExport::pageCount(m_workspace, options));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"row 1, column 1 ("));
        QVERIFY(text.contains(QStringLiteral("row 1, column 2 (")));
        options.journeyLayout = QStringLiteral("fit");
        QCOMPARE(PdfExport::pageCount(m_workspace, options), 1);
    }

    void previewDrawsTheFirstPage()
    {
        PdfOptions options;
        Result error;
        const QImage image = PdfExport::renderFirstPage(m_workspace, options, 400, &error);
        QVERIFY2(!image.isNull(), qPrintable(error.message()));
        QCOMPARE(image.width(), 400);
        QCOMPARE(image.height(), 283); // A4 landscape
    }

    void svgHoldsTheTexts()
    {
        ImageOptions options;
        options.journey = id("j-help");
        const QString svg = path(QStringLiteral("get-help.svg"));
        const Result result = ImageExport::writeSvg(m_workspace, options, svg);
        QVERIFY2(result, qPrintable(result.message()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument dom;
        QString message;
        int line = 0;
        QVERIFY2(dom.setContent(&file, &message, &line), qPrintable(QStringLiteral("%1 at line %2").arg(message).arg(line)));
        QCOMPARE(dom.documentElement().tagName(), QStringLiteral("svg"));
        const QString text = dom.documentElement().text().simplified();
        for (const Stage &s : m_workspace.stagesOf(options.journey))
            QVERIFY2(text.contains(s.title), qPrintable(s.title));
        QVERIFY(text.contains(u"Card declined at the till"));
        QVERIFY(text.contains(u"Line of visibility"));

        options.view = QStringLiteral("architecture");
        const QString architecture = path(QStringLiteral("architecture.svg"));
        QVERIFY(ImageExport::writeSvg(m_workspace, options, architecture));
        QFile file2(architecture);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QDomDocument dom2;
        QVERIFY(dom2.setContent(&file2));
        QVERIFY(dom2.documentElement().text().contains(u"Line of visibility"));
    }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("view");
        QTest::newRow("journey 96 dpi") << 96 << QStringLiteral("journey");
        QTest::newRow("journey 200 dpi") << 200 << QStringLiteral("journey");
        QTest::newRow("architecture 48 dpi") << 48 << QStringLiteral("architecture");
    }
    void pngHasTheRequestedSize()
    {
        QFETCH(int, dpi);
        QFETCH(QString, view);
        ImageOptions options;
        options.view = view;
        options.dpi = dpi;
        options.journey = id("j-open");
        const QSizeF units = ImageExport::size(m_workspace, options);
        QVERIFY(!units.isEmpty());
        const QString png = path(QStringLiteral("%1-%2.png").arg(view).arg(dpi));
        const Result result = ImageExport::writePng(m_workspace, options, png);
        QVERIFY2(result, qPrintable(result.message()));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QSize expected(int(std::ceil(units.width() * dpi / 96.0)), int(std::ceil(units.height() * dpi / 96.0)));
        QCOMPARE(reader.size(), expected);
        QCOMPARE(ImageExport::pixelSize(m_workspace, options), expected);
    }

    void badOptionsAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("page size") << QStringLiteral("page size") << QStringLiteral("Unknown page size “B5”");
        QTest::newRow("orientation") << QStringLiteral("orientation") << QStringLiteral("Unknown orientation");
        QTest::newRow("layout") << QStringLiteral("layout") << QStringLiteral("Unknown journey layout");
        QTest::newRow("journey") << QStringLiteral("journey") << QStringLiteral("There is no journey with id");
        QTest::newRow("nothing") << QStringLiteral("nothing") << QStringLiteral("Nothing to export");
        QTest::newRow("tile scale") << QStringLiteral("tile scale") << QStringLiteral("tile scale");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("Cannot write");
    }
    void badOptionsAreRefusedAndWriteNothing()
    {
        QFETCH(QString, which);
        QFETCH(QString, message);
        PdfOptions options;
        QString pdf = m_dir.filePath(QStringLiteral("bad.pdf"));
        if (which == u"page size")
            options.pageSize = QStringLiteral("B5");
        else if (which == u"orientation")
            options.orientation = QStringLiteral("sideways");
        else if (which == u"layout")
            options.journeyLayout = QStringLiteral("shrink");
        else if (which == u"journey")
            options.journeyIds = {newUid()};
        else if (which == u"nothing")
            options.cover = options.journeys = options.personas = options.architecture = options.summary = options.workshops = options.metrics = false;
        else if (which == u"tile scale") {
            options.journeyLayout = QStringLiteral("tile");
            options.tileScale = 0;
        } else if (which == u"folder")
            pdf = m_dir.filePath(QStringLiteral("no/such/folder/bad.pdf"));
        const Result result = PdfExport::write(m_workspace, options, pdf);
        QVERIFY(!result);
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(PdfExport::renderFirstPage(m_workspace, options, 100).isNull() || which == u"folder");
    }

    void badImageOptionsAreRefused_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("unknownJourney");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero dpi") << 0 << QStringLiteral("journey") << false << QStringLiteral("resolution");
        QTest::newRow("negative dpi") << -5 << QStringLiteral("journey") << false << QStringLiteral("resolution");
        QTest::newRow("huge") << 2400 << QStringLiteral("journey") << false << QStringLiteral("too large");
        QTest::newRow("view") << 96 << QStringLiteral("map") << false << QStringLiteral("Unknown view");
        QTest::newRow("journey") << 96 << QStringLiteral("journey") << true << QStringLiteral("no journey with id");
    }
    void badImageOptionsAreRefused()
    {
        QFETCH(int, dpi);
        QFETCH(QString, view);
        QFETCH(bool, unknownJourney);
        QFETCH(QString, message);
        ImageOptions options;
        options.dpi = dpi;
        options.view = view;
        if (unknownJourney)
            options.journey = newUid();
        const QString png = m_dir.filePath(QStringLiteral("bad.png"));
        const Result result = ImageExport::writePng(m_workspace, options, png);
        QVERIFY(!result);
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        QVERIFY(!QFile::exists(png));
        if (dpi > 0 && dpi < 2400) {
            const QString svg = m_dir.filePath(QStringLiteral("bad.svg"));
            QVERIFY(!ImageExport::writeSvg(m_workspace, options, svg));
            QVERIFY(!QFile::exists(svg));
        }
    }

    void personaSheetShowsThePhoto()
    {
        // Given a persona with a photo, when only the persona sheets are exported
        Workspace workspace = m_workspace;
        Persona &persona = workspace.personas[id("persona-switcher")];
        QVERIFY(!persona.title.isEmpty());
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(QColor(0x33, 0x88, 0xcc));
        QBuffer buffer(&persona.photo);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(photo.save(&buffer, "PNG"));
        PdfOptions options;
        options.cover = options.journeys = options.architecture = options.summary = options.workshops = options.metrics = false;
        const QString pdf = path(QStringLiteral("personas.pdf"));
        QVERIFY(PdfExport::write(workspace, options, pdf));

        // then there is a page per persona, one picture, and the editor's labels in its order
        QCOMPARE(info(pdf, QStringLiteral("Pages")).toInt(), workspace.personas.size());
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 3); // two header lines and the photo
        const QString text = pdfText(pdf);
        qsizetype at = text.indexOf(persona.title);
        QVERIFY(at >= 0);
        for (const Field field : {Field::Status, Field::ValueTier, Field::Goals, Field::Needs, Field::Frustrations,
                                  Field::Behaviours, Field::PreferredChannels, Field::Demographics, Field::Psychographics,
                                  Field::FieldNotes, Field::Evidence, Field::Notes}) {
            const qsizetype next = text.indexOf(PersonaSnapshot::label(field).toUpper(), at);
            QVERIFY2(next > at, qPrintable(PersonaSnapshot::label(field)));
            at = next;
        }
    }

    void cancellingLeavesNoFile()
    {
        PdfOptions options;
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        const Result result = PdfExport::write(m_workspace, options, pdf, [&calls](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result);
        QVERIFY(calls > 0);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
