// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace cx {

namespace {

// libpq's connection options that make sense per workspace; anything else is a typo to report,
// not to pass on silently.
const QStringList knownOptions = {
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslcompression"),
    QStringLiteral("connect_timeout"), QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
    QStringLiteral("target_session_attrs"), QStringLiteral("application_name"),
};

Result invalid(const QString &message)
{
    return Result::failure(ErrorCode::Invalid, message);
}

} // namespace

std::optional<ServerUrl> ServerUrl::parse(const QString &text, Result *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = invalid(tr("“%1” is not a server address; it should look like "
                            "postgresql://USER@HOST:PORT/DATABASE/WORKSPACE.").arg(text));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = invalid(tr("The address %1 contains a password. Leave it out: the window asks "
                            "for it and keeps it in the desktop keyring, and the command line "
                            "reads PGPASSWORD or ~/.pgpass.")
                             .arg(url.toString(QUrl::RemovePassword)));
        return std::nullopt;
    }
    ServerUrl s;
    s.user = url.userName();
    s.host = url.host();
    s.port = url.port(5432);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (path.isEmpty() || path.size() > 2) {
        *error = invalid(tr("The address %1 should name a database, and may name a workspace "
                            "after it: …/DATABASE or …/DATABASE/WORKSPACE.")
                             .arg(url.toString(QUrl::RemovePassword)));
        return std::nullopt;
    }
    s.database = path.at(0);
    if (path.size() == 2) {
        s.workspace = QUrl::fromPercentEncoding(path.at(1).toUtf8());
        if (Result r = checkWorkspaceName(s.workspace); !r) {
            *error = r;
            return std::nullopt;
        }
    }
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"host") {
            s.host = value;
        } else if (key == u"port") {
            bool ok = false;
            s.port = value.toInt(&ok);
            if (!ok || s.port <= 0 || s.port > 65535) {
                *error = invalid(tr("The port “%1” in %2 is not a port number.").arg(value, text));
                return std::nullopt;
            }
        } else if (key == u"user") {
            s.user = value;
        } else if (knownOptions.contains(key)) {
            s.options.append({key, value});
        } else {
            *error = invalid(tr("The option “%1” in %2 is not one CX Atlas passes to the server "
                                "(known: host, port, user, %3).")
                                 .arg(key, text, knownOptions.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (value.contains(u';')) {
            *error = invalid(tr("The option “%1” in %2 may not contain “;”.").arg(key, text));
            return std::nullopt;
        }
    }
    if (s.host.isEmpty()) {
        *error = invalid(tr("The address %1 names no server.").arg(text));
        return std::nullopt;
    }
    return s;
}

ServerUrl ServerUrl::withWorkspace(const QString &name) const
{
    ServerUrl s = *this;
    s.workspace = name;
    return s;
}

QString ServerUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QStringLiteral("localhost") : host);
    if (port != 5432)
        url.setPort(port);
    QString path = u'/' + database;
    if (!workspace.isEmpty())
        path += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(workspace));
    url.setPath(path, QUrl::TolerantMode);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    // Encoded, so that a name with spaces or "?" reads back as the same name.
    return url.toString(QUrl::FullyEncoded);
}

QString ServerUrl::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts.append(key + u'=' + value);
    return parts.join(u';');
}

Result ServerUrl::checkWorkspaceName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return invalid(tr("A workspace name needs 1 to 100 characters; “%1” has %n.", nullptr,
                          int(name.size())).arg(name));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == u'/')
            return invalid(tr("The workspace name “%1” may not contain “/” or control characters.")
                               .arg(name));
    }
    return Result::success();
}

} // namespace cx
