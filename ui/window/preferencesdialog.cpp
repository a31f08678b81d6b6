#include "ui/window/preferencesdialog.h"

#include "core/transfer/transferrequest.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace rangecopy {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kMaxUndoLimitMiB = 1024 * 1024; // 1 TiB
} // namespace

PreferencesDialog::PreferencesDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_confirmReplace(new QCheckBox(tr("Before &replacing an existing file"), this))
    , m_confirmOverwrite(new QCheckBox(tr("Before &overwriting part of an existing file"), this))
    , m_confirmAppend(new QCheckBox(tr("Before &appending to an existing file"), this))
    , m_undoLimit(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_confirmReplace->setChecked(settings.value(settingskey::confirmReplace, true).toBool());
    m_confirmOverwrite->setChecked(settings.value(settingskey::confirmOverwrite, true).toBool());
    m_confirmAppend->setChecked(settings.value(settingskey::confirmAppend, true).toBool());
    m_undoLimit->setRange(0, kMaxUndoLimitMiB);
    m_undoLimit->setSuffix(tr(" MiB"));
    m_undoLimit->setValue(int(std::min<qint64>(undoLimit(settings) / kMiB, kMaxUndoLimitMiB)));

    auto* questions = new QGroupBox(tr("Ask"), this);
    auto* questionsLayout = new QVBoxLayout(questions);
    questionsLayout->addWidget(m_confirmReplace);
    questionsLayout->addWidget(m_confirmOverwrite);
    questionsLayout->addWidget(m_confirmAppend);

    auto* undo = new QGroupBox(tr("Undo Last Copy"), this);
    auto* undoLayout = new QFormLayout(undo);
    auto* limitLabel = new QLabel(tr("&Keep replaced bytes up to:"), undo);
    limitLabel->setBuddy(m_undoLimit);
    undoLayout->addRow(limitLabel, m_undoLimit);
    auto* explanation =
        new QLabel(tr("An overwrite keeps the bytes it replaces beside the file, so that Undo "
                      "can put them back; above this size it keeps nothing, and says so before "
                      "it starts. Appends and replaces need no copy: they keep the old length, "
                      "or the replaced file itself."),
                   undo);
    explanation->setWordWrap(true);
    undoLayout->addRow(explanation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(questions);
    layout->addWidget(undo);
    layout->addStretch();
    layout->addWidget(buttons);
}

qint64 PreferencesDialog::undoLimit(const QSettings& settings)
{
    bool ok = false;
    const qint64 limit = settings.value(settingskey::undoLimit, kDefaultUndoLimit).toLongLong(&ok);
    return ok && limit >= 0 ? limit : kDefaultUndoLimit;
}

void PreferencesDialog::accept()
{
    m_settings.setValue(settingskey::confirmReplace, m_confirmReplace->isChecked());
    m_settings.setValue(settingskey::confirmOverwrite, m_confirmOverwrite->isChecked());
    m_settings.setValue(settingskey::confirmAppend, m_confirmAppend->isChecked());
    m_settings.setValue(settingskey::undoLimit, qint64(m_undoLimit->value()) * kMiB);
    m_settings.sync();
    QDialog::accept();
}

} // namespace rangecopy
