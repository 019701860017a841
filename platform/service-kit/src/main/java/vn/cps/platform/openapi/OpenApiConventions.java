package vn.cps.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import vn.cps.platform.problem.Problem;

/**
 * What every service's OpenAPI document says the same way (DESIGN.md section 6), so that no
 * resource has to repeat it: the shared {@code Problem} schema behind every 4xx and 5xx answer,
 * the 400 that any parameter or body can earn, the 415 of a body in another media type, and the
 * roles of each operation in its description. Registered with {@code mp.openapi.filter}.
 */
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getComponents().addSchema("Violation", violationSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> used = new TreeSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                complete(operation);
                if (operation.getTags() != null) {
                    used.addAll(operation.getTags());
                }
            }
        }
        declareTags(openAPI, used);
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !has(operation, "400")) {
            operation.getResponses().addAPIResponse("400",
                    OASFactory.createAPIResponse().description("Malformed request: a parameter, header or body field is invalid (see violations)"));
        }
        if (operation.getRequestBody() != null && !has(operation, "415")) {
            operation.getResponses().addAPIResponse("415",
                    OASFactory.createAPIResponse().description("The body is not in a media type this operation reads"));
        }
        // any operation: RequestAdmission beyond its in-flight limit, ProblemMappers when the database is away
        if (!has(operation, "503")) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().description(
                    "Unavailable for now (too many requests in progress, or the database unreachable): retry after Retry-After seconds"));
        }
        for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
            char first = answer.getKey().charAt(0);
            if ((first == '4' || first == '5') && answer.getValue().getRef() == null) {
                answer.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        }
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            String line = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            if (description == null || description.isBlank()) {
                operation.setDescription(line);
            } else if (!description.contains("Roles: ")) {
                operation.setDescription(description.strip() + "\n\n" + line);
            }
        }
    }

    private static boolean has(Operation operation, String code) {
        return operation.getResponses().getAPIResponses() != null
                && operation.getResponses().getAPIResponses().containsKey(code);
    }

    /** The roles that Quarkus lists as the scopes of an operation's security requirement (from @RolesAllowed). */
    private static List<String> roles(Operation operation) {
        Set<String> roles = new TreeSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        return new ArrayList<>(roles);
    }

    private static void declareTags(OpenAPI openAPI, Set<String> used) {
        Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> declared = new LinkedHashMap<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> declared.put(tag.getName(), tag));
        }
        for (String name : used) {
            declared.computeIfAbsent(name, n -> OASFactory.createTag().name(n));
        }
        openAPI.setTags(new ArrayList<>(declared.values()));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail. Problem types may add members, such as `allowed` for the "
                        + "steps a case allows now.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .description("Names the kind of problem: https://cps.gov.vn/problems/<slug>"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The HTTP reason phrase or a short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What went wrong with this request, in words a caller can act on"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                        .description("One entry per invalid field, for validation problems"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema violationSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid field of a request")
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("A JSON path into the request, such as child.birthDate, or a parameter name"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Why the value is refused"));
    }
}
