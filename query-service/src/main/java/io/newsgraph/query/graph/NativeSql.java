package io.newsgraph.query.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Set-based SQL on the current session. Sets of rows travel as one JSON text parameter read with
 * {@code jsonb_to_recordset}, sets of ids as one {@code uuid[]} literal, so a whole batch of
 * articles costs a handful of statements whatever its size.
 */
public final class NativeSql {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NativeSql() {}

    /** SQL for a {@code uuid[]} parameter bound with {@link #uuids}. */
    public static String uuidArray(String parameter) {
        return "cast(cast(:" + parameter + " as text) as uuid[])";
    }

    /** SQL for a JSON array parameter bound with {@link #json}. */
    public static String jsonRows(String parameter) {
        return "jsonb_to_recordset(cast(cast(:" + parameter + " as text) as jsonb))";
    }

    public static String uuids(Collection<UUID> ids) {
        StringJoiner literal = new StringJoiner(",", "{", "}");
        ids.forEach(id -> literal.add(id.toString()));
        return literal.toString();
    }

    public static String json(Object rows) {
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rows cannot be written as JSON", e);
        }
    }

    /** Runs a statement with named parameters given as name, value pairs; returns rows changed. */
    public static Uni<Integer> execute(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session -> bind(session.createNativeQuery(sql), parameters).executeUpdate());
    }

    /** Runs a query; every row comes back as an array of its columns. */
    public static Uni<List<Object[]>> rows(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session -> bind(session.createNativeQuery(sql), parameters).getResultList())
                .map(
                        results -> {
                            List<Object[]> rows = new ArrayList<>(results.size());
                            for (Object row : results) {
                                rows.add(
                                        row instanceof Object[] columns
                                                ? columns
                                                : new Object[] {row});
                            }
                            return rows;
                        });
    }

    /** Like {@link #rows} with a limit on the rows read. */
    public static Uni<List<Object[]>> rows(int maxRows, String sql, Object... parameters) {
        return Panache.getSession()
                .chain(
                        session ->
                                bind(session.createNativeQuery(sql), parameters)
                                        .setMaxResults(maxRows)
                                        .getResultList())
                .map(
                        results -> {
                            List<Object[]> rows = new ArrayList<>(results.size());
                            for (Object row : results) {
                                rows.add(
                                        row instanceof Object[] columns
                                                ? columns
                                                : new Object[] {row});
                            }
                            return rows;
                        });
    }

    private static <T> Mutiny.Query<T> bind(Mutiny.Query<T> query, Object... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query;
    }
}
