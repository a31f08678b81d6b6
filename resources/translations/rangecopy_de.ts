<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>| Keys | Does |
|---|---|
</source>
        <translation>| Tasten | Wirkung |
|---|---|
</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>RangeCopy Manual</source>
        <translation>RangeCopy-Handbuch</translation>
    </message>
</context>
<context>
    <name>rangecopy::Batch</name>
    <message>
        <source>cannot read the batch %1: %2; check the path</source>
        <translation>die Stapeldatei %1 kann nicht gelesen werden: %2; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <source>cannot read the batch %1: %2</source>
        <translation>die Stapeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was copied</source>
        <translation>%1, Zeile %2: %3; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 split into 1 piece</source>
        <translation>%1 in 1 Teil aufgeteilt</translation>
    </message>
    <message>
        <source>%1 split into %2 pieces</source>
        <translation>%1 in %2 Teile aufgeteilt</translation>
    </message>
    <message>
        <source>OFFSET         LENGTH         TYPE         WHAT
</source>
        <translation>OFFSET         LÄNGE          TYP          BESCHREIBUNG
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>rangecopy::BlockDevice</name>
    <message>
        <source>backed by %1</source>
        <translation>basiert auf %1</translation>
    </message>
    <message>
        <source>%1 mounted on %2</source>
        <translation>%1 eingehängt unter %2</translation>
    </message>
    <message>
        <source>%1 used as swap</source>
        <translation>%1 als Auslagerungsspeicher verwendet</translation>
    </message>
</context>
<context>
    <name>rangecopy::ByteSearch</name>
    <message>
        <source>cannot search %1: %2</source>
        <translation>%1 kann nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>cannot search %1: it is not a regular file</source>
        <translation>%1 kann nicht durchsucht werden: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1 while searching: %2</source>
        <translation>%1 kann beim Suchen nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>enter hex bytes such as 50 79 74</source>
        <translation>geben Sie Hex-Bytes ein, etwa 50 79 74</translation>
    </message>
    <message>
        <source>hex bytes come in pairs of digits</source>
        <translation>Hex-Bytes bestehen aus Ziffernpaaren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex byte</source>
        <translation>&apos;%1&apos; ist kein Hex-Byte</translation>
    </message>
</context>
<context>
    <name>rangecopy::ByteSize</name>
    <message>
        <source>%1 is too large: the largest accepted value is %2 bytes</source>
        <translation>%1 ist zu groß: der größte zulässige Wert ist %2 Bytes</translation>
    </message>
    <message>
        <source>%1 is not a number: digits must follow 0x</source>
        <translation>%1 ist keine Zahl: auf 0x müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>%1 is not a number: &apos;%2&apos; is not a hexadecimal digit</source>
        <translation>%1 ist keine Zahl: &apos;%2&apos; ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>no value given: enter a number of bytes such as 4096, 0x1000 or 4 KiB</source>
        <translation>kein Wert angegeben: geben Sie eine Anzahl Bytes ein, etwa 4096, 0x1000 oder 4 KiB</translation>
    </message>
    <message>
        <source>%1 is negative: byte amounts start at 0</source>
        <translation>%1 ist negativ: Byte-Angaben beginnen bei 0</translation>
    </message>
    <message>
        <source>%1 is not a number: leave out the sign</source>
        <translation>%1 ist keine Zahl: lassen Sie das Vorzeichen weg</translation>
    </message>
    <message>
        <source>%1 is not a number: digits must follow the decimal point</source>
        <translation>%1 ist keine Zahl: auf den Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>%1 is not a number: use digits, 0x for hexadecimal, and a unit such as B, K, KiB, KB, M, MB, G or GB</source>
        <translation>%1 ist keine Zahl: verwenden Sie Ziffern, 0x für hexadezimal und eine Einheit wie B, K, KiB, KB, M, MB, G oder GB</translation>
    </message>
    <message>
        <source>%1 has an unknown unit &apos;%2&apos;: use B, K, KiB, KB, M, MiB, MB, G, GiB, GB, T, TiB or TB</source>
        <translation>%1 hat eine unbekannte Einheit &apos;%2&apos;: verwenden Sie B, K, KiB, KB, M, MiB, MB, G, GiB, GB, T, TiB oder TB</translation>
    </message>
    <message>
        <source>%1 is not a whole number of bytes</source>
        <translation>%1 ist keine ganze Zahl von Bytes</translation>
    </message>
    <message>
        <source>offsets and counts cannot be negative</source>
        <translation>Offsets und Anzahlen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>offset %1 plus count %2 goes past the largest file offset (%3)</source>
        <translation>Offset %1 plus Anzahl %2 reicht über den größten Datei-Offset (%3) hinaus</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>rangecopy::ByteSizeEdit</name>
    <message>
        <source>e.g. 4096, 0x1000, 4 KiB</source>
        <translation>z. B. 4096, 0x1000, 4 KiB</translation>
    </message>
</context>
<context>
    <name>rangecopy::CliOptions</name>
    <message>
        <source>With --mode overwrite: write at byte N of DESTINATION (default 0).</source>
        <translation>Mit --mode overwrite: ab Byte N von DESTINATION schreiben (Standard 0).</translation>
    </message>
    <message>
        <source>How to copy: auto (default: shares blocks where the file system can, else sendfile, or read-write where it is faster), sendfile, copy_file_range or read-write.</source>
        <translation>Kopiermethode: auto (Standard: teilt Blöcke, wo das Dateisystem es kann, sonst sendfile, oder read-write, wo das schneller ist), sendfile, copy_file_range oder read-write.</translation>
    </message>
    <message>
        <source>Holes of a sparse SOURCE: auto (default) keeps them as holes in DESTINATION, always also makes holes of blocks of zeros, never writes every byte (as cp --sparse).</source>
        <translation>Lücken einer dünn besetzten SOURCE: auto (Standard) erhält sie als Lücken in DESTINATION, always macht zusätzlich Blöcke aus Nullen zu Lücken, never schreibt jedes Byte (wie cp --sparse).</translation>
    </message>
    <message>
        <source>Bytes per system call and progress step (default 8 MiB).</source>
        <translation>Bytes pro Systemaufruf und Fortschrittsschritt (Standard 8 MiB).</translation>
    </message>
    <message>
        <source>Copy at most RATE bytes per second on average (e.g. 20M or 500KiB/s), so that a slow USB stick or network share leaves room for other work.</source>
        <translation>Im Durchschnitt höchstens RATE Bytes pro Sekunde kopieren (z. B. 20M oder 500KiB/s), damit ein langsamer USB-Stick oder eine Netzwerkfreigabe Raum für andere Arbeit lässt.</translation>
    </message>
    <message>
        <source>Read both ranges back after the copy and compare them; with --sync, DESTINATION is read back from the disk, not the page cache. A difference is named by its first offset and how many bytes differ.</source>
        <translation>Beide Bereiche nach dem Kopieren zurücklesen und vergleichen; mit --sync wird DESTINATION vom Datenträger gelesen, nicht aus dem Seitencache. Ein Unterschied wird mit seinem ersten Offset und der Anzahl abweichender Bytes gemeldet.</translation>
    </message>
    <message>
        <source>Compute a digest of the copied range while copying: md5, sha1, sha256, sha512, blake2b (BLAKE2b-512, as b2sum), xxh3 or xxh128. May be given several times; printed as sha256sum prints them.</source>
        <translation>Während des Kopierens eine Prüfsumme des kopierten Bereichs berechnen: md5, sha1, sha256, sha512, blake2b (BLAKE2b-512, wie b2sum), xxh3 oder xxh128. Mehrfach angebbar; Ausgabe im Format von sha256sum.</translation>
    </message>
    <message>
        <source>Write a checksum file for each --hash beside DESTINATION (DESTINATION.sha256, .b2, .xxh3, ...), which sha256sum -c, b2sum -c, md5sum -c and xxhsum -c check; --hash-file=PATH for one digest. Replace and new mode.</source>
        <translation>Für jedes --hash eine Prüfsummendatei neben DESTINATION schreiben (DESTINATION.sha256, .b2, .xxh3, ...), die sha256sum -c, b2sum -c, md5sum -c und xxhsum -c prüfen können; --hash-file=PATH für eine einzelne Prüfsumme. Modus replace und new.</translation>
    </message>
    <message>
        <source>The range must have this digest (e.g. sha256:9f86d0...): in replace and new mode DESTINATION is put in place only if it matches; in overwrite and append mode it is checked before anything is written. Exit 2 when it does not match.</source>
        <translation>Der Bereich muss diese Prüfsumme haben (z. B. sha256:9f86d0...): im Modus replace und new wird DESTINATION nur bei Übereinstimmung eingesetzt; im Modus overwrite und append wird sie geprüft, bevor etwas geschrieben wird. Exit-Status 2, wenn sie nicht übereinstimmt.</translation>
    </message>
    <message>
        <source>Flush DESTINATION to disk before reporting success.</source>
        <translation>DESTINATION vor der Erfolgsmeldung auf den Datenträger schreiben.</translation>
    </message>
    <message>
        <source>Print the first bytes of the copy, read back from DESTINATION (--preview=N for N bytes, default 100).</source>
        <translation>Die ersten Bytes der Kopie ausgeben, aus DESTINATION zurückgelesen (--preview=N für N Bytes, Standard 100).</translation>
    </message>
    <message>
        <source>Print one JSON object with the result instead of text.</source>
        <translation>Statt Text ein JSON-Objekt mit dem Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <source>Show a live progress line on standard error; --progress=json writes JSON lines there instead (start, progress with bytes, speed and time left, end of each copy), for other programs.</source>
        <translation>Eine laufend aktualisierte Fortschrittszeile auf der Standardfehlerausgabe zeigen; --progress=json schreibt dort stattdessen JSON-Zeilen für andere Programme (start, progress mit Bytes, Geschwindigkeit und verbleibender Zeit, end jeder Kopie).</translation>
    </message>
    <message>
        <source>Run the copies listed in FILE (- for standard input), one JSON object per line with the keys of --json&apos;s output: {&quot;source&quot;: ..., &quot;destination&quot;: ..., &quot;offset&quot;: ..., &quot;count&quot;: ..., &quot;mode&quot;: ...}. Prints one JSON result per line, with &quot;line&quot;: N. Exit 0 when all succeeded, 2 when any failed, 1 for a malformed line (nothing is copied then).</source>
        <translation>Die in FILE aufgeführten Kopien ausführen (- für die Standardeingabe), ein JSON-Objekt pro Zeile mit den Schlüsseln der Ausgabe von --json: {&quot;source&quot;: ..., &quot;destination&quot;: ..., &quot;offset&quot;: ..., &quot;count&quot;: ..., &quot;mode&quot;: ...}. Gibt ein JSON-Ergebnis pro Zeile aus, mit &quot;line&quot;: N. Exit-Status 0, wenn alle erfolgreich waren, 2, wenn eine fehlschlug, 1 bei einer fehlerhaften Zeile (dann wird nichts kopiert).</translation>
    </message>
    <message>
        <source>Split SOURCE into pieces of SIZE bytes named SOURCE.001, SOURCE.002, ... (in FOLDER, the second argument, or beside SOURCE), each put in place atomically; with --hash, one checksum file for all pieces.</source>
        <translation>SOURCE in Teile zu je SIZE Bytes namens SOURCE.001, SOURCE.002, ... aufteilen (in FOLDER, dem zweiten Argument, oder neben SOURCE), jeder atomar eingesetzt; mit --hash eine Prüfsummendatei für alle Teile.</translation>
    </message>
    <message>
        <source>Split SOURCE into N pieces of equal size (the last may be shorter).</source>
        <translation>SOURCE in N gleich große Teile aufteilen (der letzte kann kürzer sein).</translation>
    </message>
    <message>
        <source>Join the pieces given as arguments, in their order, into DESTINATION, which is put in place only once all are in. A first piece NAME.001 alone brings the rest of its run; a missing one is refused.</source>
        <translation>Die als Argumente angegebenen Teile in ihrer Reihenfolge zu DESTINATION zusammenfügen, das erst eingesetzt wird, wenn alle enthalten sind. Ein erster Teil NAME.001 allein bringt die übrigen seiner Reihe mit; fehlt einer, wird der Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>List what SOURCE holds: partition tables and partitions, file systems, archives and compressed streams, images, documents and programs, each with its offset and length (and how the length is known), in one pass. With --json, one object: {&quot;items&quot;: [...], &quot;scanned_bytes&quot;: N}.</source>
        <translation>In einem Durchgang auflisten, was SOURCE enthält: Partitionstabellen und Partitionen, Dateisysteme, Archive und komprimierte Datenströme, Bilder, Dokumente und Programme, jeweils mit Offset und Länge (und woher die Länge bekannt ist). Mit --json ein Objekt: {&quot;items&quot;: [...], &quot;scanned_bytes&quot;: N}.</translation>
    </message>
    <message>
        <source>With --batch: stop at the first copy that fails.</source>
        <translation>Mit --batch: beim ersten fehlgeschlagenen Kopiervorgang anhalten.</translation>
    </message>
    <message>
        <source>Keep what the copy changes in DESTINATION beside it (.NAME.rangecopy-undo*), so that --undo can put it back: the bytes an overwrite replaces, the length before an append, a replaced file. Until the next copy into it.</source>
        <translation>Was der Kopiervorgang in DESTINATION ändert, daneben aufbewahren (.NAME.rangecopy-undo*), damit --undo es wiederherstellen kann: die Bytes, die ein overwrite ersetzt, die Länge vor einem append, eine ersetzte Datei. Gilt bis zur nächsten Kopie in diese Datei.</translation>
    </message>
    <message>
        <source>Replace and new mode: if the copy fails or is cancelled (also if it is killed), keep what was copied beside DESTINATION (.NAME.rangecopy-partial, removed after 7 days) for --resume.</source>
        <translation>Modus replace und new: schlägt der Kopiervorgang fehl oder wird er abgebrochen (auch wenn der Prozess beendet wird), das bereits Kopierte für --resume neben DESTINATION aufbewahren (.NAME.rangecopy-partial, nach 7 Tagen entfernt).</translation>
    </message>
    <message>
        <source>Go on with a copy that --keep-partial kept: the same SOURCE, range and DESTINATION, SOURCE unchanged; the part is checked against SOURCE and only the rest is copied. Without a kept part the copy starts from the beginning.</source>
        <translation>Einen Kopiervorgang fortsetzen, dessen Teil --keep-partial aufbewahrt hat: dieselbe SOURCE, derselbe Bereich und dasselbe DESTINATION, SOURCE unverändert; der Teil wird mit SOURCE abgeglichen und nur der Rest kopiert. Ohne aufbewahrten Teil beginnt der Kopiervorgang von vorn.</translation>
    </message>
    <message>
        <source>Let DESTINATION be a block device (a disk, a partition, an SD card): overwrite mode only, never while it is mounted, flushed before success. What the range covers on it is lost.</source>
        <translation>DESTINATION darf ein Blockgerät sein (ein Datenträger, eine Partition, eine SD-Karte): nur im Modus overwrite, nie während es eingehängt ist, vor der Erfolgsmeldung auf den Datenträger geschrieben. Was der Bereich darauf abdeckt, geht verloren.</translation>
    </message>
    <message>
        <source>Compare the range of SOURCE with OTHER (from --other-offset) and copy nothing: the first differing byte and how many differ. Exit 0 when the same, 3 when they differ.</source>
        <translation>Den Bereich von SOURCE mit OTHER (ab --other-offset) vergleichen und nichts kopieren: das erste abweichende Byte und die Anzahl abweichender Bytes. Exit-Status 0 bei Gleichheit, 3 bei Unterschieden.</translation>
    </message>
    <message>
        <source>With --compare: start at byte N of OTHER (default 0).</source>
        <translation>Mit --compare: bei Byte N von OTHER beginnen (Standard 0).</translation>
    </message>
    <message>
        <source>Put DESTINATION back as it was before the last copy into it made with --backup (or by the window), and copy nothing. Refused when the file was changed since.</source>
        <translation>DESTINATION in den Zustand vor der letzten mit --backup (oder im Fenster) darin ausgeführten Kopie zurückversetzen und nichts kopieren. Wird abgelehnt, wenn die Datei seitdem geändert wurde.</translation>
    </message>
    <message>
        <source>--compare needs SOURCE, whose range is compared</source>
        <translation>--compare benötigt SOURCE, deren Bereich verglichen wird</translation>
    </message>
    <message>
        <source>--compare takes SOURCE only, not a DESTINATION: it copies nothing</source>
        <translation>--compare akzeptiert nur SOURCE, kein DESTINATION: es wird nichts kopiert</translation>
    </message>
    <message>
        <source>the SOURCE path is empty</source>
        <translation>der Pfad für SOURCE ist leer</translation>
    </message>
    <message>
        <source>the --compare path is empty</source>
        <translation>der Pfad für --compare ist leer</translation>
    </message>
    <message>
        <source>--batch takes no SOURCE or DESTINATION: each line of %1 names its own</source>
        <translation>--batch akzeptiert kein SOURCE oder DESTINATION: jede Zeile von %1 nennt ihre eigenen</translation>
    </message>
    <message>
        <source>--batch takes the options of each copy from its line, not from the command line: put %1 into the lines (see --help)</source>
        <translation>--batch übernimmt die Optionen jedes Kopiervorgangs aus dessen Zeile, nicht von der Befehlszeile: schreiben Sie %1 in die Zeilen (siehe --help)</translation>
    </message>
    <message>
        <source>the --batch path is empty: name a file, or - for standard input</source>
        <translation>der Pfad für --batch ist leer: geben Sie eine Datei an oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 akzeptiert %2 nicht</translation>
    </message>
    <message>
        <source>give --split SIZE or --split-count N, not both</source>
        <translation>geben Sie --split SIZE oder --split-count N an, nicht beides</translation>
    </message>
    <message>
        <source>--split needs SOURCE (and may take a FOLDER)</source>
        <translation>--split benötigt SOURCE (und akzeptiert optional einen FOLDER)</translation>
    </message>
    <message>
        <source>too many arguments: --split takes SOURCE and a FOLDER, got %1 too</source>
        <translation>zu viele Argumente: --split akzeptiert SOURCE und einen FOLDER, zusätzlich erhalten: %1</translation>
    </message>
    <message>
        <source>--split: a piece must hold at least 1 byte</source>
        <translation>--split: ein Teil muss mindestens 1 Byte enthalten</translation>
    </message>
    <message>
        <source>--split-count: %1 is not a number of pieces from 1 to 999999</source>
        <translation>--split-count: %1 ist keine Anzahl von Teilen zwischen 1 und 999999</translation>
    </message>
    <message>
        <source>--hash: unknown digest %1: use %2</source>
        <translation>--hash: unbekanntes Prüfsummenverfahren %1: verwenden Sie %2</translation>
    </message>
    <message>
        <source>--join needs the pieces: the first one (NAME.001) or each of them in order</source>
        <translation>--join benötigt die Teile: den ersten (NAME.001) oder alle der Reihe nach</translation>
    </message>
    <message>
        <source>the --join path is empty</source>
        <translation>der Pfad für --join ist leer</translation>
    </message>
    <message>
        <source>a piece&apos;s path is empty</source>
        <translation>der Pfad eines Teils ist leer</translation>
    </message>
    <message>
        <source>--scan takes one SOURCE: the file or disk to look into</source>
        <translation>--scan akzeptiert genau eine SOURCE: die Datei oder den Datenträger, der durchsucht werden soll</translation>
    </message>
    <message>
        <source>Copy a byte range of SOURCE into DESTINATION with sendfile(2).

