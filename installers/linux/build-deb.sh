#!/usr/bin/env bash
# Packs the one-folder bundle (installers/gender-desk.spec's output) into a Debian package:
#   /opt/gender-desk/                       the bundle as PyInstaller made it
#   /usr/bin/gender-desk, /usr/bin/desk-app  launchers (the window; the commands)
#   /usr/share/applications/gender-desk.desktop and the icon (hicolor, PNG and SVG)
# Depends: the system libraries the bundle does not carry (found by system-libraries.sh on this
# build, so the list stays true) and what the window reads from the system (fontconfig's
# configuration and fonts for Urdu and Latin). Built without root (--root-owner-group).
# Usage: installers/linux/build-deb.sh BUNDLE_DIR VERSION OUT_DIR   (make installer calls it)
set -euo pipefail
bundle="$1"
version="$2"
out_dir="$3"
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../icons"

[ -x "$bundle/gender-desk" ] || { echo "no bundle at $bundle: build it first" >&2; exit 2; }
mkdir -p "$out_dir"
root="$(mktemp -d "$out_dir/deb-root.XXXXXX")"
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root"  # the package's "./": mktemp made it private
umask 022

mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/gender-desk" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/gender-desk"
chmod -R u+rwX,go+rX,go-w "$root/opt/gender-desk"
install -m 0755 "$here/launcher.sh" "$root/usr/bin/gender-desk"
install -m 0755 "$here/launcher.sh" "$root/usr/bin/desk-app"
install -m 0644 "$here/gender-desk.desktop" "$root/usr/share/applications/gender-desk.desktop"
install -m 0644 "$icons/gender-desk.png" "$root/usr/share/icons/hicolor/256x256/apps/gender-desk.png"
install -m 0644 "$icons/gender-desk.svg" "$root/usr/share/icons/hicolor/scalable/apps/gender-desk.svg"
install -m 0644 "$here/copyright" "$root/usr/share/doc/gender-desk/copyright"

libraries="$("$here/system-libraries.sh" "$bundle")"
depends="$(printf '%s\n' "$libraries" fontconfig-config fonts-noto-core | paste -sd, | sed 's/,/, /g')"
installed_size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
  -e "s/@DEPENDS@/$depends/" "$here/control.in" > "$root/DEBIAN/control"

deb="$out_dir/gender-desk_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$deb" >/dev/null
echo "$deb"
