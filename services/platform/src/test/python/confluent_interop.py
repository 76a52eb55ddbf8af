#!/usr/bin/env python3
"""Confluent's own Python client (Debian's python3-confluent-kafka, legacy confluent_kafka.avro module) on the
other side of CaseBridge's Java serde, through the same registry.

  confluent_interop.py decode REGISTRY_URL FRAME_FILE
      decodes a Confluent-framed record and prints it as JSON (dates and times as ISO 8601)
  confluent_interop.py encode REGISTRY_URL TOPIC SCHEMA_FILE FRAME_FILE
      writes a ReceiptSigned (the sample below) framed by Confluent's serializer, registered as TOPIC-value
"""
import datetime
import json
import sys

from confluent_kafka import avro as confluent_avro
from confluent_kafka.avro.cached_schema_registry_client import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

# Known to the Java test too: it asserts these values after decoding with CaseBridge's deserializer.
RECEIPT_SIGNED = {
    "meta": {
        "eventId": "5f0c6f1e-8a4b-4c1d-9e2f-3a4b5c6d7e8f",
        "caseId": "BT-2026-000123",
        "sequence": 2,
        "previousHash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "occurredAt": datetime.datetime(2026, 11, 28, 9, 30, 15, 250000, tzinfo=datetime.timezone.utc),
        "actingAgency": {"type": "POLICE", "divisionCode": "150203"},
        "officer": "王建国",
        "handlingCode": "H1",
        "traceParent": None,
    },
    "receiptNumber": "包公昆回〔2026〕7号",
}


def as_json(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def main(argv):
    client = CachedSchemaRegistryClient({"url": argv[2]})
    serializer = MessageSerializer(client)
    if argv[1] == "decode":
        with open(argv[3], "rb") as frame:
            record = serializer.decode_message(frame.read())
        print(json.dumps(record, default=as_json, ensure_ascii=False))
    elif argv[1] == "encode":
        topic, schema_file, frame_file = argv[3:6]
        with open(schema_file, encoding="utf-8") as f:
            schema = confluent_avro.loads(f.read())
        frame = serializer.encode_record_with_schema(topic, schema, RECEIPT_SIGNED, is_key=False)
        with open(frame_file, "wb") as out:
            out.write(frame)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
