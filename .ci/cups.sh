#!/usr/bin/env bash
# Sourced by .ci/run: CUPS with a PDF printer (cups-pdf) for the printing tests, which print
# receipts and registers on it and read the jobs back (tests/helpers/cups.py). Sets
# DESK_TEST_PRINTER (the queue) and DESK_TEST_PRINTER_OUT (where cups-pdf writes each job).
set -euo pipefail

if ! command -v cupsd >/dev/null || ! command -v lpadmin >/dev/null; then
  echo "CUPS not installed; the printing tests that need a queue are skipped." >&2
  return 0
fi
if [ "$(id -u)" -eq 0 ]; then cups_sudo=(); else cups_sudo=(sudo); fi

if ! LC_ALL=C lpstat -r 2>/dev/null | grep -q "scheduler is running"; then
  "${cups_sudo[@]}" cupsd  # detaches; stays for the machine's life, like the package's
  for _ in $(seq 1 50); do
    LC_ALL=C lpstat -r 2>/dev/null | grep -q "scheduler is running" && break
    sleep 0.2
  done
fi

export DESK_TEST_PRINTER=GenderDeskPDF
if ! lpstat -v "$DESK_TEST_PRINTER" >/dev/null 2>&1; then
  ppd="$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ {print $1; exit}')"
  "${cups_sudo[@]}" lpadmin -p "$DESK_TEST_PRINTER" -E -v cups-pdf:/ \
    -m "${ppd:-lsb/usr/cups-pdf/CUPS-PDF_opt.ppd}" 2>/dev/null
fi

# cups-pdf writes to its "Out" folder, ${HOME} being the home of the user who printed.
cups_out="$(awk '$1 == "Out" {print $2}' /etc/cups/cups-pdf.conf 2>/dev/null || true)"
cups_out="${cups_out:-\${HOME\}/PDF}"
export DESK_TEST_PRINTER_OUT="${cups_out//'${HOME}'/$HOME}"
echo "CUPS PDF printer $DESK_TEST_PRINTER writing to $DESK_TEST_PRINTER_OUT"
