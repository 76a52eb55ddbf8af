#!/bin/sh
# casebridge-init: the one-shot job docker-compose runs once the brokers are healthy. Idempotent, so it runs
# again on every `docker compose up`:
#   1. SCRAM credentials of every service principal (the admin's was created when the brokers were formatted),
#   2. the topics (6 partitions, replication factor 3, min.insync.replicas 2), dead-letter topics included,
#   3. the ACLs: each principal may do what its role needs and nothing else,
#   4. the event schemas of the latest released contracts version, registered in Schema Registry.
# Passwords come from the environment (.env); see .env.example for the names.
set -eu

bootstrap=kafka-1:9092,kafka-2:9092,kafka-3:9092
registry=http://schema-registry:8081
admin_config=/tmp/admin.properties
agencies="forestry natural-resources police court procuratorate"

umask 077
cat > "$admin_config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD:?}";
PROPERTIES

scram_user() { # principal password
    /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" --alter \
        --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
}

topic() { # name [extra kafka-topics options]
    name=$1; shift
    /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" --create \
        --if-not-exists --topic "$name" --replication-factor 3 --config min.insync.replicas=2 "$@"
}

allow() { # principal, then kafka-acls resource and operation options
    principal=$1; shift
    /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" --add --force \
        --allow-principal "User:$principal" "$@"
}

echo "== SCRAM credentials"
scram_user forestry "${FORESTRY_KAFKA_PASSWORD:?}"
scram_user natural-resources "${NATURAL_RESOURCES_KAFKA_PASSWORD:?}"
scram_user police "${POLICE_KAFKA_PASSWORD:?}"
scram_user court "${COURT_KAFKA_PASSWORD:?}"
scram_user procuratorate "${PROCURATORATE_KAFKA_PASSWORD:?}"
scram_user audit "${AUDIT_KAFKA_PASSWORD:?}"
scram_user schema-registry "${SCHEMA_REGISTRY_KAFKA_PASSWORD:?}"

echo "== Topics"
for name in referrals leads referrals.dlt leads.dlt; do
    topic "$name" --partitions 6
done
# Schema Registry's own log: one compacted partition, created here so the registry needs no Create right.
topic _schemas --partitions 1 --config cleanup.policy=compact

echo "== ACLs"
for agency in $agencies; do
    # Every agency writes events of its own and applies everyone's, on both conversations...
    allow "$agency" --operation Read --operation Write --topic referrals --topic leads
    # ...parks what it cannot apply, but never reads (or rewrites) the dead letters...
    allow "$agency" --operation Write --topic referrals.dlt --topic leads.dlt
    # ...and consumes only in its own groups (group ids start with the principal, e.g. police-service).
    allow "$agency" --operation Read --resource-pattern-type prefixed --group "$agency"
done
# Audit reads everything, dead letters included, and writes nothing.
allow audit --operation Read --topic referrals --topic leads --topic referrals.dlt --topic leads.dlt
allow audit --operation Read --resource-pattern-type prefixed --group audit
allow schema-registry --operation Read --operation Write --operation DescribeConfigs --topic _schemas
allow schema-registry --operation Read --resource-pattern-type prefixed --group schema-registry

echo "== Schemas"
attempts=0
until curl --silent --fail "$registry/subjects" > /dev/null; do
    attempts=$((attempts + 1))
    if [ "$attempts" -ge 60 ]; then
        echo "Schema Registry at $registry did not answer within 120 s" >&2
        exit 1
    fi
    sleep 2
done
# released/<n>.json maps each event's full name to its schema; the package names its topic (the rule of
# org.casebridge.contracts.TopicCatalogue), and subjects follow TopicRecordNameStrategy: <topic>-<full name>.
released=$(ls /opt/casebridge/released/*.json | sort -V | tail -n 1)
echo "registering $(basename "$released")"
jq -r 'keys[]' "$released" | while read -r name; do
    case "$name" in
        org.casebridge.contracts.referral.*) subject="referrals-$name" ;;
        org.casebridge.contracts.lead.*) subject="leads-$name" ;;
        *) echo "no topic for $name" >&2; exit 1 ;;
    esac
    curl --silent --show-error --fail -X PUT -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
        --data '{"compatibility":"BACKWARD_TRANSITIVE"}' "$registry/config/$subject" > /dev/null
    jq -c --arg name "$name" '{schemaType: "AVRO", schema: (.[$name] | tojson)}' "$released" |
        curl --silent --show-error --fail -X POST -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
            --data @- "$registry/subjects/$subject/versions"
    echo " $subject"
done
echo "== casebridge-init done"
