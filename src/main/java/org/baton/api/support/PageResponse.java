package org.baton.api.support;

import java.util.List;
import java.util.function.Function;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;

/** One page of a listing: {@code ?page=} (from 0) and {@code ?size=} (1 to 200) choose it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** Pages a short list that is read whole (a person's tokens, a mission's check-ins). */
    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        var request = new PageRequest(page, size);
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + size);
        return of(new Page<>(all.subList(from, to), page, size, all.size()), Function.identity());
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, T> mapper) {
        return new PageResponse<>(
                page.items().stream().<T>map(mapper).toList(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages());
    }
}
