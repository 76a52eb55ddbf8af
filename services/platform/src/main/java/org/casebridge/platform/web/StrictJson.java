package org.casebridge.platform.web;

import java.time.Clock;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies bound strictly, for every endpoint at once: a value of the wrong JSON type is refused, never
 * converted. No scalar coercion (no {@code "345"} for a number, no {@code true} or {@code 12345} for a text, no
 * {@code "true"} for a boolean, no {@code ""} or {@code " "} for a number, a date or an enum), no fraction truncated to an integer, no number for a date or an enum, an enum by
 * its exact name (Jackson would forgive surrounding blanks), no unknown property; text and dates within what
 * {@link PlausibleValues} allows. Each refusal reaches the caller as
 * the 400 problem of {@link JsonReadFailure}, naming the field.
 */
final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfigDefaults(coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                // A whole number is a number: 12 for a decimal quantity is 12.0, not a coercion.
                .withCoercionConfig(LogicalType.Float, coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
                .addModule(new SimpleModule("casebridge-strict-enums").setDeserializerModifier(new ExactEnums()))
                .addModule(PlausibleValues.module(Clock.systemUTC()));
    }

    /** Wraps every enum deserializer so that only a constant's exact name is read. */
    private static final class ExactEnums extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
            return new ExactEnum(deserializer, type.getRawClass());
        }
    }

    private static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> enumType;

        ExactEnum(ValueDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(enumType, text, "not one of the values accepted");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
