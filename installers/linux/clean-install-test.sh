#!/usr/bin/env bash
# Installs the built .deb on a clean Debian (a minimal root made by debootstrap from this
# machine's own package mirror, same release) and runs installers/smoke-test.sh there as the
# package installs it (/usr/bin/gender-desk). The clean root holds nothing but a minimal Debian
# and what apt brings for the package's Depends and Recommends, so a library the bundle forgot
# or the Depends miss fails here, not at a station. CUPS and X are the host's, reached through
# their sockets: SMOKE_PRINTER and DISPLAY, when set, are passed on.
# A root left by an earlier run is reused; the package is installed anew (--reinstall), so a
# rebuilt package of the same version is the one checked.
# Needs root (debootstrap, chroot, bind mounts). Usage: clean-install-test.sh DEB ROOT_DIR
set -euo pipefail
deb="$(readlink -f "$1")"
root="$2"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=/dev/null
codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
mirror="$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' \
  | awk -v suite="$codename" '$2 == suite {print $1; exit}')"

mounts=()
cleanup() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {  # bind SOURCE: the host's SOURCE at the same place in the clean root
  mkdir -p "$root$1"
  mount --bind "$1" "$root$1"
  mounts+=("$root$1")
}

started=$(date +%s)
if [ ! -x "$root/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase "$codename" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log" >&2; exit 1; }
fi
echo "clean $codename root ready in $(($(date +%s) - started)) s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
bind /dev
[ -S /run/cups/cups.sock ] && bind /run/cups
[ -d /tmp/.X11-unix ] && bind /tmp/.X11-unix

cp "$deb" "$root/var/tmp/package.deb"
install -m 0755 "$here/../smoke-test.sh" "$root/var/tmp/smoke-test.sh"
started=$(date +%s)
installed() { chroot "$root" dpkg-query -W -f='${Package} ${Installed-Size}\n' | sort; }
before="$(installed)"
if ! { chroot "$root" apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --reinstall /var/tmp/package.deb; } \
  >"$root.install.log" 2>&1; then
  tail -30 "$root.install.log" >&2
  exit 1
fi
brought="$(comm -13 <(echo "$before") <(installed))"
echo "apt-get install ./$(basename "$deb") in $(($(date +%s) - started)) s:" \
  "$(chroot "$root" dpkg-query -W -f='${Installed-Size}' gender-desk) KiB the package;" \
  "$(grep -c -v -e '^gender-desk ' -e '^$' <<<"$brought" || true) packages brought with it," \
  "$(grep -v '^gender-desk ' <<<"$brought" | awk '{s += $2} END {print s + 0}') KiB"
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
  SMOKE_PRINTER="${SMOKE_PRINTER:-}" ${DISPLAY:+DISPLAY="$DISPLAY"} \
  /var/tmp/smoke-test.sh gender-desk
