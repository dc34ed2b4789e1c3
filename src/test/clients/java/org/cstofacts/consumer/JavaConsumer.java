package org.cstofacts.consumer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.openapitools.client.ApiClient;
import org.openapitools.client.ApiException;
import org.openapitools.client.JSON;
import org.openapitools.client.api.ConflictsApi;
import org.openapitools.client.api.CountriesApi;
import org.openapitools.client.api.DocumentsApi;
import org.openapitools.client.api.EventsApi;
import org.openapitools.client.api.ExportApi;
import org.openapitools.client.api.IndexApi;
import org.openapitools.client.api.PeopleApi;
import org.openapitools.client.api.SearchApi;
import org.openapitools.client.api.StatementsApi;
import org.openapitools.client.model.DocumentSummary;
import org.openapitools.client.model.DocumentUpload;
import org.openapitools.client.model.Event;
import org.openapitools.client.model.PagedModelEvent;
import org.openapitools.client.model.PagedModelStatement;
import org.openapitools.client.model.PagedModelSummit;
import org.openapitools.client.model.Problem;

/**
 * A program written against the Java client that OpenAPI Generator makes from the service's OpenAPI document, as a
 * user of the API would write it. The consumer tests compile it with the generated sources (so every method name
 * and type it uses must be what the document promises) and run it against a live service: it calls every
 * operation once or more and records, for each answer, the body as sent and what the client decoded from it.
 */
public final class JavaConsumer {

	private final JsonArray calls = new JsonArray();

	private final LastAnswer last = new LastAnswer();

	private final ApiClient client;

	private JavaConsumer(String baseUrl, String apiKey) {
		this.client = new ApiClient();
		this.client.setBasePath(baseUrl);
		this.client.setHttpClient(this.client.getHttpClient().newBuilder().addInterceptor(this.last).build());
		// The key is given once, to the client; no write call names it.
		this.client.setApiKey(apiKey);
	}

	/**
	 * @param baseUrl where the service answers, e.g. {@code http://127.0.0.1:8080}
	 * @param articles the texts of the articles to store: the first once, the second twice, then deleted
	 * @return the records as JSON: {@code calls}, each {@code {operation, status, contentType, raw, decoded}} or
	 * {@code {operation, error}}, and {@code tolerance}, how the client read an event with a field and a type added
	 */
	public static String run(String baseUrl, String apiKey, List<String> articles) {
		JavaConsumer consumer = new JavaConsumer(baseUrl, apiKey);
		JsonObject records = new JsonObject();
		records.add("calls", consumer.callEveryOperation(baseUrl, articles));
		records.add("tolerance", consumer.readEventWithFieldAndTypeAddedLater());
		return records.toString();
	}

	private JsonArray callEveryOperation(String baseUrl, List<String> articles) {
		DocumentsApi documents = new DocumentsApi(this.client);
		CountriesApi countries = new CountriesApi(this.client);
		PeopleApi people = new PeopleApi(this.client);
		EventsApi events = new EventsApi(this.client);
		StatementsApi statements = new StatementsApi(this.client);

		call("createDocument", () -> documents.createDocument(upload(articles.get(0))));
		DocumentSummary second = call("createDocument", () -> documents.createDocument(upload(articles.get(1))));
		call("createDocument", () -> documents.createDocument(upload(articles.get(1))));

		call("getIndex", () -> new IndexApi(this.client).getIndex());
		call("listDocuments", () -> documents.listDocuments(0, 100, List.of("publishedAt,desc")));
		call("getDocument", () -> documents.getDocument(1L));
		call("getDocumentOriginal", () -> documents.getDocumentOriginal(1L));
		// One article stored already, one blank: each is answered on its own.
		call("createDocumentBatch", () -> documents.createDocumentBatch(List.of(upload(articles.get(0)), upload(" "))));
		if (second != null) {
			call("getDocument", () -> documents.getDocument(second.getId()));
		}
		call("listCountries", () -> countries.listCountries(null, null, 0, 100, null));
		call("listCountries", () -> countries.listCountries(true, "kaz", null, null, null));
		call("listMemberStates", () -> countries.listMemberStates(0, 100, List.of("name,asc")));
		call("getMemberState", () -> countries.getMemberState("kaz"));
		call("listPeople", () -> people.listPeople(null, null, null, 0, 100, null));
		call("listPeople", () -> people.listPeople("KAZ", null, "examplov", null, null, null));
		call("getPerson", () -> people.getPerson("marat-examplov"));
		call("listPersonStatements", () -> people.listPersonStatements("marat-examplov", 0, 100, null));
		PagedModelEvent all = call("listEvents", () -> events.listEvents(null, null, null, 0, 100, null));
		call("listEvents", () -> events.listEvents("SUMMIT", LocalDate.of(2021, 1, 1), null, null, null, null));
		if (all != null) {
			call("getEvent", () -> events.getEvent(all.getContent().get(0).getId()));
		}
		PagedModelSummit summits = call("listSummits", () -> events.listSummits(0, 100, null));
		if (summits != null) {
			call("getSummit", () -> events.getSummit(summits.getContent().get(0).getId()));
		}
		call("getTimeline", () -> events.getTimeline());
		PagedModelStatement said = call("listStatements", () -> statements.listStatements(null, null, null, null, 0, 100, null));
		call("listStatements", () -> statements.listStatements("marat-examplov", "QUOTE", null, "security", null, null, null));
		if (said != null) {
			call("getStatement", () -> statements.getStatement(said.getContent().get(0).getId()));
		}
		call("search", () -> new SearchApi(this.client).search("examplov", 0, 100, null));
		call("listConflicts", () -> new ConflictsApi(this.client).listConflicts(0, 100, null));
		call("exportGraph", () -> new ExportApi(this.client).exportGraph());
		for (String collection : List.of("documents", "countries", "member-states", "people", "events", "summits",
				"statements")) {
			call("exportCsv", () -> new ExportApi(this.client).exportCsv(collection));
		}

		// Problems: each is an ApiException whose body decodes as the document's Problem.
		call("getPerson", () -> people.getPerson("nobody-of-that-name"));
		call("listPeople", () -> people.listPeople(null, null, null, null, 500, null));
		call("exportCsv", () -> new ExportApi(this.client).exportCsv("no-such-collection"));
		ApiClient wrongKey = new ApiClient();
		wrongKey.setBasePath(baseUrl);
		wrongKey.setHttpClient(wrongKey.getHttpClient().newBuilder().addInterceptor(this.last).build());
		wrongKey.setApiKey("not-the-key");
		call("createDocument", () -> new DocumentsApi(wrongKey).createDocument(upload(articles.get(1))));

		if (second != null) {
			call("deleteDocument", () -> {
				documents.deleteDocument(second.getId());
				return null;
			});
			call("getDocument", () -> documents.getDocument(second.getId()));
		}
		return this.calls;
	}

