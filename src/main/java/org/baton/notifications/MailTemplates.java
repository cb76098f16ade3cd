package org.baton.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code templates/mail/<name>.txt} (text mode) and {@code .html} (HTML mode), every word from
 * the message bundle, in the site's language since nobody reads along.
 */
@Component
class MailTemplates {

    /** The two parts of one message. */
    record Rendered(String text, String html) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    Rendered render(String name, Map<String, Object> variables) {
        var context = new Context(Locale.ENGLISH, variables);
        return new Rendered(engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }
}
