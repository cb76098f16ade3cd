package org.baton.api.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the API describes itself at /v3/api-docs (browsable at /api-docs). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI batonApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Baton API")
                        .version("v1")
                        .description(
                                """
                                Distributed leadership: people, home bases, missions, intents, decisions, the decision log, \
                                values and principles, decision areas and mandates. Get a personal access token at \
                                POST /api/v1/tokens with HTTP Basic (email and password), then send 'Authorization: Bearer <token>'. \
                                Errors are RFC 9457 problem details.""")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer"))
                        .addSecuritySchemes(
                                "password",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