	private static DocumentUpload upload(String text) {
		return new DocumentUpload().text(text).sourceName("java-consumer");
	}

	/**
	 * The contract allows fields and enum values to be added: a client generated as README.md says reads an event
	 * with both.
	 */
	private JsonObject readEventWithFieldAndTypeAddedLater() {
		JsonObject record = new JsonObject();
		try {
			JsonObject event = JsonParser.parseString(new EventsApi(this.client).getEvent(1L).toJson()).getAsJsonObject();
			event.addProperty("type", "A_TYPE_ADDED_LATER");
			event.addProperty("fieldAddedLater", "some value");
			Event read = Event.fromJson(event.toString());
			record.addProperty("type", read.getType().name());
			record.add("fieldAddedLater", JSON.getGson().toJsonTree(read.getAdditionalProperty("fieldAddedLater")));
		}
		catch (Exception failure) {
			record.addProperty("error", describe(failure));
		}
		return record;
	}

	private <T> T call(String operation, Call<T> call) {
		JsonObject record = new JsonObject();
		record.addProperty("operation", operation);
		this.last.clear();
		T answer = null;
		try {
			answer = call.call();
			record.addProperty("status", this.last.status);
			record.addProperty("contentType", this.last.contentType);
			record.addProperty("raw", this.last.body);
			record.add("decoded", JSON.getGson().toJsonTree(answer));
		}
		catch (ApiException problem) {
			record.addProperty("status", problem.getCode());
			record.addProperty("contentType", this.last.contentType);
			record.addProperty("raw", problem.getResponseBody());
			try {
				record.add("decoded", JSON.getGson().toJsonTree(Problem.fromJson(problem.getResponseBody())));
			}
			catch (Exception undecodable) {
				record.addProperty("error", "the problem did not decode: " + describe(undecodable));
			}
		}
		catch (Exception failure) {
			record.addProperty("status", this.last.status);
			record.addProperty("raw", this.last.body);
			record.addProperty("error", describe(failure));
		}
		this.calls.add(record);
		return answer;
	}

	private static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			text.append(text.length() > 0 ? " <- " : "").append(cause);
		}
		return text.toString();
	}

	@FunctionalInterface
	private interface Call<T> {

		T call() throws Exception;

	}

	/** Keeps the last answer's status, type and body as they came over the wire. */
	private static final class LastAnswer implements Interceptor {

		int status;

		String contentType;

		String body;

		void clear() {
			this.status = 0;
			this.contentType = null;
			this.body = null;
		}

		@Override
		public Response intercept(Chain chain) throws IOException {
			Response response = chain.proceed(chain.request());
			this.status = response.code();
			this.contentType = response.header("Content-Type");
			this.body = response.peekBody(Long.MAX_VALUE).string();
			return response;
		}

	}

}
