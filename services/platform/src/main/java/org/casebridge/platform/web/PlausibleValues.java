package org.casebridge.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What any text, decimal or date of a request body must be, whatever the endpoint: text as
 * {@link WellFormedText} says; a decimal is finite; a date or instant lies between
 * {@value #EARLIEST} (the Criminal Law whose articles referrals name took effect) and {@value #YEARS_AHEAD} years
 * from now (reply deadlines lie ahead; nothing lies further). Fields with tighter rules say so with Bean
 * Validation.
 */
final class PlausibleValues {

    static final String EARLIEST = "1997-10-01";
    private static final LocalDate EARLIEST_DAY = LocalDate.parse(EARLIEST);
    static final int YEARS_AHEAD = 5;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PlausibleValues() {
    }

    static SimpleModule module(Clock clock) {
        return new SimpleModule("casebridge-plausible-values")
                .addDeserializer(String.class, new Text())
                .addDeserializer(Double.class, new FiniteNumber())
                .addDeserializer(LocalDate.class, new Moment<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        date -> date, clock))
                .addDeserializer(Instant.class, new Moment<>(Instant.class, InstantDeserializer.INSTANT,
                        instant -> LocalDate.ofInstant(instant, CHINA), clock));
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            String flaw = WellFormedText.flaw(text).orElse(null);
            if (flaw != null) {
                return (String) context.handleWeirdStringValue(String.class,
                        text.length() > 20 ? text.substring(0, 20) + "..." : text, flaw);
            }
            return text;
        }
    }

    /** A decimal that is a number: 1e309 would be read as infinity. */
    private static final class FiniteNumber extends StdScalarDeserializer<Double> {

        FiniteNumber() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            double value = parser.getDoubleValue();
            if (!Double.isFinite(value)) {
                return (Double) context.handleWeirdNumberValue(Double.class, value, "beyond the range of a number");
            }
            return value;
        }
    }

    /**
     * A date or instant as ISO text (Jackson would read a number as days or seconds since the epoch, and strip
     * blanks around the text), within the window.
     */
    private static final class Moment<T> extends StdScalarDeserializer<T> {

        private final ValueDeserializer<T> iso;
        private final Function<T, LocalDate> day;
        private final Clock clock;

        Moment(Class<T> type, ValueDeserializer<T> iso, Function<T, LocalDate> day, Clock clock) {
            super(type);
            this.iso = iso;
            this.day = day;
            this.clock = clock;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getString();
            if (!text.equals(text.strip())) {
                return (T) context.handleWeirdStringValue(handledType(), text, "has blanks around it");
            }
            T value = iso.deserialize(parser, context);
            LocalDate latest = LocalDate.now(clock.withZone(CHINA)).plusYears(YEARS_AHEAD);
            LocalDate on = value == null ? null : day.apply(value);
            if (on != null && (on.isBefore(EARLIEST_DAY) || on.isAfter(latest))) {
                return (T) context.handleWeirdStringValue(handledType(), text,
                        "not between " + EARLIEST + " and " + latest);
            }
            return value;
        }
    }
}
