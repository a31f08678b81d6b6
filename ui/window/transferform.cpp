#include "ui/window/transferform.h"

#include "core/io/timedwork.h"
#include "core/text/quoted.h"
#include "core/transfer/transferengine.h"
#include "core/transfer/transferinspector.h"
#include "core/transfer/transfermessages.h"
#include "ui/widgets/bytesizeedit.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/palettecolors.h"
#include "ui/widgets/pathfield.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rangecopy {

namespace {

QLabel* makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    PaletteColors::setTextColor(label, PaletteColors::errorColor(parent->palette()));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

namespace {

// What to do when a name came from the file dialog without its bytes (U+FFFD in it).
QString lossyNameHint(const TransferCheck::Problem& problem)
{
    // Qt's file dialog hands over a name that is not valid UTF-8 with U+FFFD in place of its
    // bytes, which names no file; a drop or the command line keeps the bytes.
    if (problem.error != TransferError::SourceNotFound &&
        problem.error != TransferError::DestinationFolderMissing)
        return {};
    if (!problem.message.contains(QChar::ReplacementCharacter))
        return {};
    return u' ' + TransferForm::tr(
                      "A \uFFFD in a name stands for bytes that are not UTF-8, which the file "
                      "dialog cannot pass on: drag the file into the field instead.");
}

} // namespace

TransferForm::TransferForm(QWidget* parent)
    : QWidget(parent)
    , m_source(new PathField(PathField::Purpose::OpenFile, this))
    , m_destination(new PathField(PathField::Purpose::SaveFile, this))
    , m_offset(new ByteSizeEdit(this))
    , m_offsetError(makeErrorLabel(this))
    , m_count(new ByteSizeEdit(this))
    , m_toEnd(new QCheckBox(tr("to the end of the fi&le"), this))
    , m_countError(makeErrorLabel(this))
    , m_range(new QLabel(this))
    , m_rangeType(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_destinationOffsetLabel(new QLabel(tr("&Write at:"), this))
    , m_destinationOffset(new ByteSizeEdit(this))
    , m_destinationOffsetError(makeErrorLabel(this))
    , m_modeDescription(new QLabel(this))
    , m_verify(new QCheckBox(tr("Verify after copying"), this))
    , m_sync(new QCheckBox(tr("Flush to dis&k before reporting done"), this))
    , m_keepHoles(new QCheckBox(tr("Keep holes"), this))
    , m_limitSpeed(new QCheckBox(tr("Limit speed to"), this))
    , m_rateLimit(new ByteSizeEdit(this))
    , m_rateLimitError(makeErrorLabel(this))
    , m_checksumFiles(new QCheckBox(tr("Write checksum files"), this))
    , m_expected(new QLineEdit(this))
    , m_pasteExpected(new QPushButton(tr("Paste"), this))
    , m_expectedError(makeErrorLabel(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(nullptr)
    , m_method(new QComboBox(this))
    , m_chunkSize(new ByteSizeEdit(this))
    , m_chunkSizeError(makeErrorLabel(this))
    , m_inspector(new TransferInspector(this))
    , m_createFolder(new QPushButton(tr("Create the Folder"), this))
    , m_folderMaker(new TimedWork(this))
{
    m_checkingShown.setSingleShot(true);
    m_checkingShown.setInterval(kCheckingShownAfterMs);
    connect(&m_checkingShown, &QTimer::timeout, this, &TransferForm::showChecking);
    connect(m_inspector, &TransferInspector::inspected, this, &TransferForm::describeFiles);
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
    m_rangeType->setTextFormat(Qt::PlainText);
    m_rangeType->setWordWrap(true);
    m_rangeType->setVisible(false);
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
    m_createFolder->setVisible(false);
    m_createFolder->setToolTip(tr("Create the destination's folder (and any missing above it)"));
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_createFolder);
    createRow->addStretch();
    filesLayout->addRow(QString(), createRow);
    connect(m_createFolder, &QPushButton::clicked, this, &TransferForm::createDestinationFolder);

    // Range
    auto* range = new QGroupBox(tr("Range"), this);
    auto* rangeLayout = new QFormLayout(range);
    auto* offsetLabel = new QLabel(tr("&Offset:"), range);
    offsetLabel->setBuddy(m_offset);
    auto* countLabel = new QLabel(tr("&Count:"), range);
    countLabel->setBuddy(m_count);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_toEnd);
    // Errors go under their field, so that a long one never squeezes the field.
    rangeLayout->addRow(offsetLabel, m_offset);
    rangeLayout->addRow(QString(), m_offsetError);
    rangeLayout->addRow(countLabel, countRow);
    rangeLayout->addRow(QString(), m_countError);
    rangeLayout->addRow(QString(), m_range);
    rangeLayout->addRow(QString(), m_rangeType);

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
    m_destinationOffsetLabel->setBuddy(m_destinationOffset);
    modeLayout->addRow(modeLabel, modeRow);
    modeLayout->addRow(QString(), m_destinationOffsetError);
    modeLayout->addRow(QString(), m_modeDescription);

    // Options
    auto* options = new QGroupBox(tr("Options"), this);
    auto* optionsLayout = new QVBoxLayout(options);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_verify);
    checks->addWidget(m_sync);
    checks->addStretch();
    optionsLayout->addLayout(checks);
    optionsLayout->addWidget(m_keepHoles);
    m_keepHoles->setChecked(true);
    m_keepHoles->setToolTip(
        tr("Where the source is a sparse file (a disk image), its holes stay holes in the "
           "destination: nothing is written there and no disk space is used. Off: every byte "
           "is written, holes as zeros."));
    optionsLayout->addLayout(buildSpeedLimit());
    optionsLayout->addWidget(m_rateLimitError);
    optionsLayout->addWidget(buildChecksums());
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
    const QList<QWidget*> chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);