Numbers take bytes (4096), hexadecimal (0x1000) and units: K/KiB = 1024, KB = 1000,
M/MiB, MB, G/GiB, GB, T/TiB, TB, e.g. &quot;4 KiB&quot; or 1.5MB.

With --undo DESTINATION, the last copy into DESTINATION is undone instead.

Exit status: 0 success (also when SOURCE ended before the count), 1 bad usage or
input (nothing written; also an undo refused), 2 the transfer or the undo failed,
130 interrupted.</source>
        <translation>Einen Byte-Bereich von SOURCE mit sendfile(2) in DESTINATION kopieren.

Zahlen als Bytes (4096), hexadezimal (0x1000) oder mit Einheiten: K/KiB = 1024, KB = 1000,
M/MiB, MB, G/GiB, GB, T/TiB, TB, z. B. &quot;4 KiB&quot; oder 1.5MB.

Mit --undo DESTINATION wird stattdessen die letzte Kopie in DESTINATION rückgängig gemacht.

Exit-Status: 0 Erfolg (auch wenn SOURCE vor Erreichen der Anzahl endete), 1 falsche Verwendung
oder Eingabe (nichts geschrieben; auch abgelehntes Rückgängigmachen), 2 Übertragung oder
Rückgängigmachen fehlgeschlagen, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>The file to copy from.</source>
        <translation>Die Datei, aus der kopiert wird.</translation>
    </message>
    <message>
        <source>The file to copy into.</source>
        <translation>Die Datei, in die kopiert wird.</translation>
    </message>
    <message>
        <source>--progress=%1: the only form is --progress=json</source>
        <translation>--progress=%1: die einzige zulässige Form ist --progress=json</translation>
    </message>
    <message>
        <source>--stop-on-error goes with --batch only</source>
        <translation>--stop-on-error ist nur zusammen mit --batch möglich</translation>
    </message>
    <message>
        <source>--undo takes no SOURCE or DESTINATION: it undoes the last copy into the file it names</source>
        <translation>--undo akzeptiert kein SOURCE oder DESTINATION: es macht die letzte Kopie in die angegebene Datei rückgängig</translation>
    </message>
    <message>
        <source>the --undo path is empty</source>
        <translation>der Pfad für --undo ist leer</translation>
    </message>
    <message>
        <source>--other-offset goes with --compare only</source>
        <translation>--other-offset ist nur zusammen mit --compare möglich</translation>
    </message>
    <message>
        <source>missing SOURCE and DESTINATION (see --help)</source>
        <translation>SOURCE und DESTINATION fehlen (siehe --help)</translation>
    </message>
    <message>
        <source>missing DESTINATION (see --help)</source>
        <translation>DESTINATION fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>too many arguments: expected SOURCE and DESTINATION, got %1 too</source>
        <translation>zu viele Argumente: SOURCE und DESTINATION erwartet, zusätzlich erhalten: %1</translation>
    </message>
    <message>
        <source>the DESTINATION path is empty</source>
        <translation>der Pfad für DESTINATION ist leer</translation>
    </message>
    <message>
        <source>--dest-offset goes with --mode overwrite only</source>
        <translation>--dest-offset ist nur zusammen mit --mode overwrite möglich</translation>
    </message>
    <message>
        <source>--method: unknown method %1: use %2</source>
        <translation>--method: unbekannte Methode %1: verwenden Sie %2</translation>
    </message>
    <message>
        <source>--sparse: unknown value %1: use %2</source>
        <translation>--sparse: unbekannter Wert %1: verwenden Sie %2</translation>
    </message>
    <message>
        <source>--limit-rate: a rate of 0 would copy nothing; leave the option out to copy at full speed</source>
        <translation>--limit-rate: bei einer Rate von 0 würde nichts kopiert; lassen Sie die Option weg, um mit voller Geschwindigkeit zu kopieren</translation>
    </message>
    <message>
        <source>--hash-file=: the checksum file&apos;s path is empty</source>
        <translation>--hash-file=: der Pfad der Prüfsummendatei ist leer</translation>
    </message>
</context>
<context>
    <name>rangecopy::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare %1 from byte %2 of %3 with the bytes of another file.</source>
        <translation>%1 ab Byte %2 von %3 mit den Bytes einer anderen Datei vergleichen.</translation>
    </message>
    <message>
        <source>Compare %1 from byte %2 to its end with the bytes of another file.</source>
        <translation>%1 ab Byte %2 bis zum Ende mit den Bytes einer anderen Datei vergleichen.</translation>
    </message>
    <message>
        <source>File to compare with</source>
        <translation>Vergleichsdatei</translation>
    </message>
    <message>
        <source>Offset in the file to compare with</source>
        <translation>Offset in der Vergleichsdatei</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Vergleichsergebnis</translation>
    </message>
    <message>
        <source>&amp;Other file:</source>
        <translation>A&amp;ndere Datei:</translation>
    </message>
    <message>
        <source>&amp;From byte:</source>
        <translation>Ab Byt&amp;e:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose a file and press Compare.</source>
        <translation>Wählen Sie eine Datei und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Andere Datei</translation>
    </message>
    <message>
        <source>From byte: %1</source>
        <translation>Ab Byte: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>The same bytes.</source>
        <translation>Dieselben Bytes.</translation>
    </message>
    <message>
        <source>The first differing byte.</source>
        <translation>Das erste abweichende Byte.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Andere Datei: %1</translation>
    </message>
</context>
<context>
    <name>rangecopy::CompareResult</name>
    <message>
        <source>the comparison was cancelled</source>
        <translation>der Vergleich wurde abgebrochen</translation>
    </message>
    <message>
        <source>the %1 from byte %2 of %3 are the same in %4 from byte %5</source>
        <translation>die %1 ab Byte %2 von %3 sind in %4 ab Byte %5 gleich</translation>
    </message>
    <message>
        <source>of the %1 compared, %2; the first at byte %3 of %4 (0x%5) and byte %6 of %7 (0x%8)</source>
        <translation>von den verglichenen %1: %2; das erste bei Byte %3 von %4 (0x%5) und Byte %6 von %7 (0x%8)</translation>
    </message>
    <message>
        <source>cannot compare %1: it is not a file or a disk</source>
        <translation>%1 kann nicht verglichen werden: es ist weder eine Datei noch ein Datenträger</translation>
    </message>
    <message>
        <source>cannot read %1 or %2 to compare them: %3</source>
        <translation>%1 oder %2 kann zum Vergleichen nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>rangecopy::ContentsPanel</name>
    <message>
        <source>Find Contents</source>
        <translation>Inhalt finden</translation>
    </message>
    <message>
        <source>Cancel Scan</source>
        <translation>Durchsuchen abbrechen</translation>
    </message>
    <message>
        <source>Copy This</source>
        <translation>Dies kopieren</translation>
    </message>
    <message>
        <source>Extract All…</source>
        <translation>Alle extrahieren…</translation>
    </message>
    <message>
        <source>List what the source holds: partitions, file systems, archives, images, programs (Ctrl+Shift+F)</source>
        <translation>Auflisten, was die Quelle enthält: Partitionen, Dateisysteme, Archive, Bilder, Programme (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Fill the form to copy the chosen item into a file of its own</source>
        <translation>Das Formular so ausfüllen, dass das gewählte Element in eine eigene Datei kopiert wird</translation>
    </message>
    <message>
        <source>Queue one copy for every item whose length is known, into a folder</source>
        <translation>Für jedes Element mit bekannter Länge eine Kopie in einen Ordner zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contents of the source</source>
        <translation>Inhalt der Quelle</translation>
    </message>
    <message>
        <source>Choose a source, then Find Contents lists what it holds.</source>
        <translation>Wählen Sie eine Quelle; „Inhalt finden“ listet dann auf, was sie enthält.</translation>
    </message>
    <message>
        <source>Find Contents lists what %1 holds: partitions, file systems, archives, images and programs, with their offsets and lengths.</source>
        <translation>„Inhalt finden“ listet auf, was %1 enthält: Partitionen, Dateisysteme, Archive, Bilder und Programme, mit ihren Offsets und Längen.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled before the file answered.</source>
        <translation>Das Durchsuchen von %1 wurde abgebrochen, bevor die Datei antwortete.</translation>
    </message>
    <message>
        <source>%1 has not answered for %2 s. Cancel Scan gives up on it.</source>
        <translation>%1 antwortet seit %2 s nicht. „Durchsuchen abbrechen“ gibt die Datei auf.</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation>Durchsuchen… %1 von %2</translation>
    </message>
    <message>
        <source>The scan failed: %1.</source>
        <translation>Das Durchsuchen ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>%1. Found so far: %2.</source>
        <translation>%1. Bisher gefunden: %2.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3). Choose one to make it the range.</source>
        <translation>%1 in %2 (%3). Wählen Sie ein Element, um es zum Bereich zu machen.</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 bytes, from the %2</source>
        <translation>%1 Bytes, ermittelt aus: %2</translation>
    </message>
    <message>
        <source>The start is certain, the end is not.</source>
        <translation>Der Anfang ist sicher, das Ende nicht.</translation>
    </message>
    <message>
        <source>Its length is not known: choose it, and set the count in the form</source>
        <translation>Die Länge ist unbekannt: Wählen Sie das Element und legen Sie die Anzahl im Formular fest</translation>
    </message>
