#!/bin/sh
# Installed as /usr/bin/gender-desk and /usr/bin/desk-app: the program lives in one folder
# under /opt/gender-desk with its own Python, Qt and SQLCipher.
exec /opt/gender-desk/gender-desk "$@"