    for (ByteSizeEdit* edit : {m_offset, m_count, m_destinationOffset, m_chunkSize, m_rateLimit})
        connect(edit, &ByteSizeEdit::valueChanged, this, &TransferForm::revalidate);
    connect(m_source, &PathField::pathChanged, this, &TransferForm::revalidate);
    connect(m_destination, &PathField::pathChanged, this, &TransferForm::revalidate);
    // Typing a count means "this many bytes"; ticking "to the end" sets the count aside.
    connect(m_count, &QLineEdit::textEdited, this, [this] { m_toEnd->setChecked(false); });
    connect(m_toEnd, &QCheckBox::toggled, this, &TransferForm::revalidate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TransferForm::revalidate);
    for (QCheckBox* box : {m_verify, m_sync, m_keepHoles})
        connect(box, &QCheckBox::toggled, this, &TransferForm::changed);
    for (QCheckBox* box : m_digestChecks)
        connect(box, &QCheckBox::toggled, this, &TransferForm::revalidate);
    connect(m_checksumFiles, &QCheckBox::toggled, this, &TransferForm::revalidate);
    connect(m_limitSpeed, &QCheckBox::toggled, this, &TransferForm::revalidate);
    connect(m_expected, &QLineEdit::textChanged, this, &TransferForm::revalidate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &TransferForm::changed);
    revalidate();
}

QLayout* TransferForm::buildSpeedLimit()
{
    m_rateLimit->setText(QStringLiteral("20 MiB"));
    m_rateLimit->setAccessibleName(tr("Speed limit in bytes per second"));
    const QString why = tr("Copies at most this many bytes per second on average, so that a copy "
                           "to a slow USB stick or network share leaves room for other work.");
    m_limitSpeed->setToolTip(why);
    m_rateLimit->setToolTip(why);
    // Wide enough for "500 KiB" or "1.5 GB", not the whole row.
    m_rateLimit->setMaximumWidth(m_rateLimit->fontMetrics().horizontalAdvance(u'0') * 14);
    auto* row = new QHBoxLayout;
    row->addWidget(m_limitSpeed);
    row->addWidget(m_rateLimit);
    row->addWidget(new QLabel(tr("per second"), this));
    row->addStretch();
    return row;
}

QString TransferForm::showRateLimitError()
{
    QString error = m_limitSpeed->isChecked() ? m_rateLimit->errorText() : QString();
    if (m_limitSpeed->isChecked() && error.isEmpty() && m_rateLimit->value() == 0)
        error = tr("a speed of 0 would copy nothing: untick Limit speed to copy at full speed");
    m_rateLimit->setMarkedInvalid(!error.isEmpty());
    m_rateLimitError->setText(error);
    m_rateLimitError->setVisible(!error.isEmpty());
    return error;
}

QWidget* TransferForm::buildAdvanced()
{
    auto* advanced = new QWidget(this);
    auto* layout = new QFormLayout(advanced);
    layout->setContentsMargins(16, 0, 0, 0);
    auto* methodLabel = new QLabel(tr("Cop&y method:"), advanced);
    methodLabel->setBuddy(m_method);
    auto* chunkLabel = new QLabel(tr("Chunk si&ze:"), advanced);
    chunkLabel->setBuddy(m_chunkSize);
    layout->addRow(methodLabel, m_method);
    layout->addRow(chunkLabel, m_chunkSize);
    layout->addRow(QString(), m_chunkSizeError);
    return advanced;
}

