#!/bin/sh
# Prints a short report about the machine it runs on.
echo "== report =="
echo "host:    $(hostname)"
echo "kernel:  $(uname -r)"
echo "curl:    $(curl --version | head -n 1 | cut -d ' ' -f 2)"
