// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pool that keeps the canvas's delegates while panning: rows near the viewport have a slot,
// a pan hands the slots of rows that left to rows that came, and only a change in how many rows
// are near adds or removes slots.

#include "canvas/rowlistmodel.h"
#include "canvas/viewportpoolmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace cx;

namespace {

struct Box {
    Uid uid;
    QRectF rect;
    bool operator==(const Box &) const = default;
};

// A column of 100×50 boxes, one every 100 units down, as a RectSource.
class Boxes : public RowListModel<Box>, public RectSource
{
public:
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Box *box = rowAt(index);
        if (!box)
            return {};
        return role == Qt::UserRole ? QVariant(box->rect.y()) : QVariant(uidText(box->uid));
    }
    QHash<int, QByteArray> roleNames() const override { return {{Qt::DisplayRole, "uid"}, {Qt::UserRole, "y"}}; }
    QRectF rectOf(int row) const override { return rows().at(row).rect; }

    static QList<Box> column(int count)
    {
        QList<Box> boxes;
        for (int i = 0; i < count; ++i)
            boxes.append({QUuid::createUuid(), QRectF(0, 100.0 * i, 100, 50)});
        return boxes;
    }
};

QStringList shown(const ViewportPoolModel &pool)
{
    QStringList uids;
    for (int slot = 0; slot < pool.rowCount(); ++slot)
        uids.append(pool.index(slot).data().toString());
    return uids;
}

} // namespace

class TestViewportPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panningReusesSlotsInsteadOfAddingAndRemovingRows()
    {
        Boxes boxes;
        boxes.sync(Boxes::column(1000));
        ViewportPoolModel pool;
        pool.setSourceModel(&boxes);
        pool.setViewport(QRectF(0, 10000, 400, 1000));
        const int before = pool.rowCount();
        QVERIFY2(before > 5 && before < 40, qPrintable(QString::number(before)));

        // When the viewport moves far down, to rows none of which were near before
        QSignalSpy inserted(&pool, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&pool, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&pool, &QAbstractItemModel::dataChanged);
        pool.setViewport(QRectF(0, 50000, 400, 1000));

        // Then the same slots show the new rows: no row added or removed, each slot changed
        QCOMPARE(pool.rowCount(), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), before);
        for (int slot = 0; slot < pool.rowCount(); ++slot) {
            const double y = pool.index(slot).data(Qt::UserRole).toDouble();
            QVERIFY2(y > 49000 && y < 52000, qPrintable(QString::number(y)));
        }
    }

    void rowsThatStayNearKeepTheirSlot()
    {
        Boxes boxes;
        boxes.sync(Boxes::column(1000));
        ViewportPoolModel pool;
        pool.setSourceModel(&boxes);
        pool.setViewport(QRectF(0, 10000, 400, 1000));
        const QStringList first = shown(pool);

        // A pan past the margin, by less than the viewport: most rows are still near
        pool.setViewport(QRectF(0, 10600, 400, 1000));
        const QStringList second = shown(pool);
        int kept = 0;
        for (int slot = 0; slot < first.size() && slot < second.size(); ++slot)
            kept += first[slot] == second[slot] ? 1 : 0;
        QVERIFY2(kept >= first.size() / 2, qPrintable(QStringLiteral("%1 of %2").arg(kept).arg(first.size())));
        // And no row is shown twice
        QCOMPARE(QSet<QString>(second.begin(), second.end()).size(), second.size());
    }

    void fewerRowsNearShrinksThePoolWithoutLosingAny()
    {
        Boxes boxes;
        boxes.sync(Boxes::column(1000));
        ViewportPoolModel pool;
        pool.setSourceModel(&boxes);
        pool.setViewport(QRectF(0, 20000, 400, 3000));
        const int tall = pool.rowCount();

        // When the viewport becomes shorter
        pool.setViewport(QRectF(0, 60000, 400, 500));

        // Then the pool holds exactly the rows near it, each once
        QVERIFY(pool.rowCount() < tall);
        QSet<double> ys;
        for (int slot = 0; slot < pool.rowCount(); ++slot)
            ys.insert(pool.index(slot).data(Qt::UserRole).toDouble());
        QCOMPARE(ys.size(), pool.rowCount());
        for (int row = 0; row < boxes.rowCount(); ++row) {
            const QRectF rect = boxes.rectOf(row);
            const bool near = rect.intersects(QRectF(0, 60000, 400, 500).adjusted(-240, -240, 240, 240));
            QCOMPARE(ys.contains(rect.y()), near);
        }
    }

    void sourceChangesReachTheSlotsThatShowThem()
    {
        Boxes boxes;
        QList<Box> column = Boxes::column(100);
        boxes.sync(column);
        ViewportPoolModel pool;
        pool.setSourceModel(&boxes);
        pool.setViewport(QRectF(0, 0, 400, 1000));
        const QString third = uidText(column[2].uid);
        QVERIFY(shown(pool).contains(third));

        // A row near the viewport moves far away: its slot goes to no one
        column[2].rect.moveTop(9000);
        boxes.sync(column);
        QVERIFY(!shown(pool).contains(third));

        // A row far away moves near: it gets a slot
        column[50].rect.moveTop(120);
        boxes.sync(column);
        QVERIFY(shown(pool).contains(uidText(column[50].uid)));

        // A row near the viewport is removed: its slot goes
        const QString first = uidText(column[0].uid);
        QVERIFY(shown(pool).contains(first));
        column.removeAt(0);
        boxes.sync(column);
        const QStringList after = shown(pool);
        QVERIFY(!after.contains(QString()));
        QVERIFY(!after.contains(first));
        QCOMPARE(QSet<QString>(after.begin(), after.end()).size(), after.size());
    }
};

QTEST_GUILESS_MAIN(TestViewportPool)
#include "tst_viewportpool.moc"
