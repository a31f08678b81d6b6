// The encoding and binary guesses the preview makes for each file it opens, on tables of
// file heads: byte order marks, UTF-16 by its zeros, valid UTF-8, Latin-1, and binaries.
#include "core/text/encodingguess.h"

#include <QTest>

using namespace rangecopy;
using namespace Qt::Literals::StringLiterals;

using Encoding = QStringConverter::Encoding;
Q_DECLARE_METATYPE(QStringConverter::Encoding)

class TestEncodingGuess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsByteOrderMarks_data();
    void findsByteOrderMarks();
    void guessesEncodings_data();
    void guessesEncodings();
    void tellsBinaryFromText_data();
    void tellsBinaryFromText();
};

namespace {

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                           : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return bytes;
}

// The start of an ELF executable as /usr/bin/ls begins.
QByteArray elfHead()
{
    QByteArray bytes("\x7f"
                     "ELF\x02\x01\x01",
                     7);
    bytes += QByteArray(9, '\0');
    bytes += QByteArray("\x03\x00\x3e\x00\x01\x00\x00\x00", 8);
    bytes += QByteArray(200, '\x01');
    return bytes;
}

} // namespace

void TestEncodingGuess::findsByteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("found");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("length");
    QTest::newRow("UTF-8") << QByteArray("\xef\xbb\xbfGr") << true << Encoding::Utf8 << 3;
    QTest::newRow("UTF-16 LE") << QByteArray("\xff\xfeG\0", 4) << true << Encoding::Utf16LE << 2;
    QTest::newRow("UTF-16 BE") << QByteArray("\xfe\xff\0G", 4) << true << Encoding::Utf16BE << 2;
    QTest::newRow("none") << QByteArray("Grüße") << false << Encoding::Utf8 << 0;
    QTest::newRow("half a mark") << QByteArray("\xef\xbb") << false << Encoding::Utf8 << 0;
    QTest::newRow("empty") << QByteArray() << false << Encoding::Utf8 << 0;
}

void TestEncodingGuess::findsByteOrderMarks()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, found);
    QFETCH(Encoding, encoding);
    QFETCH(int, length);
    const std::optional<ByteOrderMark> mark = byteOrderMark(head);
    QCOMPARE(mark.has_value(), found);
    if (found) {
        QCOMPARE(mark->encoding, encoding);
        QCOMPARE(mark->length, length);
    }
}

void TestEncodingGuess::guessesEncodings_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Encoding>("expected");
    QTest::newRow("ASCII") << QByteArray("Python is a widely-used language.\n") << Encoding::Utf8;
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8;
    QTest::newRow("UTF-8") << QString::fromUtf8("Grüße, 日本語\n").toUtf8() << Encoding::Utf8;
    // A head of kEncodingGuessBytes stops short of the file's end, perhaps in a character.
    QTest::newRow("UTF-8 cut in a character by the head's end")
        << QByteArray(kEncodingGuessBytes - 2, 'a') + QString::fromUtf8("日").toUtf8().left(2)
        << Encoding::Utf8;
    QTest::newRow("UTF-8 cut in a character by the file's end")
        << QString::fromUtf8("abc 日").toUtf8().chopped(1) << Encoding::Latin1;
    QTest::newRow("UTF-8 with a mark")
        << QByteArray("\xef\xbb\xbfGr\xc3\xbc\xc3\x9f") << Encoding::Utf8;
    QTest::newRow("Latin-1") << QString::fromUtf8("Grüße aus Köln\n").toLatin1()
                             << Encoding::Latin1;
    QTest::newRow("Latin-1, one byte") << QByteArray("caf\xe9") << Encoding::Latin1;
    QTest::newRow("UTF-16 LE with a mark")
        << QByteArray("\xff\xfe") + utf16(u"Grüße\n"_s, false) << Encoding::Utf16LE;
    QTest::newRow("UTF-16 BE with a mark")
        << QByteArray("\xfe\xff") + utf16(u"Grüße\n"_s, true) << Encoding::Utf16BE;
    QTest::newRow("UTF-16 LE without a mark")
        << utf16(u"Hello, world\n"_s, false) << Encoding::Utf16LE;
    QTest::newRow("UTF-16 BE without a mark")
        << utf16(u"Hello, world\n"_s, true) << Encoding::Utf16BE;
    QTest::newRow("binary") << elfHead() << Encoding::Utf8;
}

void TestEncodingGuess::guessesEncodings()
{
    QFETCH(QByteArray, head);
    QFETCH(Encoding, expected);
    QCOMPARE(guessTextEncoding(head), expected);
}

void TestEncodingGuess::tellsBinaryFromText_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("binary");
    QTest::newRow("ASCII") << QByteArray("line one\r\n\tline two\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("Latin-1") << QString::fromUtf8("Grüße\n").toLatin1() << false;
    QTest::newRow("terminal colours") << QByteArray("\x1b[1mbold\x1b[0m\n") << false;
    QTest::newRow("UTF-16 LE with a mark")
        << QByteArray("\xff\xfe") + utf16(u"Grüße\n"_s, false) << false;
    QTest::newRow("UTF-16 without a mark") << utf16(u"Hello, world\n"_s, true) << false;
    QTest::newRow("an executable") << elfHead() << true;
    QTest::newRow("a NUL in text") << QByteArray("text\0more text", 14) << true;
    QTest::newRow("many control bytes") << QByteArray("ab\x01\x02\x03\x04\x05\x06") << true;
}

void TestEncodingGuess::tellsBinaryFromText()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, binary);
    QCOMPARE(looksBinary(head), binary);
}

QTEST_GUILESS_MAIN(TestEncodingGuess)
#include "tst_encodingguess.moc"
