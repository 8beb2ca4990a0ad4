// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace cx {

// Writing a file whole or not at all. A write to a disk that fills up can be short without an
// error, and Qt's buffered devices then report "Unknown error" or, worse, nothing: a caller
// that trusts them commits a truncated file. These write unbuffered and retry the rest after a
// short write, so the failure is the system's own ("No space left on device").
class FileWriter
{
public:
    // bytes at path through QSaveFile: path is replaced only by the complete file. Empty on
    // success, else why not (the system's words, untranslated).
    static QString save(const QString &path, const QByteArray &bytes);
    // All of bytes to file, which must be open unbuffered (QIODevice::Unbuffered); false, with
    // file's error set, when it stops short.
    static bool writeAll(QFileDevice &file, const QByteArray &bytes);
};

} // namespace cx
