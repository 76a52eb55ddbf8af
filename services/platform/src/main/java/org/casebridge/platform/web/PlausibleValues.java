package org.casebridge.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What any text, decimal or date of a request body must be, whatever the endpoint: a decimal is finite; text is
 * well-formed (no unpaired
 * surrogate, which a {@code \\ud800} escape can smuggle past a UTF-8 check; no control character but tab, line
 * feed and carriage return) and at most {@value #MAX_TEXT_LENGTH} characters; a date or instant lies between
 * {@value #EARLIEST} (the Criminal Law whose articles referrals name took effect) and {@value #YEARS_AHEAD} years
 * from now (reply deadlines lie ahead; nothing lies further). Fields with tighter rules say so with Bean
 * Validation.
 */
final class PlausibleValues {

    static final int MAX_TEXT_LENGTH = 20_000;
    static final String EARLIEST = "1997-10-01";
    static final int YEARS_AHEAD = 5;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String PADDED = "has blanks around it";

    private PlausibleValues() {
    }

    /** Whether the current token is a text with blanks around it, which Jackson's date readers would strip. */
    private static boolean padded(JsonParser parser) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return false;
        }
        String text = parser.getString();
        return !text.equals(text.strip());
    }

    static SimpleModule module(Clock clock) {
        return new SimpleModule("casebridge-plausible-values")
                .addDeserializer(String.class, new Text())
                .addDeserializer(Double.class, new FiniteNumber())
                .addDeserializer(LocalDate.class, new Dates(clock))
                .addDeserializer(Instant.class, new Instants(clock));
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
            if (text.length() > MAX_TEXT_LENGTH) {
                return (String) context.handleWeirdStringValue(String.class, text.substring(0, 20) + "...",
                        "longer than " + MAX_TEXT_LENGTH + " characters");
            }
            String flaw = flaw(text);
            if (flaw != null) {
                return (String) context.handleWeirdStringValue(String.class, "", flaw);
            }
            return text;
        }

        /** Why the text is not well-formed, or null. */
        private static String flaw(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "holds an unpaired surrogate at " + i;
                } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    return "holds a control character (U+" + String.format("%04X", (int) c) + ") at " + i;
                }
            }
            return null;
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

    private static final class Dates extends StdScalarDeserializer<LocalDate> {

        private final Clock clock;

        Dates(Clock clock) {
            super(LocalDate.class);
            this.clock = clock;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (padded(parser)) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getString(), PADDED);
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            LocalDate latest = LocalDate.now(clock.withZone(CHINA)).plusYears(YEARS_AHEAD);
            if (date != null && (date.isBefore(LocalDate.parse(EARLIEST)) || date.isAfter(latest))) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, date.toString(),
                        "not between " + EARLIEST + " and " + latest);
            }
            return date;
        }
    }

    private static final class Instants extends StdScalarDeserializer<Instant> {

        private final Clock clock;

        Instants(Clock clock) {
            super(Instant.class);
            this.clock = clock;
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                // Jackson would read a number as seconds since the epoch.
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            if (padded(parser)) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getString(), PADDED);
            }
            ValueDeserializer<Instant> iso = InstantDeserializer.INSTANT;
            Instant instant = iso.deserialize(parser, context);
            LocalDate day = instant == null ? null : LocalDate.ofInstant(instant, CHINA);
            LocalDate latest = LocalDate.now(clock.withZone(CHINA)).plusYears(YEARS_AHEAD);
            if (day != null && (day.isBefore(LocalDate.parse(EARLIEST)) || day.isAfter(latest))) {
                return (Instant) context.handleWeirdStringValue(Instant.class, instant.toString(),
                        "not between " + EARLIEST + " and " + latest);
            }
            return instant;
        }
    }
}