</context>
<context>
    <name>rangecopy::Digest</name>
    <message>
        <source>%1 is not a checksum: write ALGORITHM:DIGEST, for example sha256:9f86d0…; the algorithms are %2</source>
        <translation>%1 ist keine Prüfsumme: schreiben Sie ALGORITHM:DIGEST, zum Beispiel sha256:9f86d0…; die Algorithmen sind %2</translation>
    </message>
    <message>
        <source>a checksum of %1 digits can be %2; write %3 to say which</source>
        <translation>eine Prüfsumme mit %1 Ziffern kann %2 sein; schreiben Sie %3, um anzugeben, welche</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>unknown digest algorithm %1: use %2</source>
        <translation>unbekannter Prüfsummenalgorithmus %1: verwenden Sie %2</translation>
    </message>
    <message>
        <source>a %1 digest is %2 hexadecimal digits; %3 is not one</source>
        <translation>eine %1-Prüfsumme hat %2 Hexadezimalziffern; %3 ist keine</translation>
    </message>
</context>
<context>
    <name>rangecopy::FileError</name>
    <message>
        <source>%1 did not answer within %2 s; it may be on a network mount that is not responding. RangeCopy stopped waiting: check the mount, or choose another file.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; möglicherweise liegt die Datei auf einer Netzwerkeinbindung, die nicht reagiert. RangeCopy wartet nicht länger: Prüfen Sie die Einbindung oder wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>rangecopy::HexLayout</name>
    <message>
        <source>%1, 1 byte</source>
        <translation>%1, 1 Byte</translation>
    </message>
    <message>
        <source>%1–%2, %3</source>
        <translation>%1–%2, %3</translation>
    </message>
</context>
<context>
    <name>rangecopy::HexView</name>
    <message>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <source>Only the first 16 MiB of the selection were copied.</source>
        <translation>Nur die ersten 16 MiB der Auswahl wurden kopiert.</translation>
    </message>
    <message>
        <source>Copy as &amp;Hex</source>
        <translation>Als &amp;Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Use Selection as Range</source>
        <translation>Auswahl als Bereich &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>rangecopy::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
    <message>
        <source>(decoded at %1 × %2)</source>
        <translation>(dekodiert mit %1 × %2)</translation>
    </message>
</context>
<context>
    <name>rangecopy::JobDescription</name>
    <message>
        <source>%1 must be the path&apos;s bytes in hexadecimal</source>
        <translation>%1 muss die Bytes des Pfades in Hexadezimalschreibweise enthalten</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be a path</source>
        <translation>%1 muss ein Pfad sein</translation>
    </message>
    <message>
        <source>%1 must be a number of bytes, such as 4096 or &quot;4 KiB&quot;</source>
        <translation>%1 muss eine Anzahl Bytes sein, etwa 4096 oder &quot;4 KiB&quot;</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <source>%1 must be a list of digest names, such as [&quot;sha256&quot;]</source>
        <translation>%1 muss eine Liste von Prüfsummennamen sein, etwa [&quot;sha256&quot;]</translation>
    </message>
    <message>
        <source>%1: unknown digest %2: use %3</source>
        <translation>%1: unbekannte Prüfsumme %2: verwenden Sie %3</translation>
    </message>
    <message>
        <source>%1 must be true, false or the checksum file&apos;s path</source>
        <translation>%1 muss true, false oder der Pfad der Prüfsummendatei sein</translation>
    </message>
    <message>
        <source>unknown key %1 in a join: use %2</source>
        <translation>unbekannter Schlüssel %1 beim Zusammenfügen: verwenden Sie %2</translation>
    </message>
    <message>
        <source>%1 must be a list of the pieces&apos; paths, such as [&quot;disk.img.001&quot;, &quot;disk.img.002&quot;]</source>
        <translation>%1 muss eine Liste der Pfade der Teile sein, etwa [&quot;disk.img.001&quot;, &quot;disk.img.002&quot;]</translation>
    </message>
    <message>
        <source>unknown key %1: use %2</source>
        <translation>unbekannter Schlüssel %1: verwenden Sie %2</translation>
    </message>
    <message>
        <source>&apos;dest_offset&apos; goes with &quot;mode&quot;: &quot;overwrite&quot; only</source>
        <translation>&apos;dest_offset&apos; ist nur mit &quot;mode&quot;: &quot;overwrite&quot; zulässig</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>a job is one JSON object, {&quot;source&quot;: …, &quot;destination&quot;: …}</source>
        <translation>ein Auftrag ist ein JSON-Objekt, {&quot;source&quot;: …, &quot;destination&quot;: …}</translation>
    </message>
