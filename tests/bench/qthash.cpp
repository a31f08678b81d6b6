// SHA-256 of a file with QCryptographicHash, Qt's own digest class: run_benchmarks.py measures
// it once beside OpenSSL, to show why core/digest uses OpenSSL instead (BENCHMARKS.md).
// Usage: rangecopy-bench-qthash FILE
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    const QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2)
        return 2;
    QFile file(arguments.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return 1;
    std::printf("%s\n", hash.result().toHex().constData());
    return 0;
}
