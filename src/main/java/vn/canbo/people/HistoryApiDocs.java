package vn.canbo.people;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI document of the history endpoints: {@link PersonApiController} serves every
 * {@link HistoryKind} with one POST /{id}/{kind} and one PUT /{id}/{kind}/{entryId}; the
 * document shows them per kind (positions, salaries…) with the kind's record as body and
 * answer, derived from the kinds.
 */
@Component
class HistoryApiDocs implements OpenApiCustomizer {

	private static final String BASE = "/api/v1/persons/{id}/";

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		PathItem add = api.getPaths().get(BASE + "{kind}");
		PathItem entry = api.getPaths().get(BASE + "{kind}/{entryId}");
		if (add == null || add.getPost() == null || entry == null || entry.getPut() == null) {
			return;
		}
		if (api.getComponents() == null) {
			api.components(new Components());
		}
		ModelConverters converters = ModelConverters.getInstance(api.getSpecVersion() == SpecVersion.V31);
		Operation post = add.getPost();
		Operation put = entry.getPut();
		api.getPaths().remove(BASE + "{kind}");
		entry.setPut(null);
		for (HistoryKind<?> kind : HistoryKind.values()) {
			converters.readAll(kind.type()).forEach(api.getComponents()::addSchemas);
			Schema<?> record = new Schema<>().$ref("#/components/schemas/" + kind.type().getSimpleName());
			api.getPaths()
				.addPathItem(BASE + kind.segment(),
						new PathItem().post(typed(post, kind, "201", record, "Adds an entry to the dossier")));
			api.getPaths()
				.addPathItem(BASE + kind.segment() + "/{entryId}", new PathItem().put(typed(put, kind, "200", record,
						"Corrects an entry: the entry is replaced (the old row is kept, soft-deleted)")));
		}
	}

	/** The generic operation for one kind: no {kind} parameter, the kind's record. */
	private static Operation typed(Operation generic, HistoryKind<?> kind, String success, Schema<?> record,
			String summary) {
		Content json = new Content().addMediaType("application/json", new MediaType().schema(record));
		ApiResponses responses = new ApiResponses();
		if (generic.getResponses() != null) {
			generic.getResponses().forEach((code, r) -> {
				if (!code.startsWith("2")) {
					responses.addApiResponse(code, r);
				}
			});
		}
		responses.addApiResponse(success, new ApiResponse().description("the entry as stored").content(json));
		return new Operation().tags(generic.getTags())
			.summary(summary + " (" + kind.segment() + ")")
			.operationId(generic.getOperationId() + "_" + kind.segment().replace('-', '_'))
			.security(generic.getSecurity())
			.parameters(generic.getParameters() == null ? null
					: generic.getParameters().stream().filter(p -> !"kind".equals(p.getName())).toList())
			.requestBody(new RequestBody().required(true).content(json))
			.responses(responses);
	}

}
