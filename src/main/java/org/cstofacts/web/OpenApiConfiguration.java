package org.cstofacts.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.cstofacts.kernel.web.PublicAddress;
import org.cstofacts.version.ApplicationVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} and the explorer at {@code /swagger-ui.html}: it describes the API
 * only (not the actuator or error endpoints) and documents, on every operation, the problems any request can
 * end in, with the problem schema they share. What clients generated from it depend on is decided here, in one
 * place: each operation's id and tag ({@link ApiOperations}), the API key as the writes' security scheme, and the
 * server, which is the configured public address and never the host a request named.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_SCHEMA = "Problem";

	private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

	private static final String API_KEY_SCHEME = "apiKey";

	private static final String API_KEY_HEADER = "X-API-Key";

	private static final String EXAMPLE_ERROR_ID = "123e4567-e89b-12d3-a456-426614174000";

	private static final String DESCRIPTION = """
			Facts about the summits of the Collective Security Treaty Organization (CSTO), read from news articles: \
			member states, leaders and their roles, dated events, and who said what, served as JSON.

			**Provenance.** Every extracted fact carries `sources`, a list of `{documentId, start, end}`: the \
			fact was read from `text.substring(start, end)` of that document (`GET /api/documents/{id}`), counted \
			in UTF-16 code units with `end` exclusive. A statement's `span` locates its quoted words the same way.

			**Collections** are paged: `page` (from 0), `size` (1 to 100, default 20) and `sort=field` or \
			`sort=field,asc|desc` with the fields each collection documents. Answers have the shape \
			`{"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}`. A page past the end is \
			empty; a value out of range or an unknown sort field is a 400 problem, never silently clamped.

			**Errors** are RFC 9457 problems (`application/problem+json`) with `type`, `title`, `status`, \
			`detail` and `instance`; a 400 about a parameter names it in `parameter`, a 5xx gives an `errorId` to \
			quote when reporting it.

			**Caching.** Every successful GET carries a strong `ETag` and `Cache-Control: no-cache`: send the tag \
			back in `If-None-Match` and an unchanged answer costs a `304` without a body. Tags change with every \
			write. Browsers on any origin may read the API (CORS).

			**Writing.** `POST /api/documents` ingests an article (plain text, JSON, or a saved web page as \
			`text/html`, whose article text is taken out and whose bytes are kept, at \
			`GET /api/documents/{id}/original`), `POST /api/documents/batch` many at once (`application/x-ndjson` \
			or a JSON array, each article answered on its own), and `DELETE /api/documents/{id}` removes one. \
			Writes are disabled until the service is started with an API key (property `csto.api-key` or \
			environment variable `CSTO_API_KEY`); each write then sends it in the `X-API-Key` header.
			""";

	@Bean
	OpenAPI cstoFactsOpenApi(ApplicationVersion version, PublicAddress address) {
		return new OpenAPI()
			.info(new Info().title("csto-facts").version(version.value()).description(DESCRIPTION))
			.servers(List.of(new Server().url(address.server())
				.description("This service (csto.public-base-url, or where this document was read from)")))
			.tags(ApiOperations.TAGS)
			.components(new Components().addSchemas(PROBLEM_SCHEMA, problemSchema())
				.addSecuritySchemes(API_KEY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name(API_KEY_HEADER)
					.description("The key the service was started with (csto.api-key, CSTO_API_KEY); writes only")));
	}

	/**
	 * Keeps the document to the API, names each operation as the contract does, says which operations need the key,
	 * and adds to each operation the problems it does not document itself.
	 */
	@Bean
	OpenApiCustomizer apiOperations() {
		return (openApi) -> {
			if (openApi.getPaths() != null) {
				openApi.getPaths().keySet().removeIf((path) -> !ApiCorsConfigurationSource.isApi(path));
				openApi.getPaths().forEach(OpenApiConfiguration::nameOperations);
				openApi.getPaths().values().forEach(OpenApiConfiguration::declareSecurity);
				openApi.getPaths().values().forEach(OpenApiConfiguration::addProblemResponses);
			}
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
					|| !openApi.getComponents().getSchemas().containsKey(PROBLEM_SCHEMA)) {
				openApi.schema(PROBLEM_SCHEMA, problemSchema());
			}
			openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::allowNullInNullableEnums);
		};
	}

	/** A nullable enum (a {@code @Nullable} field of an enum type) must list null among its values to allow it. */
	@SuppressWarnings("unchecked")
	private static void allowNullInNullableEnums(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		for (Schema<?> property : schema.getProperties().values()) {
			if (property.getEnum() != null && property.getTypes() != null && property.getTypes().contains("null")
					&& !property.getEnum().contains(null)) {
				((Schema<Object>) property).addEnumItemObject(null);
			}
		}
	}

	private static void nameOperations(String path, PathItem item) {
		item.readOperationsMap().forEach((method, operation) -> {
			ApiOperations.Naming naming = ApiOperations.of(method.name(), path);
			if (naming != null) {
				operation.operationId(naming.operationId()).tags(List.of(naming.tag()));
			}
		});
	}

	/**
	 * Reads are open to anyone; every write needs the key, which the security scheme declares once instead of a
	 * header parameter on each write, so that a generated client is given the key once.
	 */
	private static void declareSecurity(PathItem path) {
		path.readOperationsMap().forEach((method, operation) -> {
			boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
			operation.security(write ? List.of(new SecurityRequirement().addList(API_KEY_SCHEME)) : List.of());
			if (write && operation.getParameters() != null) {
				operation.getParameters().removeIf((parameter) -> "header".equals(parameter.getIn())
						&& API_KEY_HEADER.equalsIgnoreCase(parameter.getName()));
			}
		});
	}

	private static void addProblemResponses(PathItem path) {
		path.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses()
					: new ApiResponses();
			responses.putIfAbsent("400", problemResponse("Invalid parameter, or a malformed request",
					example(Problems.INVALID_PARAMETER, "Invalid parameter", 400,
							"size must be between 1 and 100, was 0", "/api/example-collection", "parameter", "size")));
			responses.putIfAbsent("404", problemResponse("Nothing with that identifier, or nothing at that path",
					example(Problems.RESOURCE_NOT_FOUND, "Not found", 404, "No person with id 'example-person'",
							"/api/people/example-person")));
			if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
				addWriteProblemResponses(responses, operation.getRequestBody() != null);
			}
			responses.putIfAbsent("503", problemResponse(
					"The database does not answer (reads answered before are still served): try again after the "
							+ "seconds in Retry-After",
					example(Problems.DATABASE_UNAVAILABLE, "Database unavailable", 503,
							Problems.databaseUnavailable().getDetail(), "/api/example-collection")));
			responses.putIfAbsent("500", problemResponse("The server failed; the log holds the cause under errorId",
					example(Problems.BLANK, "Internal Server Error", 500,
							"The server could not answer this request. Quote error id " + EXAMPLE_ERROR_ID
									+ " when reporting it.",
							"/api/example-collection", "errorId", EXAMPLE_ERROR_ID)));
			operation.setResponses(responses);
		});
	}

	/** Every write needs the API key; one with a body also has a size limit and a set of content types. */
	private static void addWriteProblemResponses(ApiResponses responses, boolean hasBody) {
		responses.putIfAbsent("401", problemResponse("The X-API-Key header is missing or wrong",
				example(Problems.BLANK, "Unauthorized", 401,
						"Writes need the service's API key in the X-API-Key header.", "/api/documents")));
		responses.putIfAbsent("403", problemResponse("Writes are disabled: the service runs without an API key",
				example(Problems.BLANK, "Forbidden", 403,
						"To enable writes, start the service with CSTO_API_KEY=<key> and send the key in X-API-Key.",
						"/api/documents")));
		if (hasBody) {
			responses.putIfAbsent("413", problemResponse("The body is too large",
					example(Problems.BLANK, "Content Too Large", 413, "An article may have at most 1048576 bytes.",
							"/api/documents")));
			responses.putIfAbsent("415", problemResponse("The body's Content-Type is not one the operation reads",
					example(Problems.BLANK, "Unsupported Media Type", 415,
							"Content-Type 'application/xml' is not supported.", "/api/documents")));
		}
	}

	/** A problem in the order RFC 9457 lists its members, then the extension members given as name, value. */
	private static Map<String, Object> example(URI type, String title, int status, String detail, String instance,
			String... extensions) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type.toString());
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		for (int i = 0; i + 1 < extensions.length; i += 2) {
			problem.put(extensions[i], extensions[i + 1]);
		}
		return problem;
	}

	private static ApiResponse problemResponse(String description, Map<String, Object> example) {
		MediaType problem = new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))
			.addExamples("problem", new Example().value(example));
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					problem));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem")
			.addProperty("type", new StringSchema().format("uri")
				.description("What kind of problem: about:blank when the status says it all, else a urn"))
			.addProperty("title", new StringSchema().description("Short summary of the kind of problem"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong with this request"))
			.addProperty("instance", new StringSchema().format("uri-reference")
				.description("The path that was requested: a URI reference, relative to the service"))
			.addProperty("parameter", new StringSchema().description("The parameter at fault, on a 400"))
			.addProperty("errorId", new StringSchema().description("On a 5xx, the id under which the log holds it"));
	}

}
