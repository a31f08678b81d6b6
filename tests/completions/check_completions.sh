#!/usr/bin/env bash
# Tab in bash completes rangecopy-cli's options and their values, and offers files; the
# completions name every option --help lists; zsh's and fish's files are valid.
# Usage: check_completions.sh COMPLETIONS_FOLDER [RANGECOPY_CLI]
set -u
folder=$1
program=${2:-}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# shellcheck source=/dev/null
source "$folder/rangecopy-cli.bash"
# What Tab offers after the words given (the last one is the word being completed).
offers() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _rangecopy_cli
    echo "${COMPREPLY[*]}"
}
expect() {
    local wanted=$1
    shift
    local got
    got=$(offers "$@")
    [[ $got == "$wanted" ]] || fail "rangecopy-cli ${*:2}<Tab>: offered '$got', wanted '$wanted'"
}

expect "--mode" rangecopy-cli --mo
expect "replace overwrite append new" rangecopy-cli --mode ""
expect "overwrite" rangecopy-cli -m ov
expect "replace overwrite append new" rangecopy-cli --mode = ""
expect "new" rangecopy-cli --mode = n
expect "auto sendfile copy_file_range read-write" rangecopy-cli --method ""
expect "auto always never" rangecopy-cli --sparse ""
expect "sha1 sha256 sha512" rangecopy-cli --hash sh
expect "json" rangecopy-cli --progress = ""
expect "--split --split-count" rangecopy-cli --spl
expect "" rangecopy-cli --count ""

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/disk.img" "$work/disk.txt" "$work/other"
expect "$work/disk.img $work/disk.txt" rangecopy-cli "$work/dis"
expect "$work/disk.img $work/disk.txt" rangecopy-cli --undo "$work/di"

# Every option --help lists can be completed.
if [[ -n $program ]]; then
    while read -r option; do
        [[ $(offers rangecopy-cli "$option") == *"$option"* ]] ||
            fail "the bash completion does not offer $option"
        grep -q -- "${option#--}" "$folder/_rangecopy-cli" || fail "zsh: $option missing"
        grep -q -- "${option#--}" "$folder/rangecopy-cli.fish" || fail "fish: $option missing"
    done < <(LANGUAGE= LC_ALL=C.UTF-8 "$program" --help |
        sed -n '/^Options:/,/^Arguments:/p' | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
fi

# The other shells' files parse (when the shell is installed; scripts/install-deps installs both).
if command -v zsh >/dev/null; then
    zsh -n "$folder/_rangecopy-cli" || fail "zsh cannot parse _rangecopy-cli"
else
    echo "zsh is not installed: its completion was not parsed"
fi
if command -v fish >/dev/null; then
    fish --no-execute "$folder/rangecopy-cli.fish" || fail "fish cannot parse rangecopy-cli.fish"
else
    echo "fish is not installed: its completion was not parsed"
fi

if ((failures)); then
    echo "$failures completion checks failed"
    exit 1
fi
echo "all completion checks passed"
