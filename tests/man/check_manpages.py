#!/usr/bin/env python3
"""Checks a manual page against its program: every option `PROGRAM --help` lists is in the
page, and `man --warnings -l` renders it without a warning.

Usage: check_manpages.py PROGRAM PAGE [PROGRAM PAGE...]"""
import os
import re
import subprocess
import sys


def options_in_help(program):
    help_text = subprocess.run([program, '--help'], capture_output=True, text=True, check=True,
                               env=dict(os.environ, LANGUAGE='', LC_ALL='C.UTF-8')).stdout
    options = set()
    in_options = False
    for line in help_text.splitlines():
        if line.startswith('Options:'):
            in_options = True
        elif line.startswith('Arguments:'):
            in_options = False
        elif in_options and re.match(r'\s{2}-', line):
            # "  -o, --offset <N>   Start ...": the names before the description
            names = line.split('  ')[1] if line.startswith('  ') else line
            options.update(re.findall(r'(?<![\w-])--?[A-Za-z][\w-]*', names))
    return options


def main():
    pairs = list(zip(sys.argv[1::2], sys.argv[2::2]))
    failed = False
    for program, page in pairs:
        rendered = subprocess.run(['man', '--warnings', '-l', page], capture_output=True,
                                  text=True, env=dict(os.environ, MANWIDTH='200', LANGUAGE='',
                                                      LC_ALL='C.UTF-8', MAN_KEEP_FORMATTING='0'))
        warnings = [line for line in rendered.stderr.splitlines() if line.strip()]
        text = re.sub(r'.\x08', '', rendered.stdout)  # overstrike bold and underline
        missing = sorted(option for option in options_in_help(program)
                         if not re.search(r'(?<![\w-])' + re.escape(option) + r'(?![\w-])', text))
        print(f'{os.path.basename(page)}: {len(missing)} options missing, '
              f'{len(warnings)} warnings')
        for option in missing:
            print(f'  missing: {option}')
        for warning in warnings:
            print(f'  warning: {warning}')
        failed = failed or bool(missing) or bool(warnings) or rendered.returncode != 0
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
