#!/bin/sh
# The image's `talentwatch`: what the repository's ./talentwatch launcher runs, minus its build step.
# Flink on JDK 17 opens these packages to its serializers (the list the launcher uses).
exec java -Xmx1g \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED \
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/java.math=ALL-UNNAMED \
  --add-opens=java.sql/java.sql=ALL-UNNAMED \
  ${TALENTWATCH_JAVA_OPTS:-} \
  -Dtalentwatch.home=/opt/talentwatch \
  -Dlog4j.configurationFile=/opt/talentwatch/target/classes/talentwatch-cli-log4j2.xml \
  -Dtalentwatch.log.dir="${TALENTWATCH_LOG_DIR:-/tmp/talentwatch-logs}" \
  -cp "/opt/talentwatch/target/classes:/opt/talentwatch/target/elasticsearch7-connector:/opt/talentwatch/target/lib/*" \
  io.talentwatch.cli.Main "$@"
