package org.baton.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The operations the live OpenAPI document describes, with their parameters and body schema resolved. */
final class OpenApiOperations {

    record Parameter(String name, String in, JsonNode schema) {}

    record Operation(String method, String template, List<Parameter> parameters, JsonNode body) {

        String name() {
            return method + " " + template;
        }

        List<Parameter> in(String place) {
            return parameters.stream().filter(p -> p.in().equals(place)).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    private final JsonNode schemas;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiOperations(JsonNode docs) {
        this.schemas = docs.path("components").path("schemas");
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    var parameters = new ArrayList<Parameter>();
                    method.getValue()
                            .path("parameters")
                            .forEach(p -> parameters.add(new Parameter(
                                    p.get("name").asString(), p.get("in").asString(), resolve(p.get("schema")))));
                    JsonNode body = null;
                    var content = method.getValue().path("requestBody").path("content");
                    if (content.has("application/json")) {
                        body = resolve(content.get("application/json").get("schema"));
                    }
                    operations.add(
                            new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, body));
                }));
    }

    List<Operation> all() {
        return operations;
    }

    /** The schema itself, with a reference (or a single allOf/oneOf wrapper) followed to its definition. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        for (String wrapper : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(wrapper) && schema.get(wrapper).size() == 1) {
                return resolve(schema.get(wrapper).get(0));
            }
        }
        return schema;
    }

    /** What kind of value a schema describes, as the fuzzer treats it. */
    static String kindOf(JsonNode schema) {
        if (schema == null) {
            return "unknown";
        }
        if (schema.has("enum")) {
            return "enum";
        }
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" ->
                switch (format) {
                    case "uuid" -> "uuid";
                    case "date" -> "date";
                    case "date-time" -> "instant";
                    case "duration" -> "duration";
                    case "email" -> "email";
                    default -> "string";
                };
            case "integer" -> "integer";
            case "number" -> "number";
            case "boolean" -> "boolean";
            case "array" -> "array";
            case "object" -> "object";
            default -> schema.has("properties") ? "object" : "unknown";
        };
    }
}
