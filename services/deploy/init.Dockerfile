# casebridge-init: Kafka's own CLI tools, plus curl and jq to register the event schemas
# (services/deploy/init/init.sh). Built from the repository root by docker-compose.
FROM apache/kafka:4.1.2
USER root
RUN apk add --no-cache curl jq
COPY services/deploy/init/init.sh /opt/casebridge/init.sh
COPY schemas/released/ /opt/casebridge/released/
USER appuser
ENTRYPOINT ["/bin/sh", "/opt/casebridge/init.sh"]
