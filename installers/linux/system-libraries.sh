#!/usr/bin/env bash
# The Debian packages whose libraries the one-folder bundle loads from the system rather than
# carrying them (the C library, OpenGL, libxcb: PyInstaller leaves these to the system, as they
# must match the machine's drivers and X server). Prints one Depends entry a line, with the
# C library's lowest version taken from the newest GLIBC_ symbol version any file asks for.
# Fails if a library is found neither in the bundle nor on this machine.
# Usage: installers/linux/system-libraries.sh dist/gender-desk
set -euo pipefail
bundle="$(cd "$1" && pwd)"
internal="$bundle/_internal"

mapfile -t elves < <(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) | sort)
elves+=("$bundle/gender-desk")

missing=0
declare -A packages=() seen=()
needed_by=""
while read -r line; do
  case "$line" in
    /*:) needed_by="${line%:}"; needed_by="${needed_by#"$bundle"/}" ;;
    *"not found"*)
      echo "not found: ${line%% *} (needed by $needed_by)" >&2
      missing=1
      ;;
    *"=> /"*)
      path="$(awk '{print $3}' <<<"$line")"
      case "$path" in "$bundle"/*) continue ;; esac
      [ -z "${seen[$path]:-}" ] || continue
      seen["$path"]=1
      owner="$(dpkg-query -S "$(readlink -f "$path")" 2>/dev/null \
        || dpkg-query -S "$path" 2>/dev/null || true)"
      if [ -z "$owner" ]; then
        echo "no package owns $path (needed by $needed_by)" >&2
        missing=1
        continue
      fi
      packages["${owner%%:*}"]=1
      ;;
  esac
done < <(LD_LIBRARY_PATH="$internal" ldd "${elves[@]}" 2>/dev/null || true)
glibc="$(objdump -T "${elves[@]}" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' \
  | sort -V | tail -1)"
[ "$missing" -eq 0 ] || exit 1

for package in $(printf '%s\n' "${!packages[@]}" | sort); do
  if [ "$package" = libc6 ]; then echo "libc6 (>= $glibc)"; else echo "$package"; fi
done
