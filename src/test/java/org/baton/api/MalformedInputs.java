package org.baton.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.baton.api.OpenApiOperations.Operation;
import org.baton.api.OpenApiOperations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for an operation of the OpenAPI document: a plausible request built from its schema, with
 * one part of it broken (a body property, a path or query parameter, the body as a whole or its content type).
 * Every choice comes from one seeded {@link Random}, so a run can be repeated.
 */
final class MalformedInputs {

    /** One request to send, and the kind of malformation it carries. */
    record Input(String kind, Operation operation, String path, String contentType, byte[] body) {

        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String shown = text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " characters)" : text;
            return operation.name() + " as " + operation.method() + " " + abbreviate(path) + " [" + kind + ", "
                    + contentType + "] " + shown;
        }

        private static String abbreviate(String path) {
            return path.length() > 300 ? path.substring(0, 300) + "… (" + path.length() + " characters)" : path;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    private static final String CONTROL_CHARACTERS = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f";
    private static final String WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 é’";

    private final Random random;
    private final OpenApiOperations operations;
    private final List<String> ownIds;
    private final List<String> foreignIds;

    MalformedInputs(long seed, OpenApiOperations operations, List<String> ownIds, List<String> foreignIds) {
        this.random = new Random(seed);
        this.operations = operations;
        this.ownIds = ownIds;
        this.foreignIds = foreignIds;
    }

    /** {@code count} malformed requests for the operation. */
    List<Input> of(Operation operation, int count) {
        var inputs = new ArrayList<Input>();
        var targets = new ArrayList<Supplier<Input>>();
        if (!operation.in("path").isEmpty()) {
            targets.add(() -> brokenPathParameter(operation));
        }
        if (!operation.in("query").isEmpty()) {
            targets.add(() -> brokenQueryParameter(operation));
        }
        if (operation.body() != null) {
            targets.add(() -> brokenProperty(operation));
            targets.add(() -> brokenProperty(operation));
            targets.add(() -> brokenProperty(operation));
            targets.add(() -> brokenBody(operation));
        }
        if (targets.isEmpty()) {
            targets.add(() -> unexpectedBody(operation));
        }
        while (inputs.size() < count) {
            inputs.add(pick(targets).get());
        }
        return inputs;
    }

    private Input brokenPathParameter(Operation operation) {
        var broken = pick(operation.in("path"));
        String label = pick(List.of(
                "not a uuid",
                "NUL",
                "line feed",
                "dot segments",
                "nil uuid",
                "uuid of nothing",
                "3000 characters",
                "negative number",
                "blank",
                "invalid UTF-8",
                "uuid of another organization",
                "uuid of something else",
                "uuid of something else"));
        String value =
                switch (label) {
                    case "not a uuid" -> "not-a-uuid";
                    case "NUL" -> "%00";
                    case "line feed" -> "%0A";
                    case "dot segments" -> "..%2F..%2Fpeople";
                    case "nil uuid" -> "00000000-0000-0000-0000-000000000000";
                    case "uuid of nothing" -> UUID.randomUUID().toString();
                    case "3000 characters" -> "x".repeat(3000);
                    case "negative number" -> "-1";
                    case "blank" -> "%20";
                    case "invalid UTF-8" -> "%C3%28";
                    case "uuid of another organization" -> pick(foreignIds);
                    default -> pick(ownIds);
                };
        return plausible(operation, "path: " + label, broken.name(), value);
    }

    private Input brokenQueryParameter(Operation operation) {
        var broken = pick(operation.in("query"));
        String kind = OpenApiOperations.kindOf(broken.schema());
        String value =
                switch (kind) {
                    case "integer" -> pick(List.of("-1", "1000000", "abc", "1e30", "99999999999999999999", "0.5", ""));
                    case "uuid" ->
                        pick(List.of("not-a-uuid", "", UUID.randomUUID().toString(), "%00"));
                    case "date", "instant" ->
                        pick(List.of("+999999999-01-01", "-999999999-12-31", "1e30", "2026-02-30", "%00"));
                    case "boolean" -> pick(List.of("maybe", "", "%00"));
                    case "enum" -> pick(List.of("NOT_A_VALUE", "", "%00", "draft"));
                    default ->
                        pick(List.of("%00", "a%1Bb", "x".repeat(4000), "%C3%28", "%25%00", "'%20or%201=1--", "%20"));
                };
        String shown = value.length() > 40 ? "4000 characters" : value;
        var input = plausible(operation, "query " + kind + " " + broken.name() + "=" + shown, null, null);
        String separator = input.path().contains("?") ? "&" : "?";
        return new Input(
                input.kind(),
                operation,
                input.path() + separator + broken.name() + "=" + value,
                input.contentType(),
                input.body());
    }

    private Input brokenBody(Operation operation) {
        String choice = pick(List.of(
                "invalid JSON",
                "deeply nested JSON",
                "wrong content type",
                "root of the wrong type",
                "empty object",
                "no body",
                "invalid UTF-8",
                "unknown charset"));
        String path = pathOf(operation, null, null);
        return switch (choice) {
            case "invalid JSON" ->
                new Input(
                        choice,
                        operation,
                        path,
                        "application/json",
                        bytes(pick(List.of("{", "{\"name\":", "nul", "[1,2", "{'a':1}", "{\"a\":1}}", "\u0000"))));
            case "deeply nested JSON" -> {
                int depth = pick(List.of(600, 5000, 100_000));
                String nested = pick(List.of("[", "{\"a\":"));
                yield new Input(
                        choice + " (" + depth + ")", operation, path, "application/json", bytes(nested.repeat(depth)));
            }
            case "wrong content type" ->
                new Input(
                        choice,
                        operation,
                        path,
                        pick(List.of(
                                "text/plain",
                                "application/xml",
                                "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=x",
                                "application/octet-stream")),
                        bytes(plausibleBody(operation).toString()));
            case "root of the wrong type" ->
                new Input(
                        choice,
                        operation,
                        path,
                        "application/json",
                        bytes(pick(List.of("[]", "\"text\"", "1", "null", "true", "[{}]"))));
            case "empty object" ->
                new Input(choice + " (required fields missing)", operation, path, "application/json", bytes("{}"));
            case "no body" -> new Input(choice, operation, path, "application/json", new byte[0]);
            case "invalid UTF-8" ->
                new Input(choice, operation, path, "application/json", new byte[] {
                    '{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'
                });
            default ->
                new Input(
                        choice,
                        operation,
                        path,
                        "application/json; charset=nonsense",
                        bytes(plausibleBody(operation).toString()));
        };
    }

    private Input unexpectedBody(Operation operation) {
        return new Input(
                pick(List.of("unexpected body", "wrong content type")),
                operation,
                pathOf(operation, null, null),
                pick(List.of("application/json", "text/plain")),
                bytes(pick(List.of("{", "{\"a\":\"\\u0000\"}", "[]"))));
    }

    /** A plausible body with one property, at any depth, replaced by a malformed value for its schema. */
    private Input brokenProperty(Operation operation) {
        var body = plausibleBody(operation);
        var slots = new ArrayList<Slot>();
        slots(body, operation.body(), "", slots);
        if (slots.isEmpty()) {
            return brokenBody(operation);
        }
        var slot = pick(slots);
        var broken = malformed(slot.schema());
        slot.parent().set(slot.key(), broken.value());
        return new Input(
                OpenApiOperations.kindOf(slot.schema()) + ": " + broken.kind(),
                operation,
                pathOf(operation, null, null),
                "application/json",
                bytes(JSON.writeValueAsString(body)));
    }

    private record Slot(ObjectNode parent, String key, JsonNode schema) {}

    private void slots(JsonNode node, JsonNode schema, String where, List<Slot> found) {
        if (!(node instanceof ObjectNode object) || schema == null) {
            return;
        }
        schema.path("properties").properties().forEach(property -> {
            var propertySchema = operations.resolve(property.getValue());
            found.add(new Slot(object, property.getKey(), propertySchema));
            var value = object.get(property.getKey());
            if (value instanceof ObjectNode) {
                slots(value, propertySchema, where + property.getKey() + ".", found);
            } else if (value instanceof ArrayNode array && !array.isEmpty()) {
                slots(array.get(0), operations.resolve(propertySchema.get("items")), where, found);
            }
        });
    }

    private record Broken(String kind, JsonNode value) {}

    private Broken malformed(JsonNode schema) {
        String kind = OpenApiOperations.kindOf(schema);
        var common = List.of(
                new Broken("null", NODES.nullNode()),
                new Broken("wrong type: number", NODES.numberNode(123)),
                new Broken("wrong type: boolean", NODES.booleanNode(true)),
                new Broken("wrong type: object", NODES.objectNode().put("a", 1)),
                new Broken("wrong type: array", NODES.arrayNode().add("a")),
                new Broken("wrong type: text", NODES.stringNode(characters(WORD_CHARACTERS, 1, 20))));
        var specific = new ArrayList<Broken>();
        switch (kind) {
            case "string", "email" -> {
                String words = characters(WORD_CHARACTERS, 1, 20);
                int limit = schema.path("maxLength").asInt(2000);
                specific.add(
                        new Broken("control characters", text(words + characters(CONTROL_CHARACTERS, 1, 3) + words)));
                specific.add(new Broken("NUL", text("a\u0000b")));
                specific.add(new Broken("1 MB", text(MEGABYTE)));
                specific.add(new Broken("limit+1", text("y".repeat(limit + 1))));
                specific.add(new Broken("400 KB", text("z".repeat(400 * 1024))));
                specific.add(new Broken("blank", text(pick(List.of("", " ", "   \t\n")))));
                specific.add(new Broken("lone surrogate", text("a\ud800b")));
            }
            case "uuid" -> {
                specific.add(
                        new Broken("not a uuid", text(pick(List.of("not-a-uuid", "1234", "%00", "g".repeat(36))))));
                specific.add(new Broken("blank", text(pick(List.of("", " ")))));
                specific.add(
                        new Broken("uuid of nothing", text(UUID.randomUUID().toString())));
                specific.add(new Broken("uuid of another organization", text(pick(foreignIds))));
                specific.add(new Broken("uuid of something else", text(pick(ownIds))));
                specific.add(new Broken("nil uuid", text("00000000-0000-0000-0000-000000000000")));
            }
            case "date", "instant" -> {
                specific.add(new Broken(
                        "date out of range",
                        text(pick(List.of(
                                "+999999999-01-01",
                                "-999999999-12-31",
                                "0000-01-01",
                                "-0001-01-01",
                                "+10000-01-01",
                                "+999999999-12-31T23:59:59Z")))));
                specific.add(new Broken("date as a huge number", NODES.numberNode(new java.math.BigDecimal("1e30"))));
                specific.add(new Broken("date as a number", NODES.numberNode(99999999999L)));
                specific.add(new Broken(
                        "impossible date", text(pick(List.of("2026-02-30", "2026-13-01", "tomorrow", "", "1e30")))));
            }
            case "duration" -> {
                specific.add(new Broken(
                        "bad duration",
                        text(pick(List.of("P", "PT", "-P1D", "P1Y", "P1M", "PT-5M", "1e30", "", "P0D", "soon")))));
                specific.add(new Broken(
                        "huge duration",
                        text(pick(List.of("P999999999999D", "PT9999999999999999H", "P106751991167300D")))));
                specific.add(
                        new Broken("duration as a huge number", NODES.numberNode(new java.math.BigDecimal("1e30"))));
                specific.add(new Broken("duration as a negative number", NODES.numberNode(-5)));
            }
            case "integer", "number" -> {
                specific.add(new Broken(
                        "huge number",
                        NODES.numberNode(
                                new java.math.BigDecimal(pick(List.of("1e30", "1e308", "9".repeat(1000), "1e400"))))));
                specific.add(new Broken(
                        "negative number",
                        NODES.numberNode(new java.math.BigDecimal(pick(List.of("-1", "-1e30", "-2147483649"))))));
                specific.add(new Broken(
                        "fractional number",
                        NODES.numberNode(new java.math.BigDecimal(
                                pick(List.of("0.5", "1e-400", "0." + "0".repeat(500) + "1"))))));
                specific.add(new Broken("number as text", text(pick(List.of("NaN", "Infinity", "12", "")))));
            }
            case "enum" ->
                specific.add(new Broken("unknown value", text(pick(List.of("NOT_A_VALUE", "", "draft", "\u0000")))));
            case "array" -> {
                var items = operations.resolve(schema.get("items"));
                var element = plausible(items);
                specific.add(new Broken(
                        "array with null", NODES.arrayNode().add(element).addNull()));
                specific.add(
                        new Broken("array with blank", NODES.arrayNode().add("").add(" ")));
                specific.add(new Broken(
                        "array with duplicates", NODES.arrayNode().add(element).add(element)));
                specific.add(new Broken("array with non-uuid", NODES.arrayNode().add("not-a-uuid")));
                specific.add(new Broken("array with NUL", NODES.arrayNode().add("a\u0000")));
                specific.add(new Broken(
                        "array of limit+1",
                        repeated(element, schema.path("maxItems").asInt(200) + 1)));
                specific.add(new Broken("huge array", repeated(element, 10_000)));
                specific.add(new Broken(
                        "nested array", NODES.arrayNode().add(NODES.arrayNode().add(element))));
            }
            case "object" -> {
                specific.add(new Broken("empty object", NODES.objectNode()));
                specific.add(new Broken("unknown property", NODES.objectNode().put("unknown", "\u0000")));
            }
            default -> {}
        }
        // Mostly the breakages of the property's own kind, sometimes a wrong type or a null.
        return random.nextInt(4) == 0 || specific.isEmpty() ? pick(common) : pick(specific);
    }

    private static ArrayNode repeated(JsonNode element, int times) {
        var array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(element);
        }
        return array;
    }

