// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverpasswords.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace cx {

namespace {

template<typename JobType>
JobType *makeJob(const QString &key)
{
    auto *job = new JobType(ServerPasswords::service());
    job->setAutoDelete(true);
    // Never QSettings in plain text: no keyring means the password is not remembered.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// QtKeychain's own texts are English and often just "Unknown error": say what happened.
QString problemOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return ServerPasswords::tr("no keyring is available on this desktop");
    case QKeychain::NotImplemented:
        return ServerPasswords::tr("this system has no keyring that CX Atlas can use");
    case QKeychain::AccessDeniedByUser:
        return ServerPasswords::tr("access to the keyring was declined");
    case QKeychain::AccessDenied:
        return ServerPasswords::tr("the keyring refused access");
    default:
        break;
    }
    const QString text = job.errorString();
    if (text.isEmpty() || text == QLatin1String("Unknown error"))
        return ServerPasswords::tr("the keyring did not answer (is a keyring service such as GNOME Keyring or "
                                   "KWallet running?)");
    return text;
}

} // namespace

QString ServerPasswords::service()
{
    return QStringLiteral("CX Atlas team workspaces");
}

void ServerPasswords::read(QObject *owner, const QString &key, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(true, job->textData(), QString());
            break;
        case QKeychain::EntryNotFound:
            done(false, QString(), QString());
            break;
        default:
            done(false, QString(), problemOf(*job));
            break;
        }
    });
    job->start();
}

void ServerPasswords::write(QObject *owner, const QString &key, const QString &password, WriteDone done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        if (done)
            done(job->error() == QKeychain::NoError ? QString() : problemOf(*job));
    });
    job->start();
}

void ServerPasswords::remove(QObject *owner, const QString &key, WriteDone done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, owner, [job, done = std::move(done)] {
        if (done)
            done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                     ? QString() : problemOf(*job));
    });
    job->start();
}

} // namespace cx