QWidget* TransferForm::buildChecksums()
{
    auto* checksums = new QWidget(this);
    auto* layout = new QFormLayout(checksums);
    layout->setContentsMargins(0, 0, 0, 0);
    // One box per algorithm after the row's name, wrapping on a narrow window.
    auto* algorithms = new QWidget(checksums);
    auto* flow = new FlowLayout(algorithms);
    flow->setContentsMargins(0, 0, 0, 0);
    // No Alt letter: every letter of these labels already leads to another field.
    flow->addWidget(new QLabel(tr("Checksums:"), algorithms));
    for (const DigestAlgorithm algorithm : allDigestAlgorithms()) {
        auto* box = new QCheckBox(digestDisplayName(algorithm), algorithms);
        box->setAccessibleName(tr("Compute the %1 checksum").arg(digestDisplayName(algorithm)));
        flow->addWidget(box);
        m_digestChecks << box;
    }
    // The files go with the algorithms, in the same wrapping row.
    m_checksumFiles->setParent(algorithms);
    flow->addWidget(m_checksumFiles);
    algorithms->setToolTip(tr("Checksums of the copied range, computed while it is copied and "
                              "shown with the result"));
    layout->addRow(algorithms);
    m_checksumFiles->setToolTip(tr("After the copy, write DESTINATION.sha256 (.b2, .md5, …) "
                                   "beside it for each checksum, which sha256sum -c, b2sum -c "
                                   "and xxhsum -c check. Replace and Create new modes."));
    m_expected->setPlaceholderText(tr("sha256:… as published, or empty"));
    m_expected->setAccessibleName(tr("Expected checksum"));
    m_expected->setClearButtonEnabled(true);
    m_expected->setToolTip(tr("The copy is put in place only when the range has this "
                              "checksum; in place (overwrite, append) it is checked before "
                              "anything is written."));
    m_pasteExpected->setToolTip(tr("Paste a checksum from the clipboard"));
    connect(m_pasteExpected, &QPushButton::clicked, this, [this] {
        m_expected->setText(QGuiApplication::clipboard()->text().trimmed());
        m_expected->setFocus();
    });
    auto* expectedRow = new QHBoxLayout;
    expectedRow->addWidget(m_expected, 1);
    expectedRow->addWidget(m_pasteExpected);
    auto* expectedLabel = new QLabel(tr("Expected checksum:"), checksums);
    layout->addRow(expectedLabel, expectedRow);
    layout->addRow(QString(), m_expectedError);
    m_expectedError->setVisible(false);
    return checksums;
}

QCheckBox* TransferForm::digestCheck(DigestAlgorithm algorithm) const
{
    return m_digestChecks.value(allDigestAlgorithms().indexOf(algorithm));
}

QString TransferForm::showExpectedError()
{
    const QString text = m_expected->text().trimmed();
    const QString error = text.isEmpty() ? QString() : parseDigest(text).error;
    m_expectedError->setText(error);
    m_expectedError->setVisible(!error.isEmpty());
    return error;
}

QString TransferForm::destinationFolder() const
{
    const QString typed = m_destination->path();
    return !typed.isEmpty() && (typed == m_destinationFolder || typed == m_folderSeen) ? typed
                                                                                       : QString();
}

QString TransferForm::destinationPath() const
{
    const QString typed = m_destination->path();
    const QString sourceName = QFileInfo(m_source->path()).fileName();
    if (typed.isEmpty() || typed != m_destinationFolder || sourceName.isEmpty())
        return typed;
    return QDir(typed).filePath(sourceName);
}

void TransferForm::createDestinationFolder()
{
    const QString folder = QFileInfo(destinationPath()).absolutePath();
    m_createFolder->setEnabled(false);
    m_folderMaker->run(
        [folder] { return QDir().mkpath(folder); },
        [this, folder](bool made) {
            m_createFolder->setEnabled(true);
            if (made) {
                revalidate();
                return;
            }
            m_destination->setInfo(tr("Cannot create the folder %1. Check the permissions of the "
                                      "folders above it, or pick another destination.")
                                       .arg(quoted(folder)),
                                   true);
        },
        [this, folder] {
            m_createFolder->setEnabled(true);
            m_destination->setInfo(tr("Creating the folder %1 did not finish within 2 s; its disk "
                                      "may not be answering. Try again, or pick another "
                                      "destination.")
                                       .arg(quoted(folder)),
                                   true);
        });
}

