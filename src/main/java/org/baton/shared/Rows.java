package org.baton.shared;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way repositories turn values into SQL parameters and columns back into values: typed ids, instants,
 * dates and arrays, each null-safe. Repositories stay in their modules; only this small idiom is shared.
 */
public final class Rows {

    private Rows() {}

    /** The UUID behind a typed id, or null. */
    public static UUID uuid(Identifier id) {
        return id == null ? null : id.value();
    }

    /** A typed id read from a column, or null when the column is null. */
    public static <I extends Identifier> I id(ResultSet rs, String column, Function<UUID, I> type) throws SQLException {
        var value = rs.getObject(column, UUID.class);
        return value == null ? null : type.apply(value);
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        var value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static String[] textArray(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    public static UUID[] uuidArray(List<? extends Identifier> ids) {
        return ids == null ? new UUID[0] : ids.stream().map(Identifier::value).toArray(UUID[]::new);
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    /** A list of typed ids read from a uuid[] column. */
    public static <I extends Identifier> List<I> ids(ResultSet rs, String column, Function<UUID, I> type)
            throws SQLException {
        return uuids(rs, column).stream().map(type).toList();
    }

    /** The name of an enum constant, or null. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** An enum constant read from a text column by its name, or null when the column is null. */
    public static <E extends Enum<E>> E constant(ResultSet rs, String column, Class<E> type) throws SQLException {
        var value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
