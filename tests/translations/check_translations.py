#!/usr/bin/env python3
"""Fails while a translation is out of date: lupdate (run on a copy, as the
update_translations target runs it) would add unfinished entries for new texts or mark
removed ones vanished, or the file already holds such entries.

Usage: check_translations.py LUPDATE PROJECT_ROOT TS_FILE..."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree


def problems_in(path):
    found = []
    for context in ElementTree.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'obsolete', 'vanished', 'missing'):
                found.append(f'{kind}: {name}: {message.findtext("source")!r}')
    return found


def main():
    lupdate, root, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    failed = False
    for ts in files:
        with tempfile.TemporaryDirectory() as folder:
            copy = os.path.join(folder, os.path.basename(ts))
            shutil.copy(os.path.join(root, ts), copy)
            subprocess.run([lupdate, '-silent', '-I', root, '-locations', 'none', '-no-obsolete',
                            os.path.join(root, 'core'), os.path.join(root, 'ui'),
                            os.path.join(root, 'app'), '-ts', copy], check=True)
            problems = problems_in(copy)
        print(f'{ts}: {len(problems)} entries to translate or remove')
        for problem in problems[:50]:
            print('  ' + problem)
        failed = failed or bool(problems)
    if failed:
        print('Run `cmake --build build --target update_translations`, translate the new '
              'entries (Qt Linguist) and remove the vanished ones.')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