TransferRequest TransferForm::request() const
{
    TransferRequest request;
    request.sourcePath = m_source->path();
    request.destinationPath = destinationPath();
    request.offset = m_offset->value().value_or(0);
    if (!m_toEnd->isChecked())
        request.count = m_count->value().value_or(0);
    request.mode = static_cast<DestinationMode>(m_mode->currentData().toInt());
    if (request.mode == DestinationMode::Overwrite)
        request.destinationOffset = m_destinationOffset->value().value_or(0);
    request.verify = m_verify->isChecked();
    request.syncToDisk = m_sync->isChecked();
    request.sparse = m_keepHoles->isChecked() ? SparseMode::Auto : SparseMode::Never;
    request.method = static_cast<CopyMethod>(m_method->currentData().toInt());
    request.chunkSize = m_chunkSize->value().value_or(kDefaultChunkSize);
    if (m_limitSpeed->isChecked())
        request.rateLimit = m_rateLimit->value().value_or(0);
    const QList<DigestAlgorithm> algorithms = allDigestAlgorithms();
    for (qsizetype i = 0; i < algorithms.size(); ++i) {
        if (m_digestChecks.at(i)->isChecked())
            request.digests << algorithms.at(i);
    }
    if (const ParsedDigest expected = parseDigest(m_expected->text()); expected.digest)
        request.expectedDigest = *expected.digest;
    // Checksum files describe a whole file: replace and new mode only (the box is disabled
    // otherwise, and keeps its tick for when the mode comes back).
    const bool wholeFile =
        request.mode == DestinationMode::Replace || request.mode == DestinationMode::CreateNew;
    request.writeChecksumFiles =
        m_checksumFiles->isChecked() && wholeFile && !request.digests.isEmpty();
    // A disk as the destination: the window asks before every copy into one
    // (MainWindow::confirmDevice()), so the engine's own refusal is not needed here.
    request.allowDevice = true;
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
    // The window offers auto or never; "always" (the CLI's) keeps holes too.
    m_keepHoles->setChecked(request.sparse != SparseMode::Never);
    m_method->setCurrentIndex(m_method->findData(int(request.method)));
    m_chunkSize->setText(formatExactByteSize(request.chunkSize)); // "8 MiB"
    // Without a limit the field keeps the value shown, for when the box is ticked.
    m_limitSpeed->setChecked(request.rateLimit > 0);
    if (request.rateLimit > 0)
        m_rateLimit->setText(formatExactByteSize(request.rateLimit));
    const QList<DigestAlgorithm> algorithms = allDigestAlgorithms();
    for (qsizetype i = 0; i < algorithms.size(); ++i)
        m_digestChecks.at(i)->setChecked(request.digests.contains(algorithms.at(i)));
    m_checksumFiles->setChecked(request.writeChecksumFiles);
    m_expected->setText(request.expectsDigest() ? digestName(request.expectedDigest.algorithm) +
                                                      u':' + request.expectedDigest.hex
                                                : QString());
    revalidate();
}

void TransferForm::setRange(qint64 offset, qint64 count)
{
    // 0 is 0 in any base: "0x0" would only look odd.
    m_offset->setText(offset == 0 ? QStringLiteral("0") : formatOffset(offset, m_offsetBase));
    m_toEnd->setChecked(false);
    m_count->setText(formatExactByteSize(count));
    revalidate();
}

void TransferForm::setOffsetBase(OffsetBase base)
{
    if (base == m_offsetBase)
        return;
    m_offsetBase = base;
    m_range->setText(rangeDescription());
}

void TransferForm::setLocked(bool locked)
{
    m_locked = locked;
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget != m_advancedToggle && qobject_cast<QLabel*>(widget) == nullptr)
            widget->setEnabled(!locked);
    }
    if (!locked) {
        revalidate();
    }
}

QList<QWidget*> TransferForm::tabChain() const
{
    return {m_source->lineEdit(),
            m_source->browseButton(),
            m_destination->lineEdit(),
            m_destination->browseButton(),
            m_createFolder,
            m_offset,
            m_count,
            m_toEnd,
            m_mode,
            m_destinationOffset,
            m_verify,
            m_sync,
            m_keepHoles,
            m_limitSpeed,
            m_rateLimit,
            m_digestChecks.at(0),
            m_digestChecks.at(1),
            m_digestChecks.at(2),
            m_digestChecks.at(3),
            m_digestChecks.at(4),
            m_digestChecks.at(5),
            m_digestChecks.at(6),
            m_checksumFiles,
            m_expected,
            m_pasteExpected,
            m_advancedToggle,
            m_method,
            m_chunkSize};
}

void TransferForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QLabel* label : {m_offsetError, m_countError, m_destinationOffsetError,
                              m_chunkSizeError, m_rateLimitError, m_expectedError})
            PaletteColors::setTextColor(label, PaletteColors::errorColor(palette()));
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

    // The files are looked at on a worker (TransferInspector): a path may name a FIFO, a
    // device or a file on a mount that does not answer, and the window must not wait on it.
    // Until the answer, Start waits too; describeFiles() goes on from there.
    m_checking = true;
    m_inspector->inspect(request());
    if (!m_checkingShown.isActive())
        m_checkingShown.start();
    updateProblem();
    Q_EMIT changed();
}

void TransferForm::updateProblem()
{
    const auto mode = static_cast<DestinationMode>(m_mode->currentData().toInt());
    const bool overwrite = mode == DestinationMode::Overwrite;
    QStringList problems;
    QStringList sourceRangeProblems;
    if (m_source->path().isEmpty())
        sourceRangeProblems << tr("Choose a source file.");
    else if (!m_checking && !m_sourceProblem.isEmpty())
        sourceRangeProblems << m_sourceProblem;
    problems << sourceRangeProblems;
    if (m_destination->path().isEmpty())
        problems << tr("Choose a destination file.");
    else if (!m_checking && !m_destinationProblem.isEmpty())
        problems << m_destinationProblem;
    // Beside its field an error is a clause; elsewhere (the status, the preview) a sentence
    // that names the field.
    for (auto [edit, label, active, name] :
         {std::tuple{m_offset, m_offsetError, true, tr("Offset")},
          std::tuple{m_count, m_countError, !m_toEnd->isChecked(), tr("Count")},
          std::tuple{m_destinationOffset, m_destinationOffsetError, overwrite, tr("Write at")},
          std::tuple{m_chunkSize, m_chunkSizeError, true, tr("Chunk size")}}) {
        if (const QString error = showFieldError(edit, label, active); !error.isEmpty()) {
            const QString sentence = TransferMessages::asSentence(tr("%1: %2").arg(name, error));
            problems << sentence;
            if (edit == m_offset || edit == m_count)
                sourceRangeProblems << sentence;
        }
    }
    if (const QString error = showExpectedError(); !error.isEmpty())
        problems << TransferMessages::asSentence(tr("Expected checksum: %1").arg(error));
    m_rateLimit->setEnabled(m_limitSpeed->isChecked() && !m_locked);
    if (const QString error = showRateLimitError(); !error.isEmpty())
        problems << TransferMessages::asSentence(tr("Limit speed: %1").arg(error));
    // A checksum file names the whole destination: not for a range written into a file.
    const bool wholeFile = mode == DestinationMode::Replace || mode == DestinationMode::CreateNew;
    m_checksumFiles->setEnabled(wholeFile && !m_locked);
    if (problems.isEmpty()) {
        if (const QString reason = checkRequestNumbers(request()); !reason.isEmpty()) {
            problems << TransferMessages::asSentence(reason);
            // The numbers are each fine but do not fit together: say it by the count.
            m_countError->setText(reason);
            m_countError->setVisible(true);
        }
    }
    if (m_checking)
        problems << tr("Checking the files…");
    m_range->setText(rangeDescription());
    m_problem = problems.value(0);
    m_sourceRangeProblem = sourceRangeProblems.value(0);
}

void TransferForm::showChecking()
{
    // Shown only when an answer takes a moment, so that typing does not make the fields
    // flicker.
    if (!m_checking)
        return;
    for (PathField* field : {m_source, m_destination}) {
        if (!field->path().isEmpty())
            field->setInfo(tr("Checking…"), false);
    }
}

