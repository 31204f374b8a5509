#!/bin/sh
# The app: says which vendored library it runs with.
echo "acme app: $(cat /app/vendor/lib.txt)"
