// The least a Qt Core program does: load Qt Core's libraries and build a QCoreApplication.
// run_benchmarks.py starts it beside rangecopy-cli to show how much of the CLI's start-up is
// Qt's and how much is its own.
#include <QCoreApplication>

int main(int argc, char** argv)
{
    const QCoreApplication application(argc, argv);
    return QCoreApplication::arguments().isEmpty() ? 1 : 0;
}
