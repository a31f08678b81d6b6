#include "core/text/displaytext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rangecopy;

namespace {

QString escaped(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestDisplayText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void everySingleByte();
    void randomBytesGiveCleanText();
};

void TestDisplayText::everySingleByte()
{
    for (int value = 0; value < 256; ++value) {
        const QByteArray bytes(1, char(value));
        QString expected;
        if (value == '\\')
            expected = QStringLiteral("\\\\");
        else if (value == '\n' || value == '\t' || (value >= 0x20 && value < 0x7f))
            expected = QChar(value);
        else
            expected = QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
        QCOMPARE(escapeForDisplay(bytes), expected);
    }
}

void TestDisplayText::randomBytesGiveCleanText()
{
    // Whatever the bytes, the text holds no control character but newline and tab, no lone
    // surrogate, and no more backslashes than the escapes explain.
    QRandomGenerator generator(2024);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes(generator.bounded(1, 64), Qt::Uninitialized);
        for (char& byte : bytes) {
            // Favour the bytes UTF-8 is made of, so valid sequences turn up too.
            const int kind = generator.bounded(4);
            byte = char(kind == 0   ? generator.bounded(0x80)
                        : kind == 1 ? generator.bounded(0x80, 0xc0)
                                    : generator.bounded(0xc0, 0x100));
        }
        const QString text = escapeForDisplay(bytes);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool control = c.category() == QChar::Other_Control;
            QVERIFY2(!control || c == u'\n' || c == u'\t',
                     qPrintable(QStringLiteral("control U+%1 from %2")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                    .arg(QString::fromLatin1(bytes.toHex()))));
            if (c.isHighSurrogate()) {
                QVERIFY(i + 1 < text.size() && text.at(i + 1).isLowSurrogate());
                ++i;
            } else {
                QVERIFY(!c.isLowSurrogate());
            }
        }
        // What is shown as text converts back to the same bytes when nothing was escaped.
        if (!text.contains(u'\\'))
            QCOMPARE(text.toUtf8(), bytes);
    }
}

