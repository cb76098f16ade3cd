package org.baton.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEMPORARY, tests of the web branch only. On this branch's base, {@code People.list} with no query sends an
 * untyped null that PostgreSQL refuses ("could not determine data type of parameter $2"), so the people
 * directory and every leader/member picker fail. {@code main} already fixed it (commit 3684eab casts the
 * parameter); this rewrites the same statement the same way so the pages can be tested here. After the
 * merge it matches nothing and can be deleted together with its {@code @Import}s.
 */
@TestConfiguration(proxyBeanMethods = false)
public class UntypedNullSearchWorkaround {

    static final String BROKEN = "(? is null or name ilike ?";
    static final String FIXED = "(cast(? as text) is null or name ilike ?";

    @Bean
    static BeanPostProcessor castPeopleSearchParameter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcClient client)) {
                    return bean;
                }
                return Proxy.newProxyInstance(JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("sql") && args != null && args.length == 1 && args[0] instanceof String sql) {
                                args[0] = sql.replace(BROKEN, FIXED);
                            }
                            try {
                                return method.invoke(client, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