void TransferForm::describeFiles(const TransferInspection& inspection)
{
    m_checking = false;
    m_checkingShown.stop();
    if (inspection.timedOut) {
        // The worker may still be stuck in the kernel; the form stops waiting for it and
        // says which file did not answer. Any edit (or Start) looks again.
        m_sourceSize.reset();
        m_sourceSizeUnknown = false;
        m_destinationExists = false;
        m_destinationSize = 0;
        m_keptBytes = 0;
        m_sourceProblem.clear();
        m_destinationProblem.clear();
        QString& problem = inspection.stalledOnSource ? m_sourceProblem : m_destinationProblem;
        problem = inspection.stalledMessage;
        PathField* stalled = inspection.stalledOnSource ? m_source : m_destination;
        PathField* other = inspection.stalledOnSource ? m_destination : m_source;
        stalled->setInfo(problem, true);
        other->setInfo(other->path().isEmpty() ? QString()
                                               : tr("Not checked: the other file did not answer."),
                       false);
        updateProblem();
        Q_EMIT filesChecked();
        return;
    }

    // The engine's own check, so that the form says what the copy would say, in its words.
    const TransferCheck& check = inspection.check;
    const auto problemText = [](const TransferCheck::Problem& problem) {
        return TransferMessages::asSentence(problem.message) + u' ' +
               TransferMessages::hint(problem.error) + lossyNameHint(problem);
    };

    m_sourceSize.reset();
    m_sourceSizeUnknown = false;
    m_sourceProblem.clear();
    const QString sourcePath = m_source->path();
    if (sourcePath.isEmpty()) {
        m_source->setInfo(QString(), false);
    } else if (!check.source.ok()) {
        m_sourceProblem = problemText(check.source);
        m_source->setInfo(m_sourceProblem, true);
    } else if (check.sourceSizeUnknown) {
        m_sourceSizeUnknown = true;
        m_source->setInfo(tr("%1 · %2").arg(TransferMessages::sizeUnknown(), inspection.sourceType),
                          false);
    } else {
        m_sourceSize = check.sourceSize;
        m_source->setInfo(tr("%1 · %2").arg(TransferMessages::sizeInWords(check.sourceSize),
                                            inspection.sourceType),
                          false);
    }

    // A folder as the destination: as cp does, the copy goes into it under the source's name.
    // Looked at again with that name; the field keeps what was typed.
    if (check.destination.error == TransferError::DestinationIsFolder)
        m_folderSeen = m_destination->path(); // several sources can go into it too
    if (check.destination.error == TransferError::DestinationIsFolder && !sourcePath.isEmpty() &&
        m_destination->path() != m_destinationFolder) {
        m_destinationFolder = m_destination->path();
        revalidate();
        return;
    }
    const bool intoFolder = destinationPath() != m_destination->path();
    const auto withFolder = [&](const QString& info) {
        return intoFolder ? tr("A folder: the copy goes into it as %1. %2")
                                .arg(quoted(QFileInfo(destinationPath()).fileName()), info)
                          : info;
    };
    m_createFolder->setVisible(check.destination.error == TransferError::DestinationFolderMissing);
    m_destinationProblem.clear();
    if (m_destination->path().isEmpty()) {
        m_destination->setInfo(QString(), false);
    } else if (!check.destination.ok()) {
        m_destinationProblem = problemText(check.destination);
        m_destination->setInfo(m_destinationProblem, true);
    } else if (!check.destinationDevice.isEmpty()) {
        m_destination->setInfo(
            tr("A disk: %1. Written only in overwrite mode; you are asked first.")
                .arg(check.destinationDevice),
            false);
    } else if (check.destinationExists) {
        m_destination->setInfo(
            withFolder(tr("Exists, %1.").arg(TransferMessages::sizeInWords(check.destinationSize))),
            false);
    } else {
        m_destination->setInfo(withFolder(tr("Does not exist yet; it will be created.")), false);
    }
    m_destinationExists = check.destinationExists;
    m_destinationSize = check.destinationSize;
    m_destinationDevice = check.destinationDevice;
    m_keptBytes = check.keptBytes;
    updateProblem();
    Q_EMIT filesChecked();
}

QString TransferForm::modeDescription() const
{
    return TransferMessages::modeDescription(
        static_cast<DestinationMode>(m_mode->currentData().toInt()));
}

void TransferForm::setRangeType(const QString& text)
{
    m_rangeType->setText(text);
    m_rangeType->setVisible(!text.isEmpty());
}

QString TransferForm::rangeType() const
{
    return m_rangeType->text();
}

QString TransferForm::rangeDescription() const
{
    const std::optional<qint64> offset = m_offset->value();
    const std::optional<qint64> count = m_toEnd->isChecked() ? std::nullopt : m_count->value();
    if (!offset || (!m_toEnd->isChecked() && !count))
        return {};
    return TransferMessages::rangeDescription(*offset, count, m_sourceSize, m_offsetBase);
}

} // namespace rangecopy
