#include "ui/window/transferform.h"

#include "core/transfer/transferengine.h"
#include "core/transfer/transfermessages.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/pathfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rangecopy {

namespace {

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

TransferForm::TransferForm(QWidget* parent)
    : QWidget(parent)
    , m_source(new PathField(PathField::Purpose::OpenFile, this))
    , m_destination(new PathField(PathField::Purpose::SaveFile, this))
    , m_offset(new ByteSizeEdit(this))
    , m_offsetError(makeErrorLabel(this))
    , m_count(new ByteSizeEdit(this))
    , m_toEnd(new QCheckBox(tr("to the &end of the file"), this))
    , m_countError(makeErrorLabel(this))
    , m_range(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_destinationOffsetLabel(new QLabel(tr("&Write at:"), this))
    , m_destinationOffset(new ByteSizeEdit(this))
    , m_destinationOffsetError(makeErrorLabel(this))
    , m_modeDescription(new QLabel(this))
    , m_verify(new QCheckBox(tr("&Verify after copying"), this))
    , m_sync(new QCheckBox(tr("F&lush to disk before reporting done"), this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(nullptr)
    , m_method(new QComboBox(this))
    , m_chunkSize(new ByteSizeEdit(this))
    , m_chunkSizeError(makeErrorLabel(this))
{
    m_offset->setText(QStringLiteral("0"));
    m_toEnd->setChecked(true); // the whole file unless a count is given
    m_offset->setAccessibleName(tr("Offset in the source"));
    m_count->setAccessibleName(tr("Number of bytes to copy"));
    m_destinationOffset->setText(QStringLiteral("0"));
    m_destinationOffset->setAccessibleName(tr("Offset in the destination"));
    m_chunkSize->setText(QStringLiteral("8 MiB"));
    m_chunkSize->setAccessibleName(tr("Chunk size"));
    m_source->lineEdit()->setAccessibleName(tr("Source file"));
    m_destination->lineEdit()->setAccessibleName(tr("Destination file"));
    m_range->setTextFormat(Qt::PlainText);
    m_range->setWordWrap(true);
    m_modeDescription->setTextFormat(Qt::PlainText);
    m_modeDescription->setWordWrap(true);

    m_mode->addItem(tr("Replace"), QVariant::fromValue(int(DestinationMode::Replace)));
    m_mode->addItem(tr("Overwrite at offset"),
                    QVariant::fromValue(int(DestinationMode::Overwrite)));
    m_mode->addItem(tr("Append"), QVariant::fromValue(int(DestinationMode::Append)));
    m_mode->addItem(tr("Create new only"), QVariant::fromValue(int(DestinationMode::CreateNew)));
    m_mode->setAccessibleName(tr("Destination mode"));
    m_method->addItem(tr("automatic (sendfile, or read-write where faster)"),
                      int(CopyMethod::Auto));
    m_method->addItem(QStringLiteral("sendfile"), int(CopyMethod::Sendfile));
    m_method->addItem(QStringLiteral("copy_file_range"), int(CopyMethod::CopyFileRange));
    m_method->addItem(QStringLiteral("read-write"), int(CopyMethod::ReadWrite));
    m_method->setAccessibleName(tr("Copy method"));

    // Files
    auto* files = new QGroupBox(tr("Files"), this);
    auto* filesLayout = new QFormLayout(files);
    auto* sourceLabel = new QLabel(tr("&Source:"), files);
    sourceLabel->setBuddy(m_source->lineEdit());
    auto* destinationLabel = new QLabel(tr("&Destination:"), files);
    destinationLabel->setBuddy(m_destination->lineEdit());
    filesLayout->addRow(sourceLabel, m_source);
    filesLayout->addRow(destinationLabel, m_destination);

    // Range
    auto* range = new QGroupBox(tr("Range"), this);
    auto* rangeLayout = new QFormLayout(range);
    auto* offsetLabel = new QLabel(tr("&Offset:"), range);
    offsetLabel->setBuddy(m_offset);
    auto* offsetRow = new QHBoxLayout;
    offsetRow->addWidget(m_offset, 1);
    offsetRow->addWidget(m_offsetError, 2);
    auto* countLabel = new QLabel(tr("&Count:"), range);
    countLabel->setBuddy(m_count);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_toEnd);
    countRow->addWidget(m_countError, 2);
    rangeLayout->addRow(offsetLabel, offsetRow);
    rangeLayout->addRow(countLabel, countRow);
    rangeLayout->addRow(QString(), m_range);

    // Destination mode
    auto* modeBox = new QGroupBox(tr("Destination mode"), this);
    auto* modeLayout = new QFormLayout(modeBox);
    auto* modeLabel = new QLabel(tr("&Mode:"), modeBox);
    modeLabel->setBuddy(m_mode);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_mode);
    modeRow->addSpacing(12);
    modeRow->addWidget(m_destinationOffsetLabel);
    modeRow->addWidget(m_destinationOffset, 1);
    modeRow->addWidget(m_destinationOffsetError, 2);
    m_destinationOffsetLabel->setBuddy(m_destinationOffset);
    modeLayout->addRow(modeLabel, modeRow);
    modeLayout->addRow(QString(), m_modeDescription);

    // Options
    auto* options = new QGroupBox(tr("Options"), this);
    auto* optionsLayout = new QVBoxLayout(options);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_verify);
    checks->addWidget(m_sync);
    checks->addStretch();
    optionsLayout->addLayout(checks);
    m_advancedToggle->setText(tr("Adva&nced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    optionsLayout->addWidget(m_advancedToggle);
    m_advanced = buildAdvanced();
    optionsLayout->addWidget(m_advanced);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(files);
    layout->addWidget(range);
    layout->addWidget(modeBox);
    layout->addWidget(options);
    layout->addStretch();

    // Keyboard order follows the reading order.
    QWidget::setTabOrder(m_source->lineEdit(), m_source->browseButton());
    QWidget::setTabOrder(m_source->browseButton(), m_destination->lineEdit());
    QWidget::setTabOrder(m_destination->lineEdit(), m_destination->browseButton());
    QWidget::setTabOrder(m_destination->browseButton(), m_offset);
    QWidget::setTabOrder(m_offset, m_count);
    QWidget::setTabOrder(m_count, m_toEnd);
    QWidget::setTabOrder(m_toEnd, m_mode);
    QWidget::setTabOrder(m_mode, m_destinationOffset);
    QWidget::setTabOrder(m_destinationOffset, m_verify);
    QWidget::setTabOrder(m_verify, m_sync);
    QWidget::setTabOrder(m_sync, m_advancedToggle);
    QWidget::setTabOrder(m_advancedToggle, m_method);
    QWidget::setTabOrder(m_method, m_chunkSize);

    for (ByteSizeEdit* edit : {m_offset, m_count, m_destinationOffset, m_chunkSize})
        connect(edit, &ByteSizeEdit::valueChanged, this, &TransferForm::revalidate);
    connect(m_source, &PathField::pathChanged, this, &TransferForm::revalidate);
    connect(m_destination, &PathField::pathChanged, this, &TransferForm::revalidate);
    // Typing a count means "this many bytes"; ticking "to the end" sets the count aside.
    connect(m_count, &QLineEdit::textEdited, this, [this] { m_toEnd->setChecked(false); });
    connect(m_toEnd, &QCheckBox::toggled, this, &TransferForm::revalidate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TransferForm::revalidate);
    for (QCheckBox* box : {m_verify, m_sync})
        connect(box, &QCheckBox::toggled, this, &TransferForm::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &TransferForm::changed);
    revalidate();
}

QWidget* TransferForm::buildAdvanced()
{
    auto* advanced = new QWidget(this);
    auto* layout = new QFormLayout(advanced);
    layout->setContentsMargins(16, 0, 0, 0);
    auto* methodLabel = new QLabel(tr("Me&thod:"), advanced);
    methodLabel->setBuddy(m_method);
    auto* chunkLabel = new QLabel(tr("Chun&k size:"), advanced);
    chunkLabel->setBuddy(m_chunkSize);
    auto* chunkRow = new QHBoxLayout;
    chunkRow->addWidget(m_chunkSize, 1);
    chunkRow->addWidget(m_chunkSizeError, 2);
    layout->addRow(methodLabel, m_method);
    layout->addRow(chunkLabel, chunkRow);
    return advanced;
}

TransferRequest TransferForm::request() const
{
    TransferRequest request;
    request.sourcePath = m_source->path();
    request.destinationPath = m_destination->path();
    request.offset = m_offset->value().value_or(0);
    if (!m_toEnd->isChecked())
        request.count = m_count->value().value_or(0);
    request.mode = static_cast<DestinationMode>(m_mode->currentData().toInt());
    if (request.mode == DestinationMode::Overwrite)
        request.destinationOffset = m_destinationOffset->value().value_or(0);
    request.verify = m_verify->isChecked();
    request.syncToDisk = m_sync->isChecked();
    request.method = static_cast<CopyMethod>(m_method->currentData().toInt());
    request.chunkSize = m_chunkSize->value().value_or(kDefaultChunkSize);
    return request;
}

void TransferForm::setRequest(const TransferRequest& request)
{
    m_source->setPath(request.sourcePath);
    m_destination->setPath(request.destinationPath);
    m_offset->setValue(request.offset);
    m_toEnd->setChecked(!request.count.has_value());
    if (request.count)
        m_count->setValue(*request.count);
    m_mode->setCurrentIndex(m_mode->findData(int(request.mode)));
    m_destinationOffset->setValue(request.destinationOffset);
    m_verify->setChecked(request.verify);
    m_sync->setChecked(request.syncToDisk);
    m_method->setCurrentIndex(m_method->findData(int(request.method)));
    m_chunkSize->setValue(request.chunkSize);
    revalidate();
}

void TransferForm::setLocked(bool locked)
{
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget != m_advancedToggle && qobject_cast<QLabel*>(widget) == nullptr)
            widget->setEnabled(!locked);
    }
    if (!locked) {
        revalidate();
    }
}

void TransferForm::setStartFolder(const QString& folder)
{
    m_source->setStartFolder(folder);
    m_destination->setStartFolder(folder);
}

QString TransferForm::showFieldError(ByteSizeEdit* edit, QLabel* label, bool active)
{
    const QString error = active ? edit->errorText() : QString();
    edit->setMarkedInvalid(!error.isEmpty());
    label->setText(error);
    label->setVisible(!error.isEmpty());
    return error;
}

void TransferForm::revalidate()
{
    const auto mode = static_cast<DestinationMode>(m_mode->currentData().toInt());
    const bool overwrite = mode == DestinationMode::Overwrite;
    m_destinationOffsetLabel->setVisible(overwrite);
    m_destinationOffset->setVisible(overwrite);
    m_modeDescription->setText(modeDescription());

    QStringList problems;
    describeFiles();
    if (m_source->path().isEmpty())
        problems << tr("Choose a source file.");
    else if (!m_sourceProblem.isEmpty())
        problems << m_sourceProblem;
    if (m_destination->path().isEmpty())
        problems << tr("Choose a destination file.");
    else if (!m_destinationProblem.isEmpty())
        problems << m_destinationProblem;
    for (auto [edit, label, active] :
         {std::tuple{m_offset, m_offsetError, true},
          std::tuple{m_count, m_countError, !m_toEnd->isChecked()},
          std::tuple{m_destinationOffset, m_destinationOffsetError, overwrite},
          std::tuple{m_chunkSize, m_chunkSizeError, true}}) {
        if (const QString error = showFieldError(edit, label, active); !error.isEmpty())
            problems << error;
    }
    if (problems.isEmpty()) {
        if (const QString reason = checkRequestNumbers(request()); !reason.isEmpty()) {
            problems << reason;
            // The numbers are each fine but do not fit together: say it by the count.
            m_countError->setText(reason);
            m_countError->setVisible(true);
        }
    }
    m_range->setText(rangeDescription());
    m_problem = problems.value(0);
    Q_EMIT changed();
}

void TransferForm::describeFiles()
{
    // The engine's own check, so that the form says what the copy would say, in its words.
    const TransferCheck check = checkTransfer(request());
    const auto problemText = [](const TransferCheck::Problem& problem) {
        return TransferMessages::asSentence(problem.message) + u' ' +
               TransferMessages::hint(problem.error);
    };

    m_sourceSize.reset();
    m_sourceProblem.clear();
    const QString sourcePath = m_source->path();
    if (sourcePath.isEmpty()) {
        m_source->setInfo(QString(), false);
    } else if (!check.source.ok()) {
        m_sourceProblem = problemText(check.source);
        m_source->setInfo(m_sourceProblem, true);
    } else {
        m_sourceSize = check.sourceSize;
        const QMimeType type = QMimeDatabase().mimeTypeForFile(sourcePath);
        m_source->setInfo(
            tr("%1 · %2").arg(TransferMessages::sizeInWords(check.sourceSize), type.name()), false);
    }

    m_destinationProblem.clear();
    if (m_destination->path().isEmpty()) {
        m_destination->setInfo(QString(), false);
    } else if (!check.destination.ok()) {
        m_destinationProblem = problemText(check.destination);
        m_destination->setInfo(m_destinationProblem, true);
    } else if (wouldEmptyTheDestination(check)) {
        // A copy that writes nothing must not be able to destroy a file.
        m_destinationProblem = TransferMessages::emptyRangeWouldEmpty(m_destination->path());
        m_destination->setInfo(m_destinationProblem, true);
    } else if (check.destinationExists) {
        m_destination->setInfo(
            tr("Exists, %1.").arg(TransferMessages::sizeInWords(check.destinationSize)), false);
    } else {
        m_destination->setInfo(tr("Does not exist yet; it will be created."), false);
    }
    m_destinationExists = check.destinationExists;
    m_destinationSize = check.destinationSize;
}

bool TransferForm::wouldEmptyTheDestination(const TransferCheck& check) const
{
    const auto mode = static_cast<DestinationMode>(m_mode->currentData().toInt());
    return mode == DestinationMode::Replace && check.ok() && check.sourceSize >= 0 &&
           check.bytesToCopy == 0 && check.destinationExists && check.destinationSize > 0;
}

QString TransferForm::modeDescription() const
{
    return TransferMessages::modeDescription(
        static_cast<DestinationMode>(m_mode->currentData().toInt()));
}

QString TransferForm::rangeDescription() const
{
    const std::optional<qint64> offset = m_offset->value();
    const std::optional<qint64> count = m_toEnd->isChecked() ? std::nullopt : m_count->value();
    if (!offset || (!m_toEnd->isChecked() && !count))
        return {};
    return TransferMessages::rangeDescription(*offset, count, m_sourceSize);
}

} // namespace rangecopy
