#include "ui/window/taskbarprogress.h"

#include <QDBusMessage>
#include <QGuiApplication>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace rangecopy {

namespace {
// Any object path will do; the entry is told apart by the application URI.
constexpr const char* kObjectPath = "/io/github/rangecopy/RangeCopy/LauncherEntry";
} // namespace

TaskbarProgress::TaskbarProgress(std::optional<QDBusConnection> bus)
    : m_bus(std::move(bus))
{
}

TaskbarProgress::~TaskbarProgress()
{
    clear();
}

QString TaskbarProgress::applicationUri()
{
    QString desktopFile = QGuiApplication::desktopFileName();
    if (desktopFile.isEmpty())
        desktopFile = QStringLiteral("io.github.rangecopy.RangeCopy");
    return QStringLiteral("application://%1.desktop").arg(desktopFile);
}

void TaskbarProgress::show(double fraction)
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const int percent = int(std::floor(clamped * 100.0));
    if (percent == m_shownPercent)
        return;
    m_shownPercent = percent;
    send(clamped, true);
}

void TaskbarProgress::clear()
{
    if (m_shownPercent < 0)
        return;
    m_shownPercent = -1;
    send(0.0, false);
}

void TaskbarProgress::send(double fraction, bool visible)
{
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    if (!m_bus->isConnected())
        return;
    QDBusMessage update =
        QDBusMessage::createSignal(QString::fromLatin1(kObjectPath),
                                   QString::fromLatin1(kInterface), QStringLiteral("Update"));
    const QVariantMap properties{{QStringLiteral("progress"), fraction},
                                 {QStringLiteral("progress-visible"), visible}};
    update << applicationUri() << properties;
    m_bus->send(update); // a signal: nobody answers, nothing waits
}

} // namespace rangecopy