void TestDisplayText::escapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // Printable ASCII, newline and tab stay as they are.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ASCII") << QByteArray("Python is a widely-used language. ~!@#$%^&*()_+{}[]")
                           << escaped("Python is a widely-used language. ~!@#$%^&*()_+{}[]");
    QTest::newRow("newline and tab kept") << QByteArray("a\nb\tc\n") << escaped("a\nb\tc\n");
    QTest::newRow("space") << QByteArray(" ") << escaped(" ");

    // Control bytes become \xNN with two lower-case hex digits.
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << escaped("a\\x00b");
    QTest::newRow("SOH") << QByteArray("\x01") << escaped("\\x01");
    QTest::newRow("carriage return") << QByteArray("line\r\n") << escaped("line\\x0d\n");
    QTest::newRow("vertical tab and form feed") << QByteArray("\v\f") << escaped("\\x0b\\x0c");
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << escaped("\\x1b[31mred");
    QTest::newRow("unit separator") << QByteArray("\x1f") << escaped("\\x1f");
    QTest::newRow("DEL") << QByteArray("\x7f") << escaped("\\x7f");
    QTest::newRow("backspace") << QByteArray("ab\bc") << escaped("ab\\x08c");

    // A backslash is doubled so an escape in the text cannot be mistaken for one we made.
    QTest::newRow("backslash") << QByteArray("C:\\dir") << escaped("C:\\\\dir");
    QTest::newRow("literal backslash-x") << QByteArray("\\x41") << escaped("\\\\x41");

    // Valid multi-byte UTF-8 stays.
    QTest::newRow("two bytes") << QByteArray("caf\xc3\xa9") << escaped("caf\xc3\xa9");
    QTest::newRow("three bytes") << QByteArray("\xe2\x82\xac 5") << escaped("\xe2\x82\xac 5");
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80!") << escaped("\xf0\x9f\x98\x80!");
    QTest::newRow("highest code point U+10FFFF")
        << QByteArray("\xf4\x8f\xbf\xbf") << escaped("\xf4\x8f\xbf\xbf");
    QTest::newRow("no-break space U+00A0 is not C1")
        << QByteArray("\xc2\xa0") << escaped("\xc2\xa0");
    QTest::newRow("U+07FF, U+0800, U+FFFD") << QByteArray("\xdf\xbf\xe0\xa0\x80\xef\xbf\xbd")
                                            << escaped("\xdf\xbf\xe0\xa0\x80\xef\xbf\xbd");
    QTest::newRow("just below and above the surrogates")
        << QByteArray("\xed\x9f\xbf\xee\x80\x80") << escaped("\xed\x9f\xbf\xee\x80\x80");

    // C1 controls (U+0080..U+009F) are as invisible as C0 ones: their bytes are escaped.
    QTest::newRow("C1 U+0080") << QByteArray("\xc2\x80") << escaped("\\xc2\\x80");
    QTest::newRow("C1 U+0085 next line") << QByteArray("a\xc2\x85z") << escaped("a\\xc2\\x85z");
    QTest::newRow("C1 U+009F") << QByteArray("\xc2\x9f") << escaped("\\xc2\\x9f");
    QTest::newRow("C1 U+009B CSI") << QByteArray("\xc2\x9b"
                                                 "31m")
                                   << escaped("\\xc2\\x9b"
                                              "31m");

    // Bytes that are not valid UTF-8 are escaped one by one.
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << escaped("a\\x80z");
    QTest::newRow("0xff and 0xfe") << QByteArray("\xff\xfe") << escaped("\\xff\\xfe");
    QTest::newRow("Latin-1 e acute") << QByteArray("caf\xe9") << escaped("caf\\xe9");
    QTest::newRow("truncated at the end") << QByteArray("\xe2\x82") << escaped("\\xe2\\x82");
    QTest::newRow("truncated before ASCII") << QByteArray("\xe2\x82"
                                                          "A")
                                            << escaped("\\xe2\\x82"
                                                       "A");
    QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1") << escaped("\\xe2(\\xa1");
    QTest::newRow("lead byte followed by a valid sequence")
        << QByteArray("\xc3\xc3\xa9") << escaped("\\xc3\xc3\xa9");
    QTest::newRow("overlong slash, 2 bytes") << QByteArray("\xc0\xaf") << escaped("\\xc0\\xaf");
    QTest::newRow("overlong 0x7f, 2 bytes") << QByteArray("\xc1\xbf") << escaped("\\xc1\\xbf");
    QTest::newRow("overlong NUL, 2 bytes") << QByteArray("\xc0\x80") << escaped("\\xc0\\x80");
    QTest::newRow("overlong slash, 3 bytes")
        << QByteArray("\xe0\x80\xaf") << escaped("\\xe0\\x80\\xaf");
    QTest::newRow("overlong U+07FF, 3 bytes")
        << QByteArray("\xe0\x9f\xbf") << escaped("\\xe0\\x9f\\xbf");
    QTest::newRow("overlong slash, 4 bytes")
        << QByteArray("\xf0\x80\x80\xaf") << escaped("\\xf0\\x80\\x80\\xaf");
    QTest::newRow("overlong U+FFFF, 4 bytes")
        << QByteArray("\xf0\x8f\xbf\xbf") << escaped("\\xf0\\x8f\\xbf\\xbf");
    QTest::newRow("surrogate U+D800") << QByteArray("\xed\xa0\x80") << escaped("\\xed\\xa0\\x80");
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xed\xbf\xbf") << escaped("\\xed\\xbf\\xbf");
    QTest::newRow("surrogate pair as CESU-8")
        << QByteArray("\xed\xa0\xbd\xed\xb8\x80") << escaped("\\xed\\xa0\\xbd\\xed\\xb8\\x80");
    QTest::newRow("above U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << escaped("\\xf4\\x90\\x80\\x80");
    QTest::newRow("five-byte lead")
        << QByteArray("\xf8\x88\x80\x80\x80") << escaped("\\xf8\\x88\\x80\\x80\\x80");
    QTest::newRow("lead 0xf5") << QByteArray("\xf5\x80\x80\x80") << escaped("\\xf5\\x80\\x80\\x80");

    QTest::newRow("mixed") << QByteArray("ok\x01\xc3\xa9\\\xff\n")
                           << escaped("ok\\x01\xc3\xa9\\\\\\xff\n");
}

void TestDisplayText::escapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(escapeForDisplay(bytes), expected);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
