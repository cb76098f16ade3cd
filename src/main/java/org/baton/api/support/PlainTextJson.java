package org.baton.api.support;

import org.baton.shared.PlainText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from a JSON body is {@link PlainText}; one with a control character is a malformed
 * request (400, naming the field), instead of reaching the database.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextJson {

    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer());
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
}
