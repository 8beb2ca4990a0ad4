// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dump.h"

#include "database.h"

#include <QSqlRecord>
#include <QStringList>

namespace cx {

QString canonicalDump(Database &db)
{
    QStringList tables;
    QSqlQuery t = db.query();
    t.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (t.next())
        tables.append(t.value(0).toString());

    QString out;
    for (const QString &table : tables) {
        // quote() renders every value, blobs included, as an SQL literal.
        QSqlQuery columns = db.query();
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList quoted;
        while (columns.next())
            quoted.append(QStringLiteral("quote(\"%1\")").arg(columns.value(0).toString()));
        QSqlQuery rows = db.query();
        rows.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(u", "), table));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < quoted.size(); ++i)
                values.append(rows.value(i).toString());
            lines.append(values.join(u'|'));
        }
        lines.sort();
        out += QStringLiteral("== %1 (%2 rows)\n").arg(table).arg(lines.size());
        for (const QString &line : std::as_const(lines))
            out += line + u'\n';
    }
    return out;
}

} // namespace cx
