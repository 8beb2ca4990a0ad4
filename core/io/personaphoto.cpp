// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaphoto.h"

#include <QLocale>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>

namespace cx {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString megapixels(qint64 pixels)
{
    return QLocale().toString(double(pixels) / 1e6, 'f', 1);
}

// Whether every PNG chunk (length, type, data, CRC) lies within the bytes. Qt's PNG reader
// (libpng) took 1.7 GB and a second on a 73-byte file whose zTXt chunk claimed more data than
// the file held (found by fuzzing); a file whose chunks run past its end is damaged anyway.
bool pngChunksFit(const QByteArray &bytes)
{
    qsizetype at = 8; // after the signature
    while (at + 8 <= bytes.size()) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
        if (length > quint32(0x7fffffff) || qsizetype(length) > bytes.size() - at - 12)
            return false;
        if (bytes.mid(at + 4, 4) == QByteArrayLiteral("IEND"))
            return true;
        at += 12 + qsizetype(length);
    }
    return false; // no IEND: cut short
}

} // namespace

QByteArray PersonaPhoto::sniff(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QByteArrayLiteral("png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QByteArrayLiteral("jpeg");
    return {};
}

Result PersonaPhoto::prepare(const QByteArray &bytes, const QString &where, QByteArray *photo,
                             const Limits &limits)
{
    auto refuse = [&where](ErrorCode code, const QString &why) {
        return Result::failure(code, tr("%1: %2 The photo was not changed.").arg(where, why));
    };
    if (bytes.size() > limits.maxFileBytes) {
        return refuse(ErrorCode::Invalid, tr("the file is %1 MB; a photo may be at most %2 MB.")
                                              .arg(megabytes(bytes.size()), megabytes(limits.maxFileBytes)));
    }
    const QByteArray format = sniff(bytes);
    if (format.isEmpty())
        return refuse(ErrorCode::Invalid, tr("this is not a PNG or JPEG image."));
    // Before Qt reads anything: even reading the size parsed the bad chunk below.
    if (format == "png" && !pngChunksFit(bytes))
        return refuse(ErrorCode::Damaged, tr("the image is damaged: its PNG data runs past the end of the file."));

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refuse(ErrorCode::Damaged, tr("the image is damaged: its size cannot be read."));
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > limits.maxPixels) {
        return refuse(ErrorCode::Invalid, tr("the image is %1 × %2 pixels (%3 megapixels); a photo may have at most %4 megapixels.")
                                              .arg(size.width()).arg(size.height())
                                              .arg(megapixels(pixels), megapixels(limits.maxPixels)));
    }
    // A JPEG cut short still decodes (the rest comes out grey); its end marker tells.
    if (format == "jpeg" && !bytes.right(4096).contains(QByteArrayLiteral("\xff\xd9")))
        return refuse(ErrorCode::Damaged, tr("the image is damaged: the JPEG data ends too early."));
    QImage image = reader.read();
    if (image.isNull())
        return refuse(ErrorCode::Damaged, tr("the image is damaged: %1.").arg(reader.errorString()));

    if (std::max(image.width(), image.height()) > limits.maxSide)
        image = image.scaled(limits.maxSide, limits.maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray encoded;
    QBuffer out(&encoded);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, format);
    if (format == "jpeg") {
        writer.setQuality(90);
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    if (!writer.write(image))
        return refuse(ErrorCode::Internal, tr("the photo could not be encoded again: %1.").arg(writer.errorString()));
    *photo = encoded;
    return Result::success();
}

Result PersonaPhoto::fromFile(const QString &path, QByteArray *photo, const Limits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists() || !info.isFile())
        return Result::failure(ErrorCode::NotFound, tr("%1: there is no such file. The photo was not changed.").arg(path));
    if (info.size() > limits.maxFileBytes) {
        return Result::failure(ErrorCode::Invalid, tr("%1: the file is %2 MB; a photo may be at most %3 MB. The photo was not changed.")
                                                       .arg(name, megabytes(info.size()), megabytes(limits.maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(ErrorCode::Io, tr("%1: cannot be read (%2). The photo was not changed.").arg(name, file.errorString()));
    return prepare(file.readAll(), name, photo, limits);
}

} // namespace cx
