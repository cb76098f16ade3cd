package org.baton.web.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A list of ids in form or query parameters (people chosen in a form, e.g. {@code memberIds}) holds ids only: a
 * blank element chooses no one and is left out, instead of becoming a null id that fails deep in the domain;
 * anything else that is not an id is a value of the wrong type (a field error on a form, 400 on the API).
 */
@Configuration(proxyBeanMethods = false)
class IdLists implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new ConditionalGenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return Set.of(
                        new ConvertiblePair(String[].class, List.class), new ConvertiblePair(String.class, List.class));
            }

            @Override
            public boolean matches(TypeDescriptor source, TypeDescriptor target) {
                var element = target.getElementTypeDescriptor();
                return element != null && element.getType() == UUID.class;
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                if (source == null) {
                    return null;
                }
                var values = source instanceof String[] many ? many : ((String) source).split(",");
                var ids = new ArrayList<UUID>();
                Arrays.stream(values)
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .forEach(value -> ids.add(UUID.fromString(value)));
                return ids;
            }
        });
    }
}
