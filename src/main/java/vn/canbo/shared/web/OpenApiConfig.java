package vn.canbo.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OpenAPI description of /api/v1, served at /api/v1/openapi (JSON) and /api/docs (Swagger
 * UI).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI canboOpenApi() {
		return new OpenAPI()
			.info(new Info().title("canbo API")
				.version("v1")
				.description("Hệ thống quản lý cán bộ — REST API. Dates are ISO yyyy-MM-dd; every list is paged and "
						+ "limited to the caller's scope; errors are RFC 9457 problem details with Vietnamese messages "
						+ "and an `errors` array naming each field."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
