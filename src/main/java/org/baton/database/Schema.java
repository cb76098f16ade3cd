package org.baton.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What backup and restore ask the database about its own schema (the connection's current schema). */
final class Schema {

    static final String MIGRATION_HISTORY = "flyway_schema_history";

    private Schema() {}

    /** Every table of the schema but Flyway's history, which Flyway writes itself when it migrates. */
    static List<String> tables(Connection connection) throws SQLException {
        return strings(
                connection,
                """
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                  and c.relname <> '%s' and not c.relispartition
                order by c.relname"""
                        .formatted(MIGRATION_HISTORY));
    }

    /** The columns a COPY carries: all but generated and dropped ones, in the table's order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        try (var statement = connection.prepareStatement(
                """
                select a.attname from pg_attribute a
                where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, table);
            var columns = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }

    /** The version of the last successful migration, or empty when Flyway never migrated this schema. */
    static Optional<String> migratedVersion(Connection connection) throws SQLException {
        if (strings(
                        connection,
                        "select c.relname from pg_class c where c.relnamespace = current_schema()::regnamespace"
                                + " and c.relname = '" + MIGRATION_HISTORY + "'")
                .isEmpty()) {
            return Optional.empty();
        }
        return strings(
                        connection,
                        "select version from " + MIGRATION_HISTORY
                                + " where success and version is not null order by installed_rank desc limit 1")
                .stream()
                .findFirst();
    }

    /** The tables that hold at least one row. */
    static List<String> tablesWithRows(Connection connection) throws SQLException {
        var filled = new ArrayList<String>();
        for (var table : tables(connection)) {
            if (!strings(connection, "select 1 from " + quote(table) + " limit 1")
                    .isEmpty()) {
                filled.add(table);
            }
        }
        return filled;
    }

    /** {@code tables} ordered so that every table comes after the tables its foreign keys refer to. */
    static List<String> inDependencyOrder(Connection connection, Collection<String> tables) throws SQLException {
        var references = new HashMap<String, Set<String>>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        """
                        select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                        where c.contype = 'f' and c.connamespace = current_schema()::regnamespace""")) {
            while (rows.next()) {
                references
                        .computeIfAbsent(unquote(rows.getString(1)), t -> new HashSet<>())
                        .add(unquote(rows.getString(2)));
            }
        }
        var ordered = new LinkedHashSet<String>();
        for (var table : tables) {
            visit(table, references, Set.copyOf(tables), ordered, new HashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(
            String table,
            Map<String, Set<String>> references,
            Set<String> wanted,
            Set<String> ordered,
            Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle: its order no longer matters, the constraints are checked at commit
        }
        for (var referenced : references.getOrDefault(table, Set.of())) {
            if (wanted.contains(referenced) && !referenced.equals(table)) {
                visit(referenced, references, wanted, ordered, visiting);
            }
        }
        ordered.add(table);
    }

    /** Sets every sequence that numbers a column past the largest number restored into it. */
    static void resetSequences(Connection connection, Collection<String> tables) throws SQLException {
        for (var table : tables) {
            for (var column : columns(connection, table)) {
                var sequence = strings(
                        connection,
                        "select pg_get_serial_sequence(" + literal(quote(table)) + ", " + literal(column) + ")");
                if (!sequence.isEmpty() && sequence.getFirst() != null) {
                    strings(
                            connection,
                            "select setval(" + literal(sequence.getFirst()) + ", coalesce((select max(" + quote(column)
                                    + ") from " + quote(table) + "), 0) + 1, false)");
                }
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Schema::quote).toList());
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String unquote(String regclass) {
        return regclass.startsWith("\"")
                ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"")
                : regclass;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
