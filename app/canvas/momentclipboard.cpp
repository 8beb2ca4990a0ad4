// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "momentclipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace cx {

QMimeData *MomentClipboard::toMimeData(const QList<Moment> &moments)
{
    QJsonArray array;
    QStringList titles;
    for (const Moment &m : moments) {
        QJsonObject o{{QStringLiteral("title"), m.title}, {QStringLiteral("notes"), m.notes},
                      {QStringLiteral("channel"), m.channel}, {QStringLiteral("owner"), m.owner},
                      {QStringLiteral("importance"), m.importance}, {QStringLiteral("evidence"), name(m.evidence)},
                      {QStringLiteral("mattersMost"), m.mattersMost}, {QStringLiteral("color"), m.color},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)}};
        if (m.emotion)
            o.insert(QStringLiteral("emotion"), *m.emotion);
        array.append(o);
        titles.append(m.title);
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(array).toJson(QJsonDocument::Compact));
    data->setText(titles.join(u'\n'));
    return data;
}

bool MomentClipboard::canRead(const QMimeData *data)
{
    return data && (data->hasFormat(mimeType()) || !data->text().trimmed().isEmpty());
}

QList<Moment> MomentClipboard::fromMimeData(const QMimeData *data, Result *error)
{
    QList<Moment> moments;
    auto fail = [&](const QString &why) {
        *error = Result::failure(ErrorCode::Invalid, why);
        return QList<Moment>();
    };
    if (!data)
        return fail(tr("The clipboard is empty."));
    if (data->hasFormat(mimeType())) {
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()), &parse);
        if (parse.error != QJsonParseError::NoError || !document.isArray())
            return fail(tr("The moments on the clipboard cannot be read (%1).").arg(parse.errorString()));
        const QJsonArray array = document.array();
        if (array.size() > maxMoments)
            return fail(tr("The clipboard holds %1 moments; paste up to %2 at once.").arg(array.size()).arg(maxMoments));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array[i].toObject();
            Moment m;
            m.title = o.value(u"title").toString().left(maxTitle);
            m.notes = o.value(u"notes").toString();
            m.channel = o.value(u"channel").toString();
            m.owner = o.value(u"owner").toString();
            if (o.contains(u"emotion"))
                m.emotion = o.value(u"emotion").toInt();
            m.importance = o.value(u"importance").toInt(3);
            m.evidence = fromName<EvidenceLevel>(o.value(u"evidence").toString()).value_or(EvidenceLevel::Assumption);
            m.mattersMost = o.value(u"mattersMost").toBool();
            m.color = o.value(u"color").toString();
            for (const QJsonValue &tag : o.value(u"tags").toArray())
                m.tags.append(tag.toString());
            moments.append(m);
        }
        if (moments.isEmpty())
            return fail(tr("The clipboard holds no moments."));
        return moments;
    }
    const QStringList lines = data->text().split(u'\n');
    for (const QString &line : lines) {
        const QString title = line.trimmed();
        if (title.isEmpty())
            continue;
        if (moments.size() == maxMoments)
            return fail(tr("The clipboard holds more than %1 lines; paste up to %1 at once.").arg(maxMoments));
        Moment m;
        m.title = title.left(maxTitle);
        moments.append(m);
    }
    if (moments.isEmpty())
        return fail(tr("The clipboard holds no text to paste."));
    return moments;
}

} // namespace cx
