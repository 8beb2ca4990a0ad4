// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Architecture view's controller through the calls its page makes (filters, selection and
// chain, adding and editing elements and metrics, undo), and the page itself offscreen on the
// example workspace, saved as pictures to look at (light and dark, with a chain lit up).

#include "architecture/architectureview.h"
#include "architecture/boxlistmodel.h"
#include "document/document.h"
#include "darkpalette.h"
#include "samples.h"
#include "qmlhost.h"
#include "workspacecontroller.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(CxAtlas_AppPlugin)
Q_IMPORT_QML_PLUGIN(CxAtlasPlugin)

using namespace cx;
using namespace cx::test;

namespace {

const QByteArray host = R"(
import QtQuick
import CxAtlas
import CxAtlas.App
Window {
    id: window
    required property WorkspaceController workspace
    width: 1400
    height: 800
    visible: true
    ArchitecturePage {
        objectName: "page"
        anchors.fill: parent
        workspace: window.workspace
    }
}
)";

QStringList uidsOf(QAbstractItemModel *model, int role, bool onlyTrue = false, int flagRole = 0)
{
    QStringList uids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!onlyTrue || index.data(flagRole).toBool())
            uids.append(index.data(role).toString());
    }
    return uids;
}

} // namespace

class TestArchitectureView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Samples s;

    std::unique_ptr<WorkspaceController> open()
    {
        const QString path = m_dir.filePath(QStringLiteral("samples-%1.cxatlas").arg(QUuid::createUuid().toString(QUuid::Id128)));
        { auto doc = sampleDocument(m_dir, s, QFileInfo(path).fileName()); }
        auto workspace = std::make_unique<WorkspaceController>();
        if (!workspace->open(path))
            return nullptr;
        return workspace;
    }

    void shoot(bool dark)
    {
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.cxatlas"));
        QVERIFY(QFile::copy(QStringLiteral(CX_EXAMPLE), path));
        WorkspaceController workspace;
        QVERIFY(workspace.open(path));
        QmlHost qml(&workspace);
        QVERIFY2(qml.load(host), qPrintable(qml.error()));
        QQuickWindow *window = qml.window();
        auto *page = window->findChild<QQuickItem *>(QStringLiteral("page"));
        auto *architecture = page->property("architecture").value<ArchitectureView *>();
        QVERIFY(architecture);
        // The first journey, as a facilitator would show it
        architecture->setJourney(architecture->journeys().value(0).toMap().value(QStringLiteral("uid")).toString());
        QVERIFY(architecture->boxes()->rowCount() > 3);
        QVERIFY(architecture->linkCount() > 0);
        QTest::qWait(100);
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QDir().mkpath(QStringLiteral(CX_SCREENSHOTS));
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/architecture-example-%1.png").arg(mode)));
        // A system selected: its chain stands out, the rest fades
        QString system;
        for (int row = 0; row < architecture->boxes()->rowCount(); ++row) {
            const QModelIndex index = architecture->boxes()->index(row, 0);
            if (index.data(BoxListModel::KindRole).toString() == u"system") {
                system = index.data(BoxListModel::UidRole).toString();
                break;
            }
        }
        QVERIFY(!system.isEmpty());
        architecture->select(system);
        QVERIFY(architecture->chainSize() > 1);
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/architecture-example-chain-%1.png").arg(mode)));
        // The analyses beside it
        window->findChild<QObject *>(QStringLiteral("sideTabs"))->setProperty("currentIndex", 1);
        QTest::qWait(150);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/architecture-example-analysis-%1.png").arg(mode)));
        window->findChild<QObject *>(QStringLiteral("sideTabs"))->setProperty("currentIndex", 0);
        // The whole picture fitted to the window
        QMetaObject::invokeMethod(page->property("view").value<QQuickItem *>(), "fit");
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/architecture-example-fit-%1.png").arg(mode)));
        // The metrics column at full size: each metric's status in its colour (issue 13)
        QString metric;
        for (int row = 0; row < architecture->boxes()->rowCount() && metric.isEmpty(); ++row) {
            const QModelIndex index = architecture->boxes()->index(row, 0);
            if (index.data(BoxListModel::KindRole).toString() == u"metric") {
                metric = index.data(BoxListModel::UidRole).toString();
                QVERIFY(!index.data(BoxListModel::StatusLabelRole).toString().isEmpty());
            }
        }
        QVERIFY(!metric.isEmpty());
        auto *view = page->property("view").value<QQuickItem *>();
        QMetaObject::invokeMethod(view, "setZoom", Q_ARG(double, 1.0));
        QMetaObject::invokeMethod(page, "jump", Q_ARG(QString, metric));
        QTest::qWait(150);
        QVERIFY(window->grabWindow().save(QStringLiteral(CX_SCREENSHOTS "/architecture-example-metrics-%1.png").arg(mode)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void filtersChooseWhatIsDrawn()
    {
        auto workspace = open();
        QVERIFY(workspace);
        ArchitectureView view;
        view.setWorkspace(workspace.get());
        // At first, the first journey
        QCOMPARE(view.journey(), view.journeys().constFirst().toMap().value(QStringLiteral("uid")).toString());
        // Unfiltered: every moment, element and metric
        view.setJourney(QString());
        QCOMPARE(view.boxes()->rowCount(), 3 + 2 + 2 + 2); // moments, elements, metrics, insight and opportunity
        QCOMPARE(view.linkCount(), 8);
        // Only the Discover stage of the journey: Sees an ad and what it reaches
        view.setJourney(uidText(s.journey.uid));
        QCOMPARE(view.stages().size(), 2);
        view.setStage(uidText(s.discover.uid));
        const QStringList shown = uidsOf(view.boxes(), BoxListModel::UidRole);
        QVERIFY(shown.contains(uidText(s.seeAd.uid)));
        QVERIFY(!shown.contains(uidText(s.verify.uid)));
        QVERIFY(shown.contains(uidText(s.story.uid)));
        // Choosing another journey clears the stage, which belongs to the first
        view.setJourney(uidText(s.detailJourney.uid));
        QCOMPARE(view.stage(), QString());
    }

    void selectingLightsUpTheChain()
    {
        auto workspace = open();
        ArchitectureView view;
        view.setWorkspace(workspace.get());
        view.select(uidText(s.story.uid));
        QCOMPARE(view.selected(), uidText(s.story.uid));
        const QStringList chain = uidsOf(view.boxes(), BoxListModel::UidRole, true, BoxListModel::InChainRole);
        QCOMPARE(QSet<QString>(chain.begin(), chain.end()),
                 (QSet<QString>{uidText(s.story.uid), uidText(s.seeAd.uid), uidText(s.system.uid)}));
        QCOMPARE(uidsOf(view.boxes(), BoxListModel::UidRole, true, BoxListModel::SelectedRole),
                 QStringList{uidText(s.story.uid)});
        // Clicking the background clears it
        view.select(QString());
        QVERIFY(uidsOf(view.boxes(), BoxListModel::UidRole, true, BoxListModel::InChainRole).isEmpty());
    }

    void elementsAndMetricsAreAddedEditedAndDeletedUndoably()
    {
        auto workspace = open();
        ArchitectureView view;
        view.setWorkspace(workspace.get());
        const int before = view.boxes()->rowCount();

        const QString service = view.addElement(QStringLiteral("service"));
        QVERIFY(!service.isEmpty());
        QCOMPARE(view.selected(), service);
        QCOMPARE(view.boxes()->rowCount(), before + 1);
        QCOMPARE(view.item(service).value(QStringLiteral("kind")).toString(), QStringLiteral("service"));
        // Typing a title letter by letter is one undo step
        QVERIFY(view.setField(service, QStringLiteral("title"), QStringLiteral("C")));
        QVERIFY(view.setField(service, QStringLiteral("title"), QStringLiteral("Ca")));
        QVERIFY(view.setField(service, QStringLiteral("title"), QStringLiteral("Card service")));
        QVERIFY(view.setField(service, QStringLiteral("owner"), QStringLiteral("Cards team")));
        QCOMPARE(workspace->document()->workspace().elements[uidFromText(service)].title, QStringLiteral("Card service"));
        workspace->undo(); // the owner
        workspace->undo(); // the title
        QCOMPARE(workspace->document()->workspace().elements[uidFromText(service)].title,
                 ArchitectureView::tr("New service"));
        // Not an element kind, not a field
        QVERIFY(view.addElement(QStringLiteral("moment")).isEmpty());
        QVERIFY(!view.setField(service, QStringLiteral("colour"), QStringLiteral("red")));

        const QString metric = view.addMetric();
        QVERIFY(view.setField(metric, QStringLiteral("level"), QStringLiteral("tactical")));
        QVERIFY(view.setField(metric, QStringLiteral("target"), QStringLiteral("4.5")));
        QCOMPARE(workspace->document()->workspace().metrics[uidFromText(metric)].level, MetricLevel::Tactical);
        QCOMPARE(workspace->document()->workspace().metrics[uidFromText(metric)].target, std::optional<double>(4.5));

        // Deleting the selected element removes it; undo brings it back with its box
        view.select(service);
        QVERIFY(view.removeSelected());
        QVERIFY(!workspace->document()->workspace().elements.contains(uidFromText(service)));
        workspace->undo();
        QVERIFY(uidsOf(view.boxes(), BoxListModel::UidRole).contains(service));
        // A moment is not deleted here
        view.select(uidText(s.seeAd.uid));
        QVERIFY(!view.removeSelected());
        QVERIFY(workspace->document()->workspace().moments.contains(s.seeAd.uid));
    }

    void insightsAndOpportunitiesAreAddedAndRanked()
    {
        auto workspace = open();
        ArchitectureView view;
        view.setWorkspace(workspace.get());
        const QString insight = view.addInsight();
        QVERIFY(!insight.isEmpty());
        QVERIFY(view.setField(insight, QStringLiteral("source"), QStringLiteral("Diary study")));
        QVERIFY(view.setField(insight, QStringLiteral("date"), QStringLiteral("2026-03-04")));
        QCOMPARE(workspace->document()->workspace().insights[uidFromText(insight)].date, QDate(2026, 3, 4));
        // An insight linked by a gesture either way explains the moment
        QVERIFY(view.link(uidText(s.fillForm.uid), insight));
        QCOMPARE(view.linksOf(insight).constFirst().toMap().value(QStringLiteral("label")).toString(), QStringLiteral("explains"));

        const QString opportunity = view.addOpportunity();
        QVERIFY(view.setField(opportunity, QStringLiteral("impact"), 5));
        QVERIFY(view.setField(opportunity, QStringLiteral("effort"), 1));
        QVERIFY(view.link(opportunity, uidText(s.fillForm.uid)));
        // Out of range: refused by the rules, nothing changes
        QVERIFY(!view.setField(opportunity, QStringLiteral("effort"), 9));
        QCOMPARE(workspace->document()->workspace().opportunities[uidFromText(opportunity)].effort, 1);
        // Impact 5, effort 1, over Fills in the form: it ranks first
        const QVariantList ranked = view.opportunities();
        QCOMPARE(ranked.constFirst().toMap().value(QStringLiteral("uid")).toString(), opportunity);
        QVERIFY(ranked.constFirst().toMap().value(QStringLiteral("score")).toDouble() > 0);
    }

    void light() { shoot(false); }
    void dark() { shoot(true); }
};

QTEST_MAIN(TestArchitectureView)
#include "tst_architectureview.moc"
