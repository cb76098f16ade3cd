package org.baton.api.support;

import java.util.List;
import java.util.function.Function;
import org.baton.organizations.Page;

/** One page of a listing: {@code ?page=} (from 0) and {@code ?size=} (1 to 200) choose it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(), page.totalItems(),
                page.totalPages());
    }
}
