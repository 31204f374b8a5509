#!/bin/sh
# Greets whoever is named (world when nobody is), and counts the visit in /data/visits.
name="${1:-world}"
echo "${GREETING:-Hello}, ${name}"
if [ -d /data ]; then
  date >> /data/visits 2>/dev/null || echo "greet: cannot write /data/visits as $(id -un)" >&2
fi
