// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"
#include "io/pdfexport.h"
#include "io/workspacejsonreader.h"
#include "model/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cx;

// The PDF's "Workshop results" pages, read back page by page with poppler's pdftotext: one per
// ended voting round (a long ranking goes on over pages), none for a running round.
// Set CX_EXPORT_KEEP to a folder to keep the files for a look.
class TestPdfWorkshop : public QObject
{
    Q_OBJECT

private:
    Workspace m_example;
    QTemporaryDir m_dir;

    Uid id(const char *jsonId) const { return WorkspaceJsonReader::idFor(QString::fromUtf8(jsonId)); }

    QString path(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("CX_EXPORT_KEEP");
        return (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
    }

    static QStringList pageTexts(const QString &pdf, int pages) { return test::pdfPageTexts(pdf, pages); }

    static QStringList resultsPages(const QStringList &texts, const QString &round)
    {
        QStringList pages;
        for (const QString &t : texts) {
            if (t.startsWith(QStringLiteral("Workshop results: %1").arg(round)))
                pages.append(t);
        }
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("poppler-utils (pdftotext) is needed: see packaging/build-deps.txt");
        QVERIFY(m_dir.isValid());
        Result error;
        const auto data = WorkspaceJsonReader::readFile(QStringLiteral(CX_EXAMPLE_JSON), QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(data, qPrintable(error.message()));
        for (const Node &node : data->nodes)
            m_example.put(node);
        for (const Link &link : data->links)
            m_example.links.insert(link);
    }

    void exampleRoundHasItsResultsPage()
    {
        // Given the example, with a round still running on the help journey
        Workspace w = m_example;
        VotingRound running;
        running.uid = newUid();
        running.title = QStringLiteral("Still voting on help");
        running.journey = id("j-help");
        running.participants = {QStringLiteral("Ana")};
        running.started = QDateTime::currentDateTimeUtc();
        w.rounds.insert(running.uid, running);

        // When the default PDF is made
        const QString pdf = path(QStringLiteral("example-workshop.pdf"));
        PdfOptions options;
        const Result written = PdfExport::write(w, options, pdf);
        QVERIFY2(written, qPrintable(written.message()));
        const QStringList texts = pageTexts(pdf, PdfExport::pageCount(w, options));

        // Then the finished round has one results page with what it decided
        const QStringList pages = resultsPages(texts, QStringLiteral("Which moments hurt most?"));
        QCOMPARE(pages.size(), 1);
        const QString page = pages.constFirst();
        // (plurals as in the source, "dot(s)": this test loads no translation)
        for (const char *expected : {"Journey: Open a current account", "3 dot", "per participant", "5 participant", "5 voted",
                                     "14 of 15 dot", "Moments by dots", "Rank Moment Dots", "Participation",
                                     "Leila (Sales) 2 of 3", "Gareth (Operations) 3 of 3",
                                     "Marked as moments that matter: Verify identity with passport photo and selfie."})
            QVERIFY2(page.contains(QString::fromUtf8(expected)), qPrintable(QString::fromUtf8(expected) + u'\n' + page));
        // and the moments ranked by dots, ties sharing a rank ("=1") and said to be ties, in map order
        const QList<std::pair<const char *, const char *>> ranking{
            {"=1", "Verify identity with passport photo and selfie"}, {"=1", "No proof that direct debits have moved"},
            {"=3", "Overdraft terms buried in a PDF"}, {"=3", "Eleven-screen application form"},
            {"=3", "“Why is it asking again? Has it failed?”"}, {"=6", "Halls address fails the address check"},
            {"=6", "Physical card takes five to seven days"}};
        qsizetype at = 0;
        for (const auto &[rank, title] : ranking) {
            const QString entry = QString::fromUtf8(rank) + u' ' + QString::fromUtf8(title);
            const qsizetype found = page.indexOf(entry, at);
            QVERIFY2(found >= 0, qPrintable(entry + u'\n' + page.mid(at)));
            at = found + entry.size();
        }
        QVERIFY(page.contains(u"tied"));
        QVERIFY(page.contains(u"moment that matters"));
        QVERIFY2(page.contains(u"Tom (Contact centre) 2"), qPrintable(page)); // who gave the dots

        // and the example's earlier rounds, one per journey, have theirs; the running round has none
        QCOMPARE(resultsPages(texts, QStringLiteral("First look: where does opening an account stall?")).size(), 1);
        QCOMPARE(resultsPages(texts, QStringLiteral("Which moments cost us the customer’s trust?")).size(), 1);
        QVERIFY(resultsPages(texts, running.title).isEmpty());
        QVERIFY2(texts.constFirst().contains(u"Voting round “Still voting on help” on Get help with a card problem: still running"),
                 qPrintable(texts.constFirst()));
        QVERIFY(texts.constFirst().contains(u"Workshop results: Which moments hurt most?"));
    }

    void longRankingGoesOnOverPages()
    {
        // Given a round where 90 moments got dots, many tied
        Workspace w;
        Journey j;
        j.uid = newUid();
        j.title = QStringLiteral("Long journey");
        w.journeys.insert(j.uid, j);
        Stage s;
        s.uid = newUid();
        s.title = QStringLiteral("Only stage");
        s.journey = j.uid;
        w.stages.insert(s.uid, s);
        Lane l;
        l.uid = newUid();
        l.title = QStringLiteral("Steps");
        l.journey = j.uid;
        w.lanes.insert(l.uid, l);
        VotingRound r;
        r.uid = newUid();
        r.title = QStringLiteral("Big room");
        r.journey = j.uid;
        r.dotsPerParticipant = 20;
        r.seats = 90;
        r.started = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
        r.ended = r.started.addSecs(900);
        w.rounds.insert(r.uid, r);
        for (int i = 0; i < 90; ++i) {
            Moment m;
            m.uid = newUid();
            m.title = QStringLiteral("Moment number %1 of the long ranking").arg(i + 1, 2, 10, QLatin1Char('0'));
            m.journey = j.uid;
            m.stage = s.uid;
            m.lane = l.uid;
            m.position = i;
            w.moments.insert(m.uid, m);
            const Vote v{newUid(), r.uid, m.uid, QString::number(i + 1), 20 - i / 5, r.started};
            w.votes.insert(v.uid, v);
        }

        // When only the workshop results are printed
        PdfOptions options;
        QVERIFY(PdfExport::setParts(QStringLiteral("workshops"), &options));
        const QString pdf = path(QStringLiteral("long-ranking.pdf"));
        const Result written = PdfExport::write(w, options, pdf);
        QVERIFY2(written, qPrintable(written.message()));
        const int count = PdfExport::pageCount(w, options);
        QVERIFY2(count > 2, qPrintable(QString::number(count)));
        const QStringList texts = pageTexts(pdf, count);

        // Then every page is the round's, the later ones say they go on and repeat the column heads
        QCOMPARE(resultsPages(texts, r.title).size(), count);
        for (int p = 1; p < count; ++p) {
            QVERIFY2(texts[p].startsWith(u"Workshop results: Big room (continued)"), qPrintable(texts[p].left(80)));
            if (texts[p].contains(u"Moment number"))
                QVERIFY2(texts[p].contains(u"Rank Moment Dots"), qPrintable(texts[p].left(160)));
        }
        // and every moment is there once, in rank order, and so is every participant
        const QString all = texts.join(u' ');
        qsizetype at = 0;
        for (int i = 0; i < 90; ++i) {
            const QString title = QStringLiteral("Moment number %1 of the long ranking").arg(i + 1, 2, 10, QLatin1Char('0'));
            const qsizetype found = all.indexOf(title, at);
            QVERIFY2(found >= 0 && all.count(title) == 1, qPrintable(title));
            QVERIFY2(all.mid(std::max<qsizetype>(0, found - 4), 4).contains(QStringLiteral("=%1").arg(i / 5 * 5 + 1)), qPrintable(title));
            at = found;
        }
        QVERIFY(all.contains(u"Participant 90 3 of 20")); // the last moment got 3 dots, all from seat 90
        QVERIFY(texts.constLast().contains(u"Participation") || all.indexOf(u"Participation") > all.indexOf(u"number 90"));
    }

    void onlyEndedRoundsArePrintable()
    {
        // Given a workspace whose only round is running
        Workspace w = m_example;
        for (auto it = w.rounds.begin(); it != w.rounds.end(); ++it)
            it->ended = QDateTime();
        // When only the workshop results are asked for, then there is nothing to print, said so
        PdfOptions options;
        QVERIFY(PdfExport::setParts(QStringLiteral("Workshops"), &options));
        QCOMPARE(PdfExport::pageCount(w, options), 0);
        const QString pdf = path(QStringLiteral("nothing.pdf"));
        const Result r = PdfExport::write(w, options, pdf);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(u"Nothing to export"), qPrintable(r.message()));
        QVERIFY(!QFile::exists(pdf));
        // and with the workshops left out, the example prints no results page
        options = PdfOptions();
        options.workshops = false;
        QCOMPARE(PdfExport::pageCount(m_example, options) + 3, PdfExport::pageCount(m_example, PdfOptions()));
    }
};

QTEST_MAIN(TestPdfWorkshop)
#include "tst_pdfworkshop.moc"
