package org.casebridge.platform.integrity;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.casebridge.contracts.common.EventMeta;

/**
 * Reads the {@code meta} field of any event record generically. The field's position is looked up once per
 * class, so the per-record cost is one indexed get.
 */
final class EventMetas {

    private static final int NONE = -1;
    private static final ClassValue<Integer> META_POSITION = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            if (!SpecificRecord.class.isAssignableFrom(type)) {
                return NONE;
            }
            Schema.Field meta = SpecificData.get().getSchema(type).getField("meta");
            boolean isEventMeta = meta != null && meta.schema().getFullName().equals(EventMeta.SCHEMA$.getFullName());
            return isEventMeta ? meta.pos() : NONE;
        }
    };

    private EventMetas() {
    }

    /** The record's meta, or null when the record is not an event. */
    static EventMeta metaOf(Object record) {
        int position = META_POSITION.get(record.getClass());
        return position == NONE ? null : (EventMeta) ((SpecificRecord) record).get(position);
    }
}
