#!/bin/sh
# ticker: counts the seconds it has been running. It writes everything to a log file, the way
# programs written for a server without containers often do.
i=0
while true; do
  i=$((i + 1))
  echo "tick $i" >> /var/log/ticker.log
  if [ $((i % 5)) -eq 0 ]; then
    echo "warn: $i ticks and nobody is reading them" >> /var/log/ticker.log
  fi
  sleep 1
done
