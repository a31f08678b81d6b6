# bash completion for rangecopy-cli                                    -*- shell-script -*-
# Options, the values of --mode, --method, --sparse, --hash, --progress, and files elsewhere.

_rangecopy_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --mode=new: bash splits at "=" (COMP_WORDBREAKS): "--mode" "=" "new".
    local afterEquals=false
    if [[ $cur == "=" ]]; then
        cur=""
        afterEquals=true
    elif [[ $prev == "=" && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
        afterEquals=true
    fi

    local options="-o --offset -n --count -m --mode --dest-offset --method --sparse
        --chunk-size --limit-rate --hash --hash-file --expect --verify --sync --backup
        --allow-device --compare --other-offset --undo -p --preview --json -q --quiet
        --progress --batch --stop-on-error --split --split-count --join --keep-partial
        --resume --scan -h --help --help-all -v --version"

    case $prev in
    -m | --mode)
        mapfile -t COMPREPLY < <(compgen -W "replace overwrite append new" -- "$cur")
        return
        ;;
    --method)
        mapfile -t COMPREPLY < <(compgen -W "auto sendfile copy_file_range read-write" -- "$cur")
        return
        ;;
    --sparse)
        mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
        return
        ;;
    --hash)
        mapfile -t COMPREPLY < <(compgen -W "md5 sha1 sha256 sha512 blake2b xxh3 xxh128" -- "$cur")
        return
        ;;
    --expect)
        mapfile -t COMPREPLY < <(compgen -W "md5: sha1: sha256: sha512: blake2b: xxh3: xxh128:" -- "$cur")
        compopt -o nospace 2>/dev/null
        return
        ;;
    --progress)
        if $afterEquals; then
            mapfile -t COMPREPLY < <(compgen -W "json" -- "$cur")
            return
        fi
        ;;
    -o | --offset | -n | --count | --dest-offset | --chunk-size | --limit-rate | \
        --other-offset | --split | --split-count)
        return # a number: nothing to offer
        ;;
    esac

    if [[ $cur == -* ]]; then
        # shellcheck disable=SC2086 # the list is split on purpose
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    else
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}
complete -F _rangecopy_cli rangecopy-cli