    private Input plausible(Operation operation, String kind, String brokenName, String brokenValue) {
        byte[] body = operation.body() == null ? null : bytes(JSON.writeValueAsString(plausibleBody(operation)));
        return new Input(kind, operation, pathOf(operation, brokenName, brokenValue), "application/json", body);
    }

    private String pathOf(Operation operation, String brokenName, String brokenValue) {
        String path = operation.template();
        for (Parameter parameter : operation.in("path")) {
            String value = parameter.name().equals(brokenName) ? brokenValue : pick(ownIds);
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private JsonNode plausibleBody(Operation operation) {
        return plausible(operation.body());
    }

    /** A value the schema allows, with ids of things that exist in the organization. */
    JsonNode plausible(JsonNode schema) {
        schema = operations.resolve(schema);
        return switch (OpenApiOperations.kindOf(schema)) {
            case "enum" -> schema.get("enum").get(0);
            case "uuid" -> text(pick(ownIds));
            case "date" -> text("2026-12-01");
            case "instant" -> text("2026-12-01T10:00:00Z");
            case "duration" -> text("P7D");
            case "email" -> text("fuzz-" + random.nextInt(1_000_000) + "@example.org");
            case "string" -> text("Fuzz " + characters(WORD_CHARACTERS, 1, 20).strip());
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1.5"));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(plausible(schema.get("items")));
            case "object" -> {
                var object = NODES.objectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue())));
                yield object;
            }
            default -> NODES.nullNode();
        };
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Between {@code min} and {@code max} characters drawn from {@code alphabet}. */
    private String characters(String alphabet, int min, int max) {
        var text = new StringBuilder();
        for (int i = min + random.nextInt(max - min + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static JsonNode text(String value) {
        return NODES.stringNode(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
