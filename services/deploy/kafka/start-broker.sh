#!/bin/sh
# Entry point of kafka-1..3: completes services/deploy/kafka/server.properties with this node's settings and the SASL
# logins, formats the storage once (creating the admin's SCRAM credential, without which nobody could log
# in to create the others) and starts the broker.
# Environment: KAFKA_NODE_ID, KAFKA_CLUSTER_ID, KAFKA_ADMIN_PASSWORD.
set -eu
: "${KAFKA_NODE_ID:?}" "${KAFKA_CLUSTER_ID:?}" "${KAFKA_ADMIN_PASSWORD:?}"

config=/tmp/server.properties
umask 077
cp /opt/casebridge/server.properties "$config"
cat >> "$config" <<PROPERTIES
node.id=${KAFKA_NODE_ID}
advertised.listeners=CLIENT://kafka-${KAFKA_NODE_ID}:9092
listener.name.client.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}" user_admin="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

# The admin client settings the healthcheck and the init job use.
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$KAFKA_CLUSTER_ID" --config "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$config"