</context>
<context>
    <name>rangecopy::JobQueue</name>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>all from %1</source>
        <translation>alles ab %1</translation>
    </message>
    <message>
        <source>join</source>
        <translation>join</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>rangecopy::JobsPanel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Queued copies</source>
        <translation>Kopien in der Warteschlange</translation>
    </message>
    <message>
        <source>Run Queue</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the queued copies one after another (Start does too)</source>
        <translation>Die Kopien in der Warteschlange nacheinander ausführen (ebenso mit „Starten“)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Queue the selected failed, skipped or cancelled copies again</source>
        <translation>Die ausgewählten fehlgeschlagenen, übersprungenen oder abgebrochenen Kopien erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected copies from the queue (Delete)</source>
        <translation>Die ausgewählten Kopien aus der Warteschlange entfernen (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected copies up (Ctrl+Up)</source>
        <translation>Die ausgewählten Kopien nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected copies down (Ctrl+Down)</source>
        <translation>Die ausgewählten Kopien nach unten verschieben (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <source>Remove the copies that are done or were skipped</source>
        <translation>Die fertigen oder übersprungenen Kopien entfernen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the queue as a JSON Lines file, which rangecopy-cli --batch runs too</source>
        <translation>Die Warteschlange als JSON-Lines-Datei speichern, die auch rangecopy-cli --batch ausführen kann</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Add the copies of a saved queue (or a --batch file)</source>
        <translation>Die Kopien einer gespeicherten Warteschlange (oder einer --batch-Datei) hinzufügen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>When a destination exists</source>
        <translation>Wenn ein Ziel vorhanden ist</translation>
    </message>
    <message>
        <source>When a destination exists:</source>
        <translation>Wenn ein Ziel vorhanden ist:</translation>
    </message>
    <message>
        <source>Finished copies</source>
        <translation>Abgeschlossene Kopien</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Add the selected copies to the queue once more</source>
        <translation>Die ausgewählten Kopien noch einmal zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>rangecopy::JoinDialog</name>
    <message>
        <source>Join Pieces</source>
        <translation>Teile zusammenfügen</translation>
    </message>
    <message>
        <source>Choose the first piece (NAME.001): the rest of its run is found beside it. The pieces are joined into a temporary file, which takes the destination&apos;s place once every piece is in.</source>
        <translation>Wählen Sie den ersten Teil (NAME.001): Die übrigen Teile der Reihe werden im selben Ordner gefunden. Die Teile werden in eine temporäre Datei zusammengefügt, die den Platz des Ziels einnimmt, sobald alle Teile darin sind.</translation>
    </message>
    <message>
        <source>First piece</source>
        <translation>Erster Teil</translation>
    </message>
    <message>
        <source>Joined file</source>
        <translation>Zusammengefügte Datei</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The pieces</source>
        <translation>Die Teile</translation>
    </message>
    <message>
        <source>&amp;First piece:</source>
        <translation>&amp;Erster Teil:</translation>
    </message>
    <message>
        <source>&amp;Join into:</source>
        <translation>&amp;Zusammenfügen in:</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Choose the first piece.</source>
        <translation>Wählen Sie den ersten Teil.</translation>
    </message>
    <message>
        <source>Looking for the pieces…</source>
        <translation>Teile werden gesucht…</translation>
    </message>
    <message>
        <source>%1 pieces, %2 in all.</source>
        <translation>%1 Teile, insgesamt %2.</translation>
    </message>
    <message>
        <source>Choose the file to join them into.</source>
        <translation>Wählen Sie die Datei, in die sie zusammengefügt werden.</translation>
    </message>
    <message>
        <source>%1 exists: it is replaced once every piece is in.</source>
        <translation>%1 existiert: Die Datei wird ersetzt, sobald alle Teile zusammengefügt sind.</translation>
    </message>
    <message>
        <source>The folder of %1 did not answer within 2 s.</source>
        <translation>Der Ordner von %1 hat nicht innerhalb von 2 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>rangecopy::LaunchOptions</name>
    <message>
        <source>RangeCopy: copy a byte range of one file into another.
The arguments fill in the window; the copy starts when you press Start.</source>
        <translation>RangeCopy: einen Byte-Bereich einer Datei in eine andere kopieren.
Die Argumente werden ins Fenster übernommen; der Kopiervorgang beginnt, wenn Sie auf Starten klicken.</translation>
    </message>
    <message>
        <source>The file to copy from.</source>
        <translation>Die Datei, aus der kopiert wird.</translation>
    </message>
    <message>
        <source>The file to copy into.</source>
        <translation>Die Datei, in die kopiert wird.</translation>
    </message>
    <message>
        <source>too many arguments: expected at most SOURCE and DESTINATION</source>
        <translation>zu viele Argumente: höchstens SOURCE und DESTINATION erwartet</translation>
    </message>
    <message>
        <source>Open with the Contents list finding what SOURCE holds: partitions, file systems, archives, images.</source>
        <translation>Mit der Inhaltsliste öffnen, die findet, was SOURCE enthält: Partitionen, Dateisysteme, Archive, Bilder.</translation>
    </message>
    <message>
        <source>--find-contents needs a SOURCE to look into</source>
        <translation>--find-contents braucht eine SOURCE, die durchsucht wird</translation>
    </message>
</context>
<context>
    <name>rangecopy::LineIndex</name>
    <message>
        <source>cannot count the lines of %1: it is not a regular file</source>
        <translation>die Zeilen von %1 können nicht gezählt werden: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::MainWindow</name>
    <message>
        <source>1 copy</source>
        <translation>1 Kopie</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 Kopien</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel and Keep</source>
        <translation>Abbrechen und behalten</translation>
    </message>
    <message>
        <source>Add to Queue</source>
        <translation>Zur Warteschlange</translation>
    </message>
    <message>
        <source>RangeCopy</source>
        <translation>RangeCopy</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Checksums copied to the clipboard.</source>
        <translation>Prüfsummen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Start Copy</source>
        <translation>Kopieren &amp;starten</translation>
    </message>
    <message>
        <source>Copy the chosen range into the destination</source>
        <translation>Den gewählten Bereich in das Ziel kopieren</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Add this copy to the queue, to run it later</source>
        <translation>Diese Kopie zur Warteschlange hinzufügen, um sie später auszuführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <translation>&amp;Quelle wählen…</translation>
    </message>
    <message>
        <source>Choose &amp;Destination…</source>
        <translation>&amp;Ziel wählen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Spli&amp;t…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>Copy the source into pieces NAME.001, NAME.002, … (for a FAT32 stick, a mail)</source>
        <translation>Die Quelle in Teile NAME.001, NAME.002, … kopieren (für einen FAT32-Stick, eine E-Mail)</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>Zusammen&amp;fügen…</translation>
    </message>
    <message>
        <source>Join the pieces NAME.001, NAME.002, … of a split into one file</source>
        <translation>Die Teile NAME.001, NAME.002, … einer Aufteilung zu einer Datei zusammenfügen</translation>
    </message>
    <message>
        <source>S&amp;wap Source and Destination</source>
        <translation>Quelle und Ziel &amp;tauschen</translation>
    </message>
    <message>
        <source>Copy back: the destination becomes the source</source>
        <translation>Zurückkopieren: Das Ziel wird zur Quelle</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Ziel&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the destination&apos;s folder in the file manager</source>
        <translation>Den Ordner des Ziels im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Result</source>
        <translation>&amp;Ergebnis kopieren</translation>
    </message>
    <message>
        <source>Copy the result and its details to the clipboard</source>
        <translation>Das Ergebnis und seine Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the source range with another file, byte for byte, without copying</source>
        <translation>Den Quellbereich Byte für Byte mit einer anderen Datei vergleichen, ohne zu kopieren</translation>
    </message>
    <message>
        <source>&amp;Source Range</source>
        <translation>&amp;Quellbereich</translation>
    </message>
    <message>
        <source>Preview the source range the inputs describe (Ctrl+1)</source>
        <translation>Vorschau des Quellbereichs, den die Eingaben beschreiben (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Copied Bytes</source>
        <translation>&amp;Kopierte Bytes</translation>
    </message>
    <message>
        <source>Preview the bytes the last copy wrote, read back from the destination (Ctrl+2)</source>
        <translation>Vorschau der Bytes, die die letzte Kopie geschrieben hat, aus dem Ziel zurückgelesen (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Copy</source>
        <translation>Letzte Kopie &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Put the destination back as it was before the last copy into it</source>
        <translation>Das Ziel auf den Stand vor der letzten Kopie zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Find Contents</source>
        <translation>&amp;Inhalt finden</translation>
    </message>
    <message>
        <source>List what the source holds: partitions, file systems, archives, images, programs</source>
        <translation>Auflisten, was die Quelle enthält: Partitionen, Dateisysteme, Archive, Bilder, Programme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>Übe&amp;rtragung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About RangeCopy</source>
        <translation>Ü&amp;ber RangeCopy</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Start the copy (Ctrl+Return)</source>
        <translation>Kopiervorgang starten (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Pause or resume the copy (Ctrl+P)</source>
        <translation>Kopiervorgang pausieren oder fortsetzen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel the copy (Esc)</source>
        <translation>Kopiervorgang abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Add this copy to the queue (Ctrl+Shift+Return)</source>
        <translation>Diese Kopie zur Warteschlange hinzufügen (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>Cancel the copy but keep what it copied, to resume it later (Shift+Esc)</source>
        <translation>Kopiervorgang abbrechen, aber das bereits Kopierte behalten, um ihn später fortzusetzen (Shift+Esc)</translation>
    </message>
    <message>
        <source>Go on from the part an earlier copy to this destination kept: it is checked against the source, and only the rest is copied</source>
        <translation>Beim aufbewahrten Teil eines früheren Kopiervorgangs in dieses Ziel weitermachen: Er wird mit der Quelle abgeglichen, und nur der Rest wird kopiert</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Kopierfortschritt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the copied bytes?</source>
        <translation>„%1“ ist bereits vorhanden. Durch die kopierten Bytes ersetzen?</translation>
    </message>
    <message>
        <source>If the copy fails or is cancelled, it stays as it is.</source>
        <translation>Schlägt der Kopiervorgang fehl oder wird er abgebrochen, bleibt die Datei unverändert.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message>
        <source>From byte %1 on.</source>
        <translation>Ab Byte %1.</translation>
    </message>
    <message>
        <source>Write into the disk?</source>
        <translation>Auf den Datenträger schreiben?</translation>
    </message>
    <message>
        <source>The copy overwrites part of %1 (%2).</source>
        <translation>Der Kopiervorgang überschreibt einen Teil von %1 (%2).</translation>
    </message>
    <message>
        <source>Overwritten on the disk: %1 What is there now is lost; there is no undo for a disk.</source>
        <translation>Auf dem Datenträger überschrieben: %1 Was dort jetzt steht, geht verloren; bei einem Datenträger lässt sich nichts rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Overwrite Disk</source>
        <translation>&amp;Datenträger überschreiben</translation>
    </message>
    <message>
        <source>Overwrite part of the file?</source>
        <translation>Teil der Datei überschreiben?</translation>
    </message>
    <message>
        <source>Append to the file?</source>
        <translation>An die Datei anhängen?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Über&amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Overwrite Without Undo</source>
        <translation>&amp;Unwiderruflich überschreiben</translation>
    </message>
    <message>
        <source>&amp;Append</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undoing the last copy into %1…</source>
        <translation>Letzte Kopie in %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>skipped: not confirmed</source>
        <translation>übersprungen: nicht bestätigt</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>%1 wird nach %2 kopiert…</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused; press Ctrl+P to resume</source>
        <translation>Pausiert; zum Fortsetzen Ctrl+P drücken</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling, keeping what was copied…</source>
        <translation>Wird abgebrochen, das bereits Kopierte bleibt erhalten…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Run the queue: %1 (Ctrl+Return)</source>
        <translation>Warteschlange ausführen: %1 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume from %1 (%2%)</source>
        <translation>Fortsetzen ab %1 (%2%)</translation>
    </message>
    <message>
        <source>Resume from %1</source>
        <translation>Fortsetzen ab %1</translation>
    </message>
    <message>
        <source>Paused at %1% — RangeCopy</source>
        <translation>Pausiert bei %1% — RangeCopy</translation>
    </message>
    <message>
        <source>%1% — RangeCopy</source>
        <translation>%1% — RangeCopy</translation>
    </message>
    <message>
        <source>Cancelled at %p%</source>
        <translation>Abgebrochen bei %p%</translation>
    </message>
    <message>
        <source>Stopped at %p%</source>
        <translation>Angehalten bei %p%</translation>
    </message>
    <message>
        <source>Copied bytes, read back from %1</source>
        <translation>Kopierte Bytes, aus %1 zurückgelesen</translation>
    </message>
    <message>
        <source>Starts with: %1.</source>
        <translation>Beginnt mit: %1.</translation>
    </message>
    <message>
        <source>The copy, read back, starts with: %1.</source>
        <translation>Die Kopie beginnt, zurückgelesen, mit: %1.</translation>
    </message>
    <message>
        <source>The first differing byte, at %1; %2.</source>
        <translation>Das erste abweichende Byte, bei %1; %2.</translation>
    </message>
    <message>
        <source>The form now holds the rest of the range. %1 Press Start to copy it.</source>
        <translation>Das Formular enthält jetzt den Rest des Bereichs. %1 Drücken Sie „Starten“, um ihn zu kopieren.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Source range, where the copy read back differed</source>
        <translation>Quellbereich, wo die zurückgelesene Kopie abwich</translation>
    </message>
    <message>
        <source>Source range, what will be copied</source>
        <translation>Quellbereich, der kopiert wird</translation>
    </message>
    <message>
        <source>The range is now the selection: %1</source>
        <translation>Der Bereich ist jetzt die Auswahl: %1</translation>
    </message>
    <message>
        <source>Source and destination swapped.</source>
        <translation>Quelle und Ziel getauscht.</translation>
    </message>
    <message>
        <source>No file manager could open “%1”; open it yourself.</source>
        <translation>Kein Dateimanager konnte „%1“ öffnen; bitte öffnen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>Result copied to the clipboard.</source>
        <translation>Ergebnis in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>About RangeCopy</source>
        <translation>Über RangeCopy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RangeCopy %1&lt;/h3&gt;&lt;p&gt;Copies a byte range of one file into another with Linux sendfile(2), and shows what was copied.&lt;/p&gt;&lt;p&gt;The command-line twin is &lt;tt&gt;rangecopy-cli&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RangeCopy %1&lt;/h3&gt;&lt;p&gt;Kopiert einen Byte-Bereich einer Datei mit Linux sendfile(2) in eine andere und zeigt, was kopiert wurde.&lt;/p&gt;&lt;p&gt;Das Gegenstück für die Kommandozeile ist &lt;tt&gt;rangecopy-cli&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the copy?</source>
        <translation>Kopiervorgang beenden?</translation>
    </message>
    <message>
        <source>A copy is running. Cancel it and quit? The destination is left as the chosen mode promises: untouched for Replace and Create new only.</source>
        <translation>Ein Kopiervorgang läuft. Abbrechen und beenden? Das Ziel bleibt so, wie es der gewählte Modus zusagt: unverändert bei „Ersetzen“ und „Nur neu anlegen“.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Show what the source holds</source>
        <translation>Anzeigen, was die Quelle enthält</translation>
    </message>
    <message>
        <source>Extract All Into</source>
        <translation>Alle extrahieren nach</translation>
    </message>
    <message>
        <source>Choose a source first: Find Contents lists what it holds.</source>
        <translation>Wählen Sie zuerst eine Quelle: „Inhalt finden“ listet auf, was sie enthält.</translation>
    </message>
    <message>
        <source>The range is now %1: %2</source>
        <translation>Der Bereich ist jetzt %1: %2</translation>
    </message>
    <message>
        <source>The form now copies %1 into %2. Press Start (Ctrl+Return).</source>
        <translation>Das Formular kopiert jetzt %1 nach %2. Drücken Sie „Starten“ (Ctrl+Return).</translation>
    </message>
    <message>
        <source>%1 queued into %2. Start (Ctrl+Return) runs them.</source>
        <translation>%1 nach %2 in die Warteschlange gestellt. „Starten“ (Ctrl+Return) führt sie aus.</translation>
    </message>
    <message>
        <source>%1 queued into %2; %3 of unknown length left out. Start (Ctrl+Return) runs them.</source>
        <translation>%1 nach %2 in die Warteschlange gestellt; %3 mit unbekannter Länge ausgelassen. „Starten“ (Ctrl+Return) führt sie aus.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Show the queue and the history of copies</source>
        <translation>Warteschlange und Verlauf der Kopien anzeigen</translation>
    </message>
    <message>
        <source>Save the Queue</source>
        <translation>Warteschlange speichern</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a Queue</source>
        <translation>Warteschlange öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a destination folder</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n files were chosen. Several files are copied into a folder: choose the destination folder first, then drop or choose the files again.</source>
        <translation>
            <numerusform>%n Datei wurde gewählt. Mehrere Dateien werden in einen Ordner kopiert: Wählen Sie zuerst den Zielordner und ziehen oder wählen Sie die Dateien dann erneut.</numerusform>
            <numerusform>%n Dateien wurden gewählt. Mehrere Dateien werden in einen Ordner kopiert: Wählen Sie zuerst den Zielordner und ziehen oder wählen Sie die Dateien dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies queued into %1. Start (Ctrl+Return) runs them.</source>
        <translation>
            <numerusform>%n Kopie nach %1 in die Warteschlange gestellt. „Starten“ (Ctrl+Return) führt sie aus.</numerusform>
            <numerusform>%n Kopien nach %1 in die Warteschlange gestellt. „Starten“ (Ctrl+Return) führt sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 queued. Start (Ctrl+Return) runs them.</source>
        <translation>%1 von %2 in die Warteschlange gestellt. „Starten“ (Ctrl+Return) führt sie aus.</translation>
    </message>
    <message>
        <source>1 piece</source>
        <translation>1 Teil</translation>
    </message>
    <message>
        <source>%1 pieces</source>
        <translation>%1 Teile</translation>
    </message>
    <message>
        <source>The join of %1 pieces into %2 is queued. Start (Ctrl+Return) runs it.</source>
        <translation>Das Zusammenfügen von %1 Teilen zu %2 ist in der Warteschlange. „Starten“ (Ctrl+Return) führt es aus.</translation>
    </message>
    <message>
        <source>Added to the queue: %1 waiting. Start (Ctrl+Return) runs them.</source>
        <translation>Zur Warteschlange hinzugefügt; wartend: %1. „Starten“ (Ctrl+Return) führt sie aus.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Wird zusammengefügt…</translation>
    </message>
    <message>
        <source>Joining %1 pieces into %2…</source>
        <translation>%1 Teile werden zu %2 zusammengefügt…</translation>
    </message>
    <message>
        <source>skipped: %1 exists</source>
        <translation>übersprungen: %1 ist vorhanden</translation>
    </message>
    <message>
        <source>no free name beside %1 to keep both; choose another destination</source>
        <translation>kein freier Name neben %1, um beide zu behalten; wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>the folder of %1 did not answer within 2 s</source>
        <translation>der Ordner von %1 antwortete nicht innerhalb von 2 s</translation>
    </message>
    <message>
        <source>The destination exists</source>
        <translation>Das Ziel ist vorhanden</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Replace it with the copy, skip this copy, or keep both (the copy gets a new name)?</source>
        <translation>Durch die Kopie ersetzen, diese Kopie überspringen oder beide behalten (die Kopie erhält einen neuen Namen)?</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Stop the Queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <source>&amp;Apply to all</source>
        <translation>Auf &amp;alle anwenden</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation>%1 fertig, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>Queue stopped: %1; %n still queued.</source>
        <translation>
            <numerusform>Warteschlange angehalten: %1; %n wartet noch.</numerusform>
            <numerusform>Warteschlange angehalten: %1; %n warten noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue finished: %1.</source>
        <translation>Warteschlange abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Queue saved to %1.</source>
        <translation>Warteschlange in %1 gespeichert.</translation>
    </message>
    <message>
        <source>cannot save the queue to %1: %2</source>
        <translation>die Warteschlange kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Queue not saved</source>
        <translation>Warteschlange nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving the queue to %1 did not finish within 2 s.</source>
        <translation>Das Speichern der Warteschlange in %1 wurde nicht innerhalb von 2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is too large for a queue</source>
        <translation>%1 ist zu groß für eine Warteschlange</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot open the queue: %1; nothing was added</source>
        <translation>die Warteschlange kann nicht geöffnet werden: %1; nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Queue not opened</source>
        <translation>Warteschlange nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 added to the queue from %2.</source>
        <translation>%1 aus %2 zur Warteschlange hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 did not answer within 2 s; nothing was added.</source>
        <translation>%1 antwortete nicht innerhalb von 2 s; nichts wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>rangecopy::PagedFile</name>
    <message>
        <source>cannot show %1: it is not a regular file</source>
        <translation>%1 kann nicht angezeigt werden: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot show %1: reading it takes its bytes away (the kernel hands each message out once), so only a copy reads it</source>
        <translation>%1 kann nicht angezeigt werden: beim Lesen werden seine Bytes entnommen (der Kernel gibt jede Nachricht nur einmal aus), daher liest nur ein Kopiervorgang sie</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File to copy from (or drop one here)</source>
        <translation>Datei, aus der kopiert wird (oder hier ablegen)</translation>
    </message>
    <message>
        <source>File to copy into (or drop one here)</source>
        <translation>Datei, in die kopiert wird (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Recent sources</source>
        <translation>Zuletzt verwendete Quellen</translation>
    </message>
    <message>
        <source>Recent destinations</source>
        <translation>Zuletzt verwendete Ziele</translation>
    </message>
    <message>
        <source>Paths used before (Alt+Down)</source>
        <translation>Zuvor verwendete Pfade (Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Choose the source file (or several)</source>
        <translation>Quelldatei auswählen (oder mehrere)</translation>
    </message>
    <message>
        <source>Choose the destination file</source>
        <translation>Zieldatei auswählen</translation>
    </message>
</context>
<context>
    <name>rangecopy::PreferencesDialog</name>
    <message>
        <source>Before &amp;replacing an existing file</source>
        <translation>Vor dem &amp;Ersetzen einer vorhandenen Datei</translation>
    </message>
    <message>
        <source>Before &amp;overwriting part of an existing file</source>
        <translation>Vor dem Über&amp;schreiben eines Teils einer vorhandenen Datei</translation>
    </message>
    <message>
        <source>Before &amp;appending to an existing file</source>
        <translation>Vor dem &amp;Anhängen an eine vorhandene Datei</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Undo Last Copy</source>
        <translation>Letzte Kopie rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Keep replaced bytes up to:</source>
        <translation>Ersetzte Bytes &amp;behalten bis:</translation>
    </message>
    <message>
        <source>An overwrite keeps the bytes it replaces beside the file, so that Undo can put them back; above this size it keeps nothing, and says so before it starts. Appends and replaces need no copy: they keep the old length, or the replaced file itself.</source>
        <translation>Beim Überschreiben werden die ersetzten Bytes neben der Datei aufbewahrt, damit „Rückgängig“ sie zurückschreiben kann; oberhalb dieser Größe wird nichts aufbewahrt, worauf vor dem Start hingewiesen wird. Anhängen und Ersetzen brauchen keine Kopie: Dafür genügen die alte Länge bzw. die ersetzte Datei selbst.</translation>
    </message>
</context>
<context>
    <name>rangecopy::PreviewPane</name>
    <message>
        <source>Text view</source>
        <translation>Textansicht</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>He&amp;x</source>
        <translation>He&amp;x</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>Suche läuft… %1 %</translation>
    </message>
    <message>
        <source>offset, e.g. 0x1000</source>
        <translation>Offset, z. B. 0x1000</translation>
    </message>
    <message>
        <source>Go to offset</source>
        <translation>Gehe zu Offset</translation>
    </message>
    <message>
        <source>Go to an offset in the file shown (Ctrl+G)</source>
        <translation>Zu einem Offset in der angezeigten Datei gehen (Ctrl+G)</translation>
    </message>
    <message>
        <source>text or hex bytes</source>
        <translation>Text oder Hex-Bytes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in the file shown (Ctrl+F; F3 next, Shift+F3 previous)</source>
        <translation>In der angezeigten Datei suchen (Ctrl+F; F3 weiter, Shift+F3 zurück)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>Suchen als</translation>
    </message>
    <message>
        <source>Hex offsets</source>
        <translation>Hex-Offsets</translation>
    </message>
    <message>
        <source>Decimal offsets</source>
        <translation>Dezimale Offsets</translation>
    </message>
    <message>
        <source>Offset base</source>
        <translation>Zahlenbasis der Offsets</translation>
    </message>
    <message>
        <source>Bytes per row</source>
        <translation>Bytes pro Zeile</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodierung</translation>
    </message>
    <message>
        <source>Make the selected bytes the range to copy</source>
        <translation>Die ausgewählten Bytes zum Kopierbereich machen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <source>&amp;Bytes per row:</source>
        <translation>B&amp;ytes pro Zeile:</translation>
    </message>
    <message>
        <source>Encod&amp;ing:</source>
        <translation>Kod&amp;ierung:</translation>
    </message>
    <message>
        <source>Go to an offset in the preview</source>
        <translation>Zu einem Offset in der Vorschau gehen</translation>
    </message>
    <message>
        <source>Find in the preview</source>
        <translation>In der Vorschau suchen</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>not known: the file did not answer in time</source>
        <translation>unbekannt: die Datei hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The range is empty; the file holds %1.</source>
        <translation>Der Bereich ist leer; die Datei enthält %1.</translation>
    </message>
    <message>
        <source>Bytes %1–%2 of %3 marked (%4); the rest is dimmed.</source>
        <translation>Bytes %1–%2 von %3 markiert (%4); der Rest ist abgeblendet.</translation>
    </message>
    <message>
        <source>The file looks binary, so it opens in Hex.</source>
        <translation>Die Datei scheint binär zu sein, daher wird sie in Hex geöffnet.</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Auswahl: %1</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Gehe zu: %1</translation>
    </message>
    <message>
        <source>Go to: the file is empty.</source>
        <translation>Gehe zu: die Datei ist leer.</translation>
    </message>
    <message>
        <source>Go to: %1 is past the end of the file; its last byte is at %2.</source>
        <translation>Gehe zu: %1 liegt hinter dem Dateiende; das letzte Byte liegt bei %2.</translation>
    </message>
    <message>
        <source>Found at %1.</source>
        <translation>Gefunden bei %1.</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Suchen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Use Selection as Range</source>
        <translation>A&amp;uswahl als Bereich verwenden</translation>
    </message>
</context>
<context>
    <name>rangecopy::RangeLook</name>
    <message>
        <source>Qt cannot decode this image: %1.</source>
        <translation>Qt kann dieses Bild nicht dekodieren: %1.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1. Its bytes may be damaged or cut short.</source>
        <translation>Das Bild kann nicht angezeigt werden: %1. Seine Bytes sind möglicherweise beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The image&apos;s end is not in the range, so it is cut short: what is missing is left blank.</source>
        <translation>Das Ende des Bildes liegt nicht im Bereich, daher ist es abgeschnitten: Was fehlt, bleibt leer.</translation>
    </message>
</context>
<context>
    <name>rangecopy::RangeOptions</name>
    <message>
        <source>Start copying at byte N of SOURCE (default 0).</source>
        <translation>Ab Byte N von SOURCE kopieren (Standard 0).</translation>
    </message>
    <message>
        <source>Copy N bytes (default: to the end of SOURCE).</source>
        <translation>N Bytes kopieren (Standard: bis zum Ende von SOURCE).</translation>
    </message>
    <message>
        <source>What to do to DESTINATION: replace (default), overwrite, append or new.</source>
        <translation>Was mit DESTINATION geschehen soll: replace (Standard), overwrite, append oder new.</translation>
    </message>
    <message>
        <source>--mode: unknown mode %1: use %2</source>
        <translation>--mode: unbekannter Modus %1: verwenden Sie %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::RangeReader</name>
    <message>
        <source>cannot read %1: the offset and length must not be negative</source>
        <translation>%1 kann nicht gelesen werden: Offset und Länge dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>cannot preview %1: it is not a regular file</source>
        <translation>für %1 ist keine Vorschau möglich: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::RegularFile</name>
    <message>
        <source>cannot open %1 for reading: %2</source>
        <translation>%1 kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>die Größe von %1 kann nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::ResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result details</source>
        <translation>Ergebnisdetails</translation>
    </message>
    <message>
        <source>Bytes written</source>
        <translation>Geschriebene Bytes</translation>
    </message>
    <message>
        <source>Continue From There</source>
        <translation>Ab dort fortsetzen</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Prüfsummen</translation>
    </message>
    <message>
        <source>Copy Checksums</source>
        <translation>Prüfsummen kopieren</translation>
    </message>
    <message>
        <source>Last copy</source>
        <translation>Letzte Kopie</translation>
    </message>
    <message>
        <source>Copy the checksums as sha256sum prints them, naming the destination</source>
        <translation>Die Prüfsummen so kopieren, wie sha256sum sie ausgibt, mit dem Namen des Ziels</translation>
    </message>
    <message>
        <source>Put the rest of the range into the form, to be written right after the bytes already written</source>
        <translation>Den Rest des Bereichs ins Formular übernehmen, um ihn direkt hinter die bereits geschriebenen Bytes zu schreiben</translation>
    </message>
    <message>
        <source>Before the inputs changed: %1.</source>
        <translation>Vor der Änderung der Eingaben: %1.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Press Start (Ctrl+Return) to copy.</source>
        <translation>Drücken Sie „Starten“ (Ctrl+Return), um zu kopieren.</translation>
    </message>
    <message>
        <source>%1 Press Start (Ctrl+Return) to copy.</source>
        <translation>%1 Drücken Sie „Starten“ (Ctrl+Return), um zu kopieren.</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
</context>
<context>
    <name>rangecopy::SampleFiles</name>
    <message>
        <source>cannot create the folder &apos;%1&apos; for the sample</source>
        <translation>der Ordner &apos;%1&apos; für das Beispiel kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot place the sample in &apos;%1&apos;: %2</source>
        <translation>das Beispiel kann nicht in &apos;%1&apos; abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::Scan</name>
    <message>
        <source>ZIP archive, 1 entry</source>
        <translation>ZIP-Archiv, 1 Eintrag</translation>
    </message>
    <message>
        <source>ZIP archive, %1 entries</source>
        <translation>ZIP-Archiv, %1 Einträge</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>gzip stream</source>
        <translation>gzip-Datenstrom</translation>
    </message>
    <message>
        <source>gzip stream, %1 → %2</source>
        <translation>gzip-Datenstrom, %1 → %2</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;</source>
        <translation>%1, &quot;%2&quot;</translation>
    </message>
    <message>
        <source>PDF document, version %1</source>
        <translation>PDF-Dokument, Version %1</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>Maschine %1</translation>
    </message>
    <message>
        <source>relocatable</source>
        <translation>verschiebbar</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>shared object</source>
        <translation>gemeinsame Bibliothek</translation>
    </message>
    <message>
        <source>core dump</source>
        <translation>Core-Dump</translation>
    </message>
    <message>
        <source>ELF %1-bit %2 (%3)</source>
        <translation>ELF %1-Bit %2 (%3)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, %3</source>
        <translation>%1 &quot;%2&quot;, %3</translation>
    </message>
    <message>
        <source>%1 file system</source>
        <translation>%1-Dateisystem</translation>
    </message>
    <message>
        <source>ISO 9660 image</source>
        <translation>ISO-9660-Abbild</translation>
    </message>
    <message>
        <source>SquashFS file system (%1)</source>
        <translation>SquashFS-Dateisystem (%1)</translation>
    </message>
    <message>
        <source>PNG image, %1 × %2</source>
        <translation>PNG-Bild, %1 × %2</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>JPEG image, %1 × %2</source>
        <translation>JPEG-Bild, %1 × %2</translation>
    </message>
    <message>
        <source>GIF image, %1 × %2</source>
        <translation>GIF-Bild, %1 × %2</translation>
    </message>
    <message>
        <source>BMP image, %1 × %2</source>
        <translation>BMP-Bild, %1 × %2</translation>
    </message>
    <message>
        <source>partition %1: %2, %3</source>
        <translation>Partition %1: %2, %3</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>Linux swap</source>
        <translation>Linux-Swap</translation>
    </message>
    <message>
        <source>EFI System</source>
        <translation>EFI-System</translation>
    </message>
    <message>
        <source>Linux RAID</source>
        <translation>Linux-RAID</translation>
    </message>
    <message>
        <source>type 0x%1</source>
        <translation>Typ 0x%1</translation>
    </message>
    <message>
        <source>protective MBR (a GPT follows)</source>
        <translation>Schutz-MBR (eine GPT folgt)</translation>
    </message>
    <message>
        <source>MBR partition table, 1 partition</source>
        <translation>MBR-Partitionstabelle, 1 Partition</translation>
    </message>
    <message>
        <source>MBR partition table, %1 partitions</source>
        <translation>MBR-Partitionstabelle, %1 Partitionen</translation>
    </message>
    <message>
        <source> &quot;%1&quot;</source>
        <translation> &quot;%1&quot;</translation>
    </message>
    <message>
        <source>GPT partition table, 1 partition, %1</source>
        <translation>GPT-Partitionstabelle, 1 Partition, %1</translation>
    </message>
    <message>
        <source>GPT partition table, %1 partitions, %2</source>
        <translation>GPT-Partitionstabelle, %1 Partitionen, %2</translation>
    </message>
    <message>
        <source>PE DLL (%1), cut short</source>
        <translation>PE-DLL (%1), abgeschnitten</translation>
    </message>
    <message>
        <source>PE executable (%1), cut short</source>
        <translation>ausführbare PE-Datei (%1), abgeschnitten</translation>
    </message>
    <message>
        <source>PE DLL (%1), %2</source>
        <translation>PE-DLL (%1), %2</translation>
    </message>
    <message>
        <source>PE executable (%1), %2</source>
        <translation>ausführbare PE-Datei (%1), %2</translation>
    </message>
    <message>
        <source>data of no known type</source>
        <translation>Daten unbekannten Typs</translation>
    </message>
    <message>
        <source>cannot read past byte %1</source>
        <translation>über Byte %1 hinaus kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing found in %1.</source>
        <translation>In %1 wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>the scan of %1 was interrupted after %2 bytes</source>
        <translation>das Durchsuchen von %1 wurde nach %2 Bytes unterbrochen</translation>
    </message>
    <message>
        <source>cannot scan %1: it is not a file or a disk</source>
        <translation>%1 kann nicht durchsucht werden: es ist weder eine Datei noch ein Datenträger</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>xz stream, could not be decoded</source>
        <translation>xz-Datenstrom, konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>xz stream, %1 → %2</source>
        <translation>xz-Datenstrom, %1 → %2</translation>
    </message>
    <message>
        <source>xz stream, needs too much memory to decode</source>
        <translation>xz-Datenstrom, Dekodieren benötigt zu viel Speicher</translation>
    </message>
    <message>
        <source>xz stream, cut short or damaged</source>
        <translation>xz-Datenstrom, abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>zstd frame, %1 → %2</source>
        <translation>zstd-Frame, %1 → %2</translation>
    </message>
    <message>
        <source>zstd frame, cut short</source>
        <translation>zstd-Frame, abgeschnitten</translation>
    </message>
    <message>
        <source>bzip2 stream, could not be decoded</source>
        <translation>bzip2-Datenstrom, konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>bzip2 stream, %1 → %2</source>
        <translation>bzip2-Datenstrom, %1 → %2</translation>
    </message>
    <message>
        <source>bzip2 stream, cut short or damaged</source>
        <translation>bzip2-Datenstrom, abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>tar archive, cut short or damaged</source>
        <translation>tar-Archiv, abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>tar archive, 1 entry, %1</source>
        <translation>tar-Archiv, 1 Eintrag, %1</translation>
    </message>
    <message>
        <source>tar archive, %1 entries, %2</source>
        <translation>tar-Archiv, %1 Einträge, %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::SplitDialog</name>
    <message>
        <source>Pieces &amp;of</source>
        <translation>Teile &amp;zu je</translation>
    </message>
    <message>
        <source>&amp;Number of pieces</source>
        <translation>Anzahl der &amp;Teile</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>%1 aufteilen</translation>
    </message>
    <message>
        <source>%1 (%2) is copied into pieces named as 7-Zip and HJSplit name them: NAME.001, NAME.002, … Each piece is a copy in the queue. rangecopy-cli --join puts them together again.</source>
        <translation>%1 (%2) wird in Teile kopiert, die wie bei 7-Zip und HJSplit benannt sind: NAME.001, NAME.002, … Jeder Teil ist eine Kopie in der Warteschlange. rangecopy-cli --join fügt sie wieder zusammen.</translation>
    </message>
    <message>
        <source>Size of a piece</source>
        <translation>Größe eines Teils</translation>
    </message>
    <message>
        <source>4095 MiB fits a FAT32 stick; 700 MB a CD, 25 MB most mail</source>
        <translation>4095 MiB passen auf einen FAT32-Stick; 700 MB auf eine CD, 25 MB in die meisten E-Mails</translation>
    </message>
    <message>
        <source>Number of pieces</source>
        <translation>Anzahl der Teile</translation>
    </message>
    <message>
        <source>Folder for the pieces</source>
        <translation>Ordner für die Teile</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder for the pieces</source>
        <translation>Ordner für die Teile wählen</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>From byte</source>
        <translation>Ab Byte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The pieces</source>
        <translation>Die Teile</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>Zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Size of a piece: %1</source>
        <translation>Größe eines Teils: %1</translation>
    </message>
    <message>
        <source>A piece must hold at least 1 byte.</source>
        <translation>Ein Teil muss mindestens 1 Byte enthalten.</translation>
    </message>
    <message>
        <source>Choose the folder for the pieces.</source>
        <translation>Wählen Sie den Ordner für die Teile.</translation>
    </message>
    <message>
        <source>1 piece, into %1.</source>
        <translation>1 Teil, in %1.</translation>
    </message>
    <message>
        <source>%1 pieces, into %2.</source>
        <translation>%1 Teile, in %2.</translation>
    </message>
</context>
<context>
    <name>rangecopy::SplitJoin</name>
    <message>
        <source>the piece size must be at least 1 byte</source>
        <translation>die Teilgröße muss mindestens 1 Byte betragen</translation>
    </message>
    <message>
        <source>give the size of a piece or the number of pieces, not both</source>
        <translation>geben Sie die Größe eines Teils oder die Anzahl der Teile an, nicht beides</translation>
    </message>
    <message>
        <source>cannot split %1: its size is not known in advance; copy it into a file first</source>
        <translation>%1 kann nicht aufgeteilt werden: die Größe ist nicht im Voraus bekannt; kopieren Sie es zuerst in eine Datei</translation>
    </message>
    <message>
        <source>%1 exists already: remove the pieces of the earlier split first, or split into another folder</source>
        <translation>%1 existiert bereits: entfernen Sie zuerst die Teile der früheren Aufteilung oder teilen Sie in einen anderen Ordner auf</translation>
    </message>
    <message>
        <source>%1 got shorter while it was split</source>
        <translation>%1 ist während des Aufteilens kürzer geworden</translation>
    </message>
    <message>
        <source>cannot write the checksum file %1: %2</source>
        <translation>die Prüfsummendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the first piece of a split (NAME.001): name every piece, in order</source>
        <translation>%1 ist nicht der erste Teil einer Aufteilung (NAME.001): geben Sie alle Teile der Reihe nach an</translation>
    </message>
    <message>
        <source>cannot list the folder of %1: %2</source>
        <translation>der Ordner von %1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 is missing (the pieces go up to %2): join needs every piece</source>
        <translation>%1 fehlt (die Teile reichen bis %2): zum Zusammenfügen wird jeder Teil benötigt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot look at %1: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>no pieces to join</source>
        <translation>keine Teile zum Zusammenfügen</translation>
    </message>
    <message>
        <source>%1 is one of the pieces to join: choose another destination</source>
        <translation>%1 ist einer der zusammenzufügenden Teile: wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>cannot create a file beside %1: %2</source>
        <translation>neben %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>the join was cancelled; %1 was left as it was</source>
        <translation>das Zusammenfügen wurde abgebrochen; %1 blieb unverändert</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot put %1 in place: %2</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2</translation>
    </message>
</context>
<context>
    <name>rangecopy::TransferEngine</name>
    <message>
        <source>; the first %1 copied are kept to resume from</source>
        <translation>; die ersten %1, die kopiert wurden, bleiben zum Fortsetzen aufbewahrt</translation>
    </message>
    <message>
        <source>no source file given</source>
        <translation>keine Quelldatei angegeben</translation>
    </message>
    <message>
        <source>no destination file given</source>
        <translation>keine Zieldatei angegeben</translation>
    </message>
    <message>
        <source>cannot copy from %1: it is a pipe or a socket, not a file</source>
        <translation>aus %1 kann nicht kopiert werden: es ist eine Pipe oder ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>cannot copy all of %1: a character device has no end; give a count (say 1 GiB of /dev/zero)</source>
        <translation>%1 kann nicht vollständig kopiert werden: ein zeichenorientiertes Gerät hat kein Ende; geben Sie eine Anzahl an (etwa 1 GiB von /dev/zero)</translation>
    </message>
    <message>
        <source>cannot start reading %1 at byte %2: a character device is read from where it is; leave the offset at 0</source>
        <translation>%1 kann nicht ab Byte %2 gelesen werden: ein zeichenorientiertes Gerät wird ab seiner aktuellen Position gelesen; lassen Sie den Offset auf 0</translation>
    </message>
    <message>
        <source>cannot verify a copy of %1: a character device gives other bytes at each read; copy without verifying</source>
        <translation>eine Kopie von %1 kann nicht überprüft werden: ein zeichenorientiertes Gerät liefert bei jedem Lesen andere Bytes; kopieren Sie ohne Überprüfung</translation>
    </message>
    <message>
        <source>cannot open %1 for reading: %2</source>
        <translation>%1 kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>; reading a disk needs root or membership of the group %1</source>
        <translation>; zum Lesen eines Datenträgers sind root-Rechte oder die Mitgliedschaft in der Gruppe %1 nötig</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>die Größe von %1 kann nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>cannot copy from %1: it is a folder, not a file</source>
        <translation>aus %1 kann nicht kopiert werden: es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot look up %1: %2</source>
        <translation>%1 kann nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists and the mode is &quot;new&quot;</source>
        <translation>%1 existiert bereits, und der Modus ist &quot;new&quot;</translation>
    </message>
    <message>
        <source>cannot write to %1: it is a symbolic link to a file that does not exist, and RangeCopy does not create files through such links</source>
        <translation>%1 kann nicht beschrieben werden: es ist ein symbolischer Link auf eine nicht vorhandene Datei, und RangeCopy legt über solche Links keine Dateien an</translation>
    </message>
    <message>
        <source>cannot write to %1: it is a folder</source>
        <translation>%1 kann nicht beschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 and %2 are the same file</source>
        <translation>%1 und %2 sind dieselbe Datei</translation>
    </message>
    <message>
        <source>cannot write to %1: it is not a regular file (a device, pipe or socket)</source>
        <translation>%1 kann nicht beschrieben werden: es ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>nothing would be copied, so replacing %1 would leave it empty</source>
        <translation>es würde nichts kopiert, daher bliebe %1 nach dem Ersetzen leer</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>%1 kann nicht beschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2 after it was checked; nothing was written</source>
        <translation>%1 kann nicht beschrieben werden: %2, nachdem das Ziel geprüft worden war; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>another copy is writing the kept part of %1; wait for it to end</source>
        <translation>ein anderer Kopiervorgang schreibt gerade den aufbewahrten Teil von %1; warten Sie, bis er beendet ist</translation>
    </message>
    <message>
        <source>cannot record the kept part of %1: %2</source>
        <translation>die Angaben zum aufbewahrten Teil von %1 können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot resume a copy from %1: it gives its bytes only once; copy it again without resuming</source>
        <translation>ein Kopiervorgang aus %1 kann nicht fortgesetzt werden: die Quelle liefert ihre Bytes nur einmal; kopieren Sie sie erneut ohne Fortsetzen</translation>
    </message>
    <message>
        <source>the part kept for %1 belongs to another copy (from %2, offset %3); run that one again to resume it, or this one without resuming to start over</source>
        <translation>der für %1 aufbewahrte Teil gehört zu einem anderen Kopiervorgang (aus %2, Offset %3); führen Sie jenen erneut aus, um ihn fortzusetzen, oder diesen ohne Fortsetzen, um von vorn zu beginnen</translation>
    </message>
    <message>
        <source>%1 changed since the copy to %2 stopped (its size, time or file differ), so the part kept cannot be trusted; copy again without resuming</source>
        <translation>%1 hat sich geändert, seit der Kopiervorgang nach %2 angehalten wurde (Größe, Zeitstempel oder Datei weichen ab), daher ist der aufbewahrte Teil nicht verlässlich; kopieren Sie erneut ohne Fortsetzen</translation>
    </message>
    <message>
        <source>cannot read the part kept for %1: %2</source>
        <translation>der für %1 aufbewahrte Teil kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it was replaced by a symbolic link, which was not followed,</source>
        <translation>die Datei wurde durch einen symbolischen Link ersetzt, dem nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>a symbolic link of that name appeared, which was not followed,</source>
        <translation>ein symbolischer Link dieses Namens ist aufgetaucht, dem nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>a file of that name appeared</source>
        <translation>eine Datei dieses Namens ist aufgetaucht</translation>
    </message>
    <message>
        <source>cannot write into %1: the device is in use (mounted, or claimed by another program)</source>
        <translation>in %1 kann nicht geschrieben werden: das Gerät wird verwendet (es ist eingehängt oder von einem anderen Programm belegt)</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>die Datei wurde entfernt</translation>
    </message>
    <message>
        <source>it was replaced by another file</source>
        <translation>die Datei wurde durch eine andere ersetzt</translation>
    </message>
    <message>
        <source>cannot write to %1: it is not a regular file</source>
        <translation>%1 kann nicht beschrieben werden: es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>in the destination, %1</source>
        <translation>im Ziel: %1</translation>
    </message>
    <message>
        <source>cannot write to %1 in %2 mode: it is a disk (%3), which is written only in overwrite mode, at an offset</source>
        <translation>%1 kann im Modus %2 nicht beschrieben werden: es ist ein Datenträger (%3), der nur im Modus overwrite an einem Offset beschrieben wird</translation>
    </message>
    <message>
        <source>%1 is a disk (%2): writing into it needs --allow-device</source>
        <translation>%1 ist ein Datenträger (%2): zum Schreiben darauf ist --allow-device nötig</translation>
    </message>
    <message>
        <source>cannot write into %1: it is in use (%2)</source>
        <translation>in %1 kann nicht geschrieben werden: es wird verwendet (%2)</translation>
    </message>
    <message>
        <source>the copy would end at byte %1, past the end of %2, which holds %3</source>
        <translation>der Kopiervorgang würde bei Byte %1 enden, hinter dem Ende von %2 (Größe: %3)</translation>
    </message>
    <message>
        <source>cannot keep the bytes of %1 that the copy would replace, for Undo: %2; nothing was written</source>
        <translation>die Bytes von %1, die der Kopiervorgang ersetzen würde, können nicht für das Rückgängigmachen aufbewahrt werden: %2; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot keep %1 for Undo before replacing it: %2; it was left as it was</source>
        <translation>%1 kann vor dem Ersetzen nicht für das Rückgängigmachen aufbewahrt werden: %2; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>what was written to %1 before that stays</source>
        <translation>was zuvor in %1 geschrieben wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>%1 was left as it was</source>
        <translation>%1 blieb unverändert</translation>
    </message>
    <message>
        <source>%1 %2 while it was copied, so the copy could mix old and new bytes; %3</source>
        <translation>%1 %2, während die Datei kopiert wurde, daher könnte die Kopie alte und neue Bytes vermischen; %3</translation>
    </message>
    <message>
        <source>cannot check the expected checksum of %1 before writing into %2: it gives its bytes only once; copy into a new file (mode replace or new) instead</source>
        <translation>die erwartete Prüfsumme von %1 kann nicht vor dem Schreiben in %2 geprüft werden: die Quelle liefert ihre Bytes nur einmal; kopieren Sie stattdessen in eine neue Datei (Modus replace oder new)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot copy from %1 to %2: %3</source>
        <translation>von %1 nach %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <source>got shorter (it held %1 bytes when the copy started)</source>
        <translation>wurde kürzer (zu Beginn des Kopiervorgangs waren es %1 Bytes)</translation>
    </message>
    <message>
        <source>%1 gave no bytes from byte %2 on, so replacing %3 would leave it empty; it was left as it was</source>
        <translation>%1 lieferte ab Byte %2 keine Bytes, daher bliebe %3 nach dem Ersetzen leer; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>changed size from %1 to %2 bytes</source>
        <translation>änderte die Größe von %1 auf %2 Bytes</translation>
    </message>
    <message>
        <source>was written to</source>
        <translation>wurde beschrieben</translation>
    </message>
    <message>
        <source>the copy to %1 was cancelled after %2</source>
        <translation>der Kopiervorgang nach %1 wurde abgebrochen; %2</translation>
    </message>
    <message>
        <source>the copy was cancelled; %1 was left as it was</source>
        <translation>der Kopiervorgang wurde abgebrochen; %1 blieb unverändert</translation>
    </message>
    <message>
        <source>cannot read %1 to compute its checksum: %2</source>
        <translation>%1 kann nicht zum Berechnen der Prüfsumme gelesen werden: %2</translation>
    </message>
    <message>
        <source>; %1 was left as it was</source>
        <translation>; %1 blieb unverändert</translation>
    </message>
    <message>
        <source>the %1 checksum of the range of %2 is %3, not the expected %4%5</source>
        <translation>die %1-Prüfsumme des Bereichs von %2 ist %3, nicht die erwartete %4%5</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read back %1 or %2 to verify the copy: %3</source>
        <translation>%1 oder %2 kann zum Überprüfen der Kopie nicht zurückgelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot finish writing %1: %2</source>
        <translation>das Schreiben von %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1 appeared while copying and the mode is &quot;new&quot;; it was left as it was</source>
        <translation>%1 ist während des Kopierens entstanden, und der Modus ist &quot;new&quot;; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>cannot put the copy in place as %1: %2</source>
        <translation>die Kopie kann nicht als %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>the copy is in place as %1, but its checksum file %2 could not be written: %3</source>
        <translation>die Kopie liegt nun als %1 vor, aber ihre Prüfsummendatei %2 konnte nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>rangecopy::TransferForm</name>
    <message>
        <source>A � in a name stands for bytes that are not UTF-8, which the file dialog cannot pass on: drag the file into the field instead.</source>
        <translation>Ein � in einem Namen steht für Bytes, die kein UTF-8 sind und die der Dateidialog nicht weitergeben kann: Ziehen Sie die Datei stattdessen in das Feld.</translation>
    </message>
    <message>
        <source>to the end of the fi&amp;le</source>
        <translation>bis zum Datei&amp;ende</translation>
    </message>
    <message>
        <source>&amp;Write at:</source>
        <translation>S&amp;chreiben ab:</translation>
    </message>
    <message>
        <source>Verify after copying</source>
        <translation>Anschließend überprüfen</translation>
    </message>
    <message>
        <source>Flush to dis&amp;k before reporting done</source>
        <translation>&amp;Vor Abschluss auf Datenträger schreiben</translation>
    </message>
    <message>
        <source>Keep holes</source>
        <translation>Lücken beibehalten</translation>
    </message>
    <message>
        <source>Limit speed to</source>
        <translation>Geschwindigkeit begrenzen auf</translation>
    </message>
    <message>
        <source>Write checksum files</source>
        <translation>Prüfsummendateien schreiben</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Create the Folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <source>Offset in the source</source>
        <translation>Offset in der Quelle</translation>
    </message>
    <message>
        <source>Number of bytes to copy</source>
        <translation>Anzahl der zu kopierenden Bytes</translation>
    </message>
    <message>
        <source>Offset in the destination</source>
        <translation>Offset im Ziel</translation>
    </message>
    <message>
        <source>Chunk size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Overwrite at offset</source>
        <translation>Überschreiben ab Offset</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Create new only</source>
        <translation>Nur neu anlegen</translation>
    </message>
    <message>
        <source>Destination mode</source>
        <translation>Zielmodus</translation>
    </message>
    <message>
        <source>automatic (sendfile, or read-write where faster)</source>
        <translation>automatisch (sendfile, oder read-write, wo schneller)</translation>
    </message>
    <message>
        <source>Copy method</source>
        <translation>Kopiermethode</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Create the destination&apos;s folder (and any missing above it)</source>
        <translation>Den Ordner des Ziels anlegen (samt fehlender übergeordneter Ordner)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Offset:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Where the source is a sparse file (a disk image), its holes stay holes in the destination: nothing is written there and no disk space is used. Off: every byte is written, holes as zeros.</source>
        <translation>Ist die Quelle eine dünn besetzte Datei (ein Datenträgerabbild), bleiben ihre Lücken im Ziel Lücken: Dort wird nichts geschrieben und kein Speicherplatz belegt. Aus: Jedes Byte wird geschrieben, Lücken als Nullen.</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Speed limit in bytes per second</source>
        <translation>Geschwindigkeitsgrenze in Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>Copies at most this many bytes per second on average, so that a copy to a slow USB stick or network share leaves room for other work.</source>
        <translation>Kopiert im Mittel höchstens so viele Bytes pro Sekunde, damit eine Kopie auf einen langsamen USB-Stick oder eine Netzwerkfreigabe Raum für andere Arbeit lässt.</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>a speed of 0 would copy nothing: untick Limit speed to copy at full speed</source>
        <translation>eine Geschwindigkeit von 0 würde nichts kopieren: Entfernen Sie das Häkchen bei „Geschwindigkeit begrenzen auf“, um mit voller Geschwindigkeit zu kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y method:</source>
        <translation>&amp;Kopiermethode:</translation>
    </message>
    <message>
        <source>Chunk si&amp;ze:</source>
        <translation>B&amp;lockgröße:</translation>
    </message>
    <message>
        <source>Checksums:</source>
        <translation>Prüfsummen:</translation>
    </message>
    <message>
        <source>Compute the %1 checksum</source>
        <translation>%1-Prüfsumme berechnen</translation>
    </message>
    <message>
        <source>Checksums of the copied range, computed while it is copied and shown with the result</source>
        <translation>Prüfsummen des kopierten Bereichs, während des Kopierens berechnet und mit dem Ergebnis angezeigt</translation>
    </message>
    <message>
        <source>After the copy, write DESTINATION.sha256 (.b2, .md5, …) beside it for each checksum, which sha256sum -c, b2sum -c and xxhsum -c check. Replace and Create new modes.</source>
        <translation>Nach dem Kopieren für jede Prüfsumme DESTINATION.sha256 (.b2, .md5, …) daneben schreiben, die sha256sum -c, b2sum -c und xxhsum -c prüfen. In den Modi Ersetzen und Nur neu anlegen.</translation>
    </message>
    <message>
        <source>sha256:… as published, or empty</source>
        <translation>sha256:… wie veröffentlicht, oder leer</translation>
    </message>
    <message>
        <source>Expected checksum</source>
        <translation>Erwartete Prüfsumme</translation>
    </message>
    <message>
        <source>The copy is put in place only when the range has this checksum; in place (overwrite, append) it is checked before anything is written.</source>
        <translation>Die Kopie wird nur dann an ihren Platz gesetzt, wenn der Bereich diese Prüfsumme hat; beim Schreiben in die vorhandene Datei (overwrite, append) wird sie geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Paste a checksum from the clipboard</source>
        <translation>Eine Prüfsumme aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Expected checksum:</source>
        <translation>Erwartete Prüfsumme:</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the permissions of the folders above it, or pick another destination.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen der übergeordneten Ordner oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Creating the folder %1 did not finish within 2 s; its disk may not be answering. Try again, or pick another destination.</source>
        <translation>Das Anlegen des Ordners %1 wurde nicht innerhalb von 2 s abgeschlossen; sein Datenträger antwortet möglicherweise nicht. Versuchen Sie es erneut oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Choose a source file.</source>
        <translation>Wählen Sie eine Quelldatei.</translation>
    </message>
    <message>
        <source>Choose a destination file.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Write at</source>
        <translation>Schreiben ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected checksum: %1</source>
        <translation>Erwartete Prüfsumme: %1</translation>
    </message>
    <message>
        <source>Limit speed: %1</source>
        <translation>Geschwindigkeit begrenzen: %1</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked: the other file did not answer.</source>
        <translation>Nicht geprüft: die andere Datei hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>A folder: the copy goes into it as %1. %2</source>
        <translation>Ein Ordner: Die Kopie wird darin als %1 abgelegt. %2</translation>
    </message>
    <message>
        <source>A disk: %1. Written only in overwrite mode; you are asked first.</source>
        <translation>Ein Datenträger: %1. Wird nur im Modus overwrite beschrieben; Sie werden vorher gefragt.</translation>
    </message>
    <message>
        <source>Exists, %1.</source>
        <translation>Vorhanden, %1.</translation>
    </message>
    <message>
        <source>Does not exist yet; it will be created.</source>
        <translation>Existiert noch nicht; die Datei wird angelegt.</translation>
    </message>
</context>
<context>
    <name>rangecopy::TransferMessages</name>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>1 byte differs</source>
        <translation>1 Byte weicht ab</translation>
    </message>
    <message>
        <source>%1 bytes differ</source>
        <translation>%1 Bytes weichen ab</translation>
    </message>
    <message>
        <source>1 byte was written</source>
        <translation>1 Byte wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 bytes were written</source>
        <translation>%1 Bytes wurden geschrieben</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>block device %1</source>
        <translation>Blockgerät %1</translation>
    </message>
    <message>
        <source>Size unknown until read (a /proc or /sys file); the copy reads it to its end</source>
        <translation>Größe erst nach dem Lesen bekannt (eine Datei in /proc oder /sys); der Kopiervorgang liest sie bis zu ihrem Ende</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The copy failed</source>
        <translation>Der Kopiervorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 byte sent</source>
        <translation>1 Byte übertragen</translation>
    </message>
    <message>
        <source>%1 bytes sent</source>
        <translation>%1 Bytes übertragen</translation>
    </message>
    <message>
        <source>end of file reached</source>
        <translation>Dateiende erreicht</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1; %2 before the copy stopped</source>
        <translation>%1; %2, bevor der Kopiervorgang anhielt</translation>
    </message>
    <message>
        <source>checksum file %1 written (%2 checks it)</source>
        <translation>Prüfsummendatei %1 geschrieben (%2 prüft sie)</translation>
    </message>
    <message>
        <source>checksum file %1 written</source>
        <translation>Prüfsummendatei %1 geschrieben</translation>
    </message>
    <message>
        <source>the bytes read back from %1 differ from the source %2: %3, the first at byte %4 of the source (0x%5) and byte %6 of the destination (0x%7)</source>
        <translation>die aus %1 zurückgelesenen Bytes weichen von der Quelle %2 ab: %3, das erste bei Byte %4 der Quelle (0x%5) und Byte %6 des Ziels (0x%7)</translation>
    </message>
    <message>
        <source>Check the source path: that file does not exist.</source>
        <translation>Prüfen Sie den Quellpfad: Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Pick files or disks; folders, pipes and sockets are not copied from or written to.</source>
        <translation>Wählen Sie Dateien oder Datenträger; Ordner, Pipes und Sockets werden weder gelesen noch beschrieben.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or pick a file or folder you may use.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder wählen Sie eine Datei bzw. einen Ordner, die Sie verwenden dürfen.</translation>
    </message>
    <message>
        <source>Create the destination&apos;s folder first, or pick another destination.</source>
        <translation>Legen Sie zuerst den Ordner des Ziels an oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Give the destination a file name inside that folder.</source>
        <translation>Geben Sie als Ziel einen Dateinamen in diesem Ordner an.</translation>
    </message>
    <message>
        <source>Pick another destination name, or choose the Replace mode.</source>
        <translation>Wählen Sie einen anderen Zielnamen oder den Modus „Ersetzen“.</translation>
    </message>
    <message>
        <source>Pick a destination other than the source file itself.</source>
        <translation>Wählen Sie ein anderes Ziel als die Quelldatei selbst.</translation>
    </message>
    <message>
        <source>Free some space on the destination&apos;s disk, or copy to another disk.</source>
        <translation>Geben Sie Speicherplatz auf dem Datenträger des Ziels frei oder kopieren Sie auf einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>Copy a smaller range, or pick a destination that allows larger files.</source>
        <translation>Kopieren Sie einen kleineren Bereich oder wählen Sie ein Ziel, das größere Dateien erlaubt.</translation>
    </message>
    <message>
        <source>The device reported an error; check the disk and try again.</source>
        <translation>Das Gerät hat einen Fehler gemeldet; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Correct the offset and count.</source>
        <translation>Korrigieren Sie Offset und Anzahl.</translation>
    </message>
    <message>
        <source>Correct the marked value.</source>
        <translation>Korrigieren Sie den markierten Wert.</translation>
    </message>
    <message>
        <source>The copy does not match the source; check the disk and copy again.</source>
        <translation>Die Kopie stimmt nicht mit der Quelle überein; prüfen Sie den Datenträger und kopieren Sie erneut.</translation>
    </message>
    <message>
        <source>Something wrote to the source during the copy; copy again once it is done.</source>
        <translation>Während des Kopiervorgangs wurde in die Quelle geschrieben; kopieren Sie erneut, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Check that the source and the range are the ones the checksum was published for, and the expected checksum itself.</source>
        <translation>Prüfen Sie, ob Quelle und Bereich diejenigen sind, für die die Prüfsumme veröffentlicht wurde, und prüfen Sie die erwartete Prüfsumme selbst.</translation>
    </message>
    <message>
        <source>Something else changed the destination; check who writes there, then start the copy again.</source>
        <translation>Etwas anderes hat das Ziel verändert; prüfen Sie, wer dorthin schreibt, und starten Sie den Kopiervorgang dann erneut.</translation>
    </message>
    <message>
        <source>Start the copy again when you are ready.</source>
        <translation>Starten Sie den Kopiervorgang erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Only the last copy into a file can be undone, and only when its undo data was kept.</source>
        <translation>Nur die letzte Kopie in eine Datei kann rückgängig gemacht werden, und nur, wenn ihre Daten zum Rückgängigmachen aufbewahrt wurden.</translation>
    </message>
    <message>
        <source>Writing into a disk destroys what it holds there: check the device, then allow it (--allow-device).</source>
        <translation>Das Schreiben auf einen Datenträger zerstört, was dort gespeichert ist: Prüfen Sie das Gerät und erlauben Sie es dann (--allow-device).</translation>
    </message>
    <message>
        <source>Unmount it (and turn off swap on it) first, or pick another device.</source>
        <translation>Hängen Sie es zuerst aus (und deaktivieren Sie Swap darauf) oder wählen Sie ein anderes Gerät.</translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>method: shared blocks (reflink), taking no space</source>
        <translation>Methode: gemeinsam genutzte Blöcke (reflink), ohne Platzbedarf</translation>
    </message>
    <message>
        <source> (chosen automatically)</source>
        <translation> (automatisch gewählt)</translation>
    </message>
    <message>
        <source> (%1 could not serve these files)</source>
        <translation> (%1 war für diese Dateien nicht nutzbar)</translation>
    </message>
    <message>
        <source>%1 of it shared with the source (reflink), taking no space</source>
        <translation>davon %1 gemeinsam mit der Quelle genutzt (reflink), ohne Platzbedarf</translation>
    </message>
    <message>
        <source>%1 of it holes, kept as holes</source>
        <translation>davon %1 Lücken, als Lücken beibehalten</translation>
    </message>
    <message>
        <source>verified against the page cache, not the disk: the copy matches the source</source>
        <translation>mit dem Seitencache statt mit dem Datenträger überprüft: die Kopie stimmt mit der Quelle überein</translation>
    </message>
    <message>
        <source>verified from the disk: the copy matches the source</source>
        <translation>vom Datenträger überprüft: die Kopie stimmt mit der Quelle überein</translation>
    </message>
    <message>
        <source>verification: the copy differs</source>
        <translation>Überprüfung: die Kopie weicht ab</translation>
    </message>
    <message>
        <source>flushed to disk</source>
        <translation>auf den Datenträger geschrieben</translation>
    </message>
    <message>
        <source>the %1 checksum matches the expected one</source>
        <translation>die %1-Prüfsumme stimmt mit der erwarteten überein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>noch %1 h</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 · paused</source>
        <translation>%1 von %2 · pausiert</translation>
    </message>
    <message>
        <source>Bytes %1–%2 of %3 now hold copied data, %4</source>
        <translation>Bytes %1–%2 von %3 enthalten jetzt kopierte Daten, %4</translation>
    </message>
    <message>
        <source>; the other %1 of the range were not written</source>
        <translation>; die übrigen %1 des Bereichs wurden nicht geschrieben</translation>
    </message>
    <message>
        <source>The destination will hold exactly the copied bytes. An existing file is replaced only once the copy has succeeded.</source>
        <translation>Das Ziel enthält danach genau die kopierten Bytes. Eine vorhandene Datei wird erst ersetzt, wenn der Kopiervorgang erfolgreich war.</translation>
    </message>
    <message>
        <source>The bytes are written into the destination at the given offset; the rest of the file stays as it is. A missing file is created.</source>
        <translation>Die Bytes werden am angegebenen Offset in das Ziel geschrieben; der Rest der Datei bleibt unverändert. Eine fehlende Datei wird angelegt.</translation>
    </message>
    <message>
        <source>The bytes are added after the end of the destination; what it holds stays. A missing file is created.</source>
        <translation>Die Bytes werden hinter dem Ende des Ziels angehängt; der bisherige Inhalt bleibt erhalten. Eine fehlende Datei wird angelegt.</translation>
    </message>
    <message>
        <source>The copy is made only if the destination does not exist yet.</source>
        <translation>Die Kopie wird nur erstellt, wenn das Ziel noch nicht existiert.</translation>
    </message>
    <message>
        <source>Nothing to copy: the count is 0.</source>
        <translation>Nichts zu kopieren: Die Anzahl ist 0.</translation>
    </message>
    <message>
        <source>%1 from byte %2.</source>
        <translation>%1 ab Byte %2.</translation>
    </message>
    <message>
        <source>From byte %1 to the end of the source.</source>
        <translation>Ab Byte %1 bis zum Ende der Quelle.</translation>
    </message>
    <message>
        <source>The offset %1 is at or past the end of the source, which holds %2: nothing will be copied.</source>
        <translation>Der Offset %1 liegt am oder hinter dem Ende der Quelle, die %2 umfasst: Es wird nichts kopiert.</translation>
    </message>
    <message>
        <source>Bytes %1–%2 of %3: %4</source>
        <translation>Bytes %1–%2 von %3: %4</translation>
    </message>
    <message>
        <source>; the source ends before the count</source>
        <translation>; die Quelle endet, bevor die Anzahl erreicht ist</translation>
    </message>
    <message>
        <source>what reading %1 gives is added after the end of %2, which holds %3</source>
        <translation>was das Lesen von %1 liefert, wird hinter dem Ende von %2 (derzeit %3) angehängt</translation>
    </message>
    <message>
        <source>what reading %1 gives is written at byte %2 of %3, which holds %4: the bytes from there may be overwritten up to its end</source>
        <translation>was das Lesen von %1 liefert, wird ab Byte %2 in %3 (derzeit %4) geschrieben: die Bytes ab dort können bis zum Dateiende überschrieben werden</translation>
    </message>
    <message>
        <source>%1 is added after the end of %2, which holds %3</source>
        <translation>%1 wird hinter dem Ende von %2 (derzeit %3) angehängt</translation>
    </message>
    <message>
        <source>%1 are added after the end of %2, which holds %3</source>
        <translation>%1 werden hinter dem Ende von %2 (derzeit %3) angehängt</translation>
    </message>
    <message>
        <source>bytes %1–%2 of %3 (%4) are overwritten</source>
        <translation>Bytes %1–%2 von %3 (%4) werden überschrieben</translation>
    </message>
    <message>
        <source>%1 is added after its end</source>
        <translation>%1 wird hinter dem Dateiende angehängt</translation>
    </message>
    <message>
        <source>%1 are added after its end</source>
        <translation>%1 werden hinter dem Dateiende angehängt</translation>
    </message>
    <message>
        <source>%1 is written at byte %2 of %3, which holds %4</source>
        <translation>%1 wird ab Byte %2 in %3 (derzeit %4) geschrieben</translation>
    </message>
    <message>
        <source>%1 are written at byte %2 of %3, which holds %4</source>
        <translation>%1 werden ab Byte %2 in %3 (derzeit %4) geschrieben</translation>
    </message>
    <message>
        <source>nothing in %1 changes</source>
        <translation>an %1 ändert sich nichts</translation>
    </message>
    <message>
        <source>Undo Last Copy (Ctrl+Z) can cut the file back to its present length.</source>
        <translation>„Letzte Kopie rückgängig machen“ (Ctrl+Z) kann die Datei wieder auf ihre jetzige Länge kürzen.</translation>
    </message>
    <message>
        <source>The replaced file is kept for Undo Last Copy (Ctrl+Z) until the next copy into it.</source>
        <translation>Die ersetzte Datei wird für „Letzte Kopie rückgängig machen“ (Ctrl+Z) bis zur nächsten Kopie in diese Datei aufbewahrt.</translation>
    </message>
    <message>
        <source>It replaces no bytes of the file; Undo Last Copy (Ctrl+Z) can cut it back to its present length.</source>
        <translation>Die Kopie ersetzt keine Bytes der Datei; „Letzte Kopie rückgängig machen“ (Ctrl+Z) kann die Datei wieder auf ihre jetzige Länge kürzen.</translation>
    </message>
    <message>
        <source>The %1 it replaces is kept beside it, so that Undo Last Copy (Ctrl+Z) can put it back (up to %2 are kept).</source>
        <translation>Das ersetzte %1 wird neben der Datei aufbewahrt, damit „Letzte Kopie rückgängig machen“ (Ctrl+Z) es zurückschreiben kann (bis zu %2 werden aufbewahrt).</translation>
    </message>
    <message>
        <source>The %1 it replaces are kept beside it, so that Undo Last Copy (Ctrl+Z) can put them back (up to %2 are kept).</source>
        <translation>Die ersetzten %1 werden neben der Datei aufbewahrt, damit „Letzte Kopie rückgängig machen“ (Ctrl+Z) sie zurückschreiben kann (bis zu %2 werden aufbewahrt).</translation>
    </message>
    <message>
        <source>Undo will not be possible: the copy replaces %1, more than the %2 RangeCopy keeps for Undo (see Edit → Preferences).</source>
        <translation>Rückgängigmachen wird nicht möglich sein: Die Kopie ersetzt %1, mehr als die %2, die RangeCopy zum Rückgängigmachen aufbewahrt (siehe Bearbeiten → Einstellungen).</translation>
    </message>
    <message>
        <source>there is no copy into %1 to undo</source>
        <translation>es gibt keine Kopie in %1, die rückgängig gemacht werden könnte</translation>
    </message>
    <message>
        <source>cannot undo the last copy into %1: its undo data %2 is missing or damaged; %1 was left as it is</source>
        <translation>die letzte Kopie in %1 kann nicht rückgängig gemacht werden: ihre Daten zum Rückgängigmachen (%2) fehlen oder sind beschädigt; %1 bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot undo the last copy into %1: %2 since that copy, and putting the old bytes back would lose that change; it was left as it is</source>
        <translation>die letzte Kopie in %1 kann nicht rückgängig gemacht werden: seit diesem Kopiervorgang hat sich die Datei geändert (%2), und das Zurückschreiben der alten Bytes würde diese Änderung verwerfen; die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot undo the last copy into %1: %2; the undo data is kept, so the undo can be tried again</source>
        <translation>die letzte Kopie in %1 kann nicht rückgängig gemacht werden: %2; die Daten zum Rückgängigmachen bleiben erhalten, sodass Sie es erneut versuchen können</translation>
    </message>
    <message>
        <source>the last copy into %1 was undone: %2 put back at byte %3, and the file holds %4 as before</source>
        <translation>die letzte Kopie in %1 wurde rückgängig gemacht: %2 ab Byte %3 zurückgeschrieben, und die Datei umfasst wie zuvor %4</translation>
    </message>
    <message>
        <source>the last copy into %1 was undone: the file was cut back to %2 as before</source>
        <translation>die letzte Kopie in %1 wurde rückgängig gemacht: die Datei wurde auf ihre frühere Größe von %2 gekürzt</translation>
    </message>
    <message>
        <source>the last copy into %1 was undone: the file it replaced is back</source>
        <translation>die letzte Kopie in %1 wurde rückgängig gemacht: die ersetzte Datei ist wiederhergestellt</translation>
    </message>
    <message>
        <source>the last copy into %1 was undone: the file it created was removed</source>
        <translation>die letzte Kopie in %1 wurde rückgängig gemacht: die von ihr angelegte Datei wurde entfernt</translation>
    </message>
    <message>
        <source>Something else wrote to the file after the copy; its undo data is kept until the next copy into it.</source>
        <translation>Nach dem Kopiervorgang hat etwas anderes in die Datei geschrieben; ihre Daten zum Rückgängigmachen bleiben bis zur nächsten Kopie in diese Datei erhalten.</translation>
    </message>
    <message>
        <source>Fix the cause, then undo again.</source>
        <translation>Beheben Sie die Ursache und machen Sie die Kopie dann erneut rückgängig.</translation>
    </message>
    <message>
        <source>it was removed</source>
        <translation>sie wurde entfernt</translation>
    </message>
    <message>
        <source>it was replaced by another file</source>
        <translation>sie wurde durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes</source>
        <translation>ihre Größe änderte sich von %1 auf %2 Bytes</translation>
    </message>
    <message>
        <source>it was written to</source>
        <translation>sie wurde beschrieben</translation>
    </message>
</context>
<context>
    <name>rangecopy::TransferRequest</name>
    <message>
        <source>the offset %1 is negative</source>
        <translation>der Offset %1 ist negativ</translation>
    </message>
    <message>
        <source>the count %1 is negative</source>
        <translation>die Anzahl %1 ist negativ</translation>
    </message>
    <message>
        <source>the destination offset %1 is negative</source>
        <translation>der Ziel-Offset %1 ist negativ</translation>
    </message>
    <message>
        <source>the chunk size %1 is outside 1 .. %2 bytes</source>
        <translation>die Blockgröße %1 liegt außerhalb von 1 .. %2 Bytes</translation>
    </message>
    <message>
        <source>the speed limit %1 is negative</source>
        <translation>die Geschwindigkeitsbegrenzung %1 ist negativ</translation>
    </message>
    <message>
        <source>in the destination, %1</source>
        <translation>im Ziel: %1</translation>
    </message>
    <message>
        <source>a checksum file describes the whole destination, but in %1 mode the digest is of the copied range only; write checksum files in replace or new mode</source>
        <translation>eine Prüfsummendatei beschreibt das ganze Ziel, aber im Modus %1 gilt die Prüfsumme nur für den kopierten Bereich; schreiben Sie Prüfsummendateien im Modus replace oder new</translation>
    </message>
    <message>
        <source>a checksum file needs a digest: choose one (for example sha256)</source>
        <translation>eine Prüfsummendatei benötigt eine Prüfsumme: wählen Sie eine (zum Beispiel sha256)</translation>
    </message>
    <message>
        <source>one checksum file holds one kind of digest, and %1 were chosen; leave out the file name to write one beside the destination for each</source>
        <translation>eine Prüfsummendatei enthält nur eine Art von Prüfsumme, gewählt wurden aber %1; lassen Sie den Dateinamen weg, um für jede eine eigene Datei neben das Ziel zu schreiben</translation>
    </message>
    <message>
        <source>in %1 mode the bytes written stay in the destination, so there is no part file to keep or resume from; keep parts in replace or new mode</source>
        <translation>im Modus %1 bleiben die geschriebenen Bytes im Ziel, daher gibt es keine Teildatei zum Aufbewahren oder Fortsetzen; bewahren Sie Teile im Modus replace oder new auf</translation>
    </message>
</context>
</TS>
