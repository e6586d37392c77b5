#!/usr/bin/env bash
# Checks an installed Gender Desk with nothing but the installed program: its version, a new
# station set up without questions, a complaint added from JSON, its receipt as a PDF file
# (and on a printer when SMOKE_PRINTER names a CUPS queue), and the window opened and closed.
# Every name, number and word in the complaint is made up for this check.
# Usage: installers/smoke-test.sh [COMMAND]   (default: gender-desk, as the package installs it)
# Environment: SMOKE_PRINTER=queue to print too; DISPLAY to open the window on X as well.
set -uo pipefail
desk="${1:-gender-desk}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/station"
passphrase="installation-check-passphrase-1"
passed=0
failed=0

step() {  # step NAME COMMAND...: runs it, says how long it took and whether it passed
  local name="$1" started ended
  shift
  started="$(date +%s%N)"
  if "$@" >"$work/out" 2>"$work/err"; then
    ended="$(date +%s%N)"
    printf 'ok    %-44s %6d ms\n' "$name" $(((ended - started) / 1000000))
    passed=$((passed + 1))
  else
    printf 'FAIL  %s (exit %s)\n' "$name" "$?"
    sed 's/^/      /' "$work/out" "$work/err"
    failed=$((failed + 1))
  fi
}

cat >"$work/complaint.json" <<'JSON'
{
  "complainant": {"is_survivor": true},
  "survivor": {
    "name": "Synthetic Test Person",
    "gender_identity": "female",
    "age": 30,
    "age_estimated": true,
    "disability": false,
    "phone": "0300 0000000",
    "safe_to_contact": false,
    "address": "Not a real address (installation check)",
    "district": "Quetta",
    "preferred_language": "en"
  },
  "incident": {
    "date": "2026-01-01",
    "time": "10:00",
    "district": "Quetta",
    "place_type": "home",
    "categories": ["domestic_violence_psychological"],
    "narrative": "Installation check: made up, about no real person or event."
  },
  "perpetrators": [],
  "risk": {},
  "legal": {"sections": [], "fir_registered": false, "fir_number": null},
  "consent": {"anonymised_reporting": false, "given_by": "survivor", "referral": {}}
}
JSON

version() { "$desk" --version | grep -Eq '^desk-app [0-9]+\.[0-9]+'; }
init() {
  printf '%s\n%s\n' "$passphrase" "$passphrase" | "$desk" init --data-dir "$data" \
    --passphrase-stdin --station-code CHECK1 --station-name "Installation Check Station" \
    --district Quetta --province Balochistan --admin-user checker \
    --admin-name "Synthetic In-charge"
}
add() {
  printf '%s\n' "$passphrase" | "$desk" complaint add --data-dir "$data" --passphrase-stdin \
    --user checker --json "$work/complaint.json" | tee "$work/number" | grep -q '^CHECK1-'
}
receipt() {
  printf '%s\n' "$passphrase" | "$desk" receipt "$(cat "$work/number")" --data-dir "$data" \
    --passphrase-stdin --user checker --out "$work/receipt.pdf" \
    && head -c 5 "$work/receipt.pdf" | grep -q '^%PDF-' \
    && [ "$(stat -c %s "$work/receipt.pdf")" -gt 10000 ]
}
print() {
  printf '%s\n' "$passphrase" | "$desk" receipt "$(cat "$work/number")" --data-dir "$data" \
    --passphrase-stdin --user checker --print --printer "$SMOKE_PRINTER"
}
window() {  # QT_QPA_PLATFORM as given: offscreen, or xcb on $DISPLAY
  QT_QPA_PLATFORM="$1" "$desk" --data-dir "$data" --quit-after-paint
}

step "--version" version
step "init a station (no questions)" init
step "complaint add --json" add
step "receipt --out (a PDF file)" receipt
if [ -n "${SMOKE_PRINTER:-}" ]; then
  step "receipt --print on $SMOKE_PRINTER" print
fi
step "window: offscreen, first paint, quit" window offscreen
if [ -n "${DISPLAY:-}" ]; then
  step "window: X11 (xcb) on $DISPLAY, first paint, quit" window xcb
fi
echo "smoke test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
