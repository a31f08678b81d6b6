#include "ui/window/helpdialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace rangecopy {

namespace {

// A read-only text dialog with a Close button.
void showTextDialog(QWidget* parent, const QString& title, const QString& markdown)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setMarkdown(markdown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(parent ? std::min(640, parent->width()) : 640,
                  parent ? std::min(520, parent->height()) : 520);
    dialog.exec();
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text.remove(QStringLiteral("…"));
    return text;
}

} // namespace

QString shortcutsTable(const QWidget* window)
{
    QList<std::pair<QString, QString>> rows; // keys, what they do
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        rows.append({keys.join(QStringLiteral(", ")), withoutMnemonic(action->text())});
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->whatsThis().isEmpty())
            rows.append(
                {shortcut->key().toString(QKeySequence::NativeText), shortcut->whatsThis()});
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QString table = QObject::tr("| Keys | Does |\n|---|---|\n");
    for (const auto& [keys, what] : rows)
        table += QStringLiteral("| %1 | %2 |\n").arg(keys, what);
    return table;
}

void showShortcuts(QWidget* window)
{
    showTextDialog(window, QObject::tr("Keyboard Shortcuts"), shortcutsTable(window));
}

QString manualText()
{
    QFile file(QStringLiteral(":/manual/window.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void showManual(QWidget* parent)
{
    showTextDialog(parent, QObject::tr("RangeCopy Manual"), manualText());
}

} // namespace rangecopy
