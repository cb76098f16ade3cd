package org.baton.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.baton.shared.Calendar;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates and moments in query and form parameters lie in the {@link Calendar}'s years; any other is a
 * parameter of the wrong type (400 on the API, a field error on a form), never a 500 from the database.
 */
@Configuration(proxyBeanMethods = false)
class BoundedDates implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        var iso = new Jsr310DateTimeFormatAnnotationFormatterFactory();
        registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return iso.getFieldTypes();
            }

            @Override
            public Printer<?> getPrinter(DateTimeFormat format, Class<?> type) {
                return iso.getPrinter(format, type);
            }

            @Override
            public Parser<?> getParser(DateTimeFormat format, Class<?> type) {
                Parser<?> parser = iso.getParser(format, type);
                return (text, locale) -> bounded(parser.parse(text, locale));
            }
        });
        registry.addConverter(
                String.class, Instant.class, text -> text.isBlank() ? null : bounded(Instant.parse(text.strip())));
        registry.addConverter(
                String.class, LocalDate.class, text -> text.isBlank() ? null : bounded(LocalDate.parse(text.strip())));
    }

    static <T> T bounded(T value) {
        if (!Calendar.accepts(value)) {
            throw new IllegalArgumentException("lies outside the years 1 to 9999");
        }
        return value;
    }
}
