package org.clinicverify.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Title of the generated OpenAPI document (served at /swagger/, Swagger UI at /swagger-ui/). */
@OpenAPIDefinition(info = @Info(title = "clinic-verify", version = "v1",
        description = "An honest directory of ketamine-therapy clinics that flags unregulated online sellers. "
                + "Errors are JSON {message, parameter}."))
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
