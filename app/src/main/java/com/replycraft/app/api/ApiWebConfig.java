package com.replycraft.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the API: access annotations on every endpoint, and the OpenAPI description. */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

  static final String BEARER = "bearer-token";

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new EndpointAccessInterceptor()).addPathPatterns("/api/**");
  }

  @Bean
  OpenAPI replyCraftOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties props = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("ReplyCraft API")
                .version(props == null ? "dev" : props.getVersion())
                .description(
                    "Versioned REST API of ReplyCraft. Authenticate with an API token created by"
                        + " an admin: 'Authorization: Bearer <token>'. Errors are"
                        + " application/problem+json."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API token from the admin page 'API tokens'")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
