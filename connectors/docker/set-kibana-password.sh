#!/usr/bin/env bash
# Sets the password of Elasticsearch's built-in kibana_system user (the kibana-password service).
# The credentials reach curl through its config on stdin, not its command line.
set -euo pipefail
for attempt in $(seq 1 30); do
  if printf 'user = "elastic:%s"\ndata = "{\\"password\\":\\"%s\\"}"\n' "$ELASTIC_PASSWORD" "$KIBANA_SYSTEM_PASSWORD" |
     curl -fsS -o /dev/null -K - -H 'Content-Type: application/json' \
       http://elasticsearch:9200/_security/user/kibana_system/_password; then
    echo "kibana_system password set"
    exit 0
  fi
  echo "attempt $attempt: Elasticsearch refused; retrying in 2 s" >&2
  sleep 2
done
echo "could not set the kibana_system password" >&2
exit 1
