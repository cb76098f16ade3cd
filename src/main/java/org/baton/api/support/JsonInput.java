package org.baton.api.support;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.baton.shared.Calendar;
import org.baton.shared.PlainText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a JSON body may carry: every string is {@link PlainText}, every date or moment lies in the
 * {@link Calendar}'s years, and no list holds a null (e.g. {@code "memberIds": [null]}). Anything else is a malformed request (400, naming the field) instead of reaching
 * the database.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, Instant.class, OffsetDateTime.class);

    @Bean
    JsonMapperBuilderCustomizer noNullsInLists() {
        return builder -> builder.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
    }

    @Bean
    JacksonModule plainTextAndBoundedDates() {
        return new SimpleModule("plain-text")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyDeserializer(
                            DeserializationConfig config,
                            BeanDescription.Supplier description,
                            ValueDeserializer<?> deserializer) {
                        return DATES.contains(deserializer.handledType())
                                ? new BoundedDate(deserializer)
                                : deserializer;
                    }
                });
    }

    static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !PlainText.isPlain(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains a control character");
            }
            return text;
        }
    }

    static final class BoundedDate extends DelegatingDeserializer {

        BoundedDate(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (!Calendar.accepts(value)) {
                return context.handleWeirdStringValue(
                        handledType(), String.valueOf(value), "lies outside the years 1 to 9999");
            }
            return value;
        }
    }
}
