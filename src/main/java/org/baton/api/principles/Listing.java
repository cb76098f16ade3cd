package org.baton.api.principles;

import java.util.List;
import org.baton.api.support.PageResponse;
import org.baton.principles.Warning;

/** A listing with the proliferation warnings that apply. */
record Listing<T>(List<T> items, int page, int size, long totalItems, int totalPages, List<WarningResponse> warnings) {

    record WarningResponse(String code, String message) {
        static WarningResponse of(Warning w) {
            return new WarningResponse(w.code(), w.message());
        }
    }

    static <T> Listing<T> of(PageResponse<T> page, List<Warning> warnings) {
        return new Listing<>(
                page.items(),
                page.page(),
                page.size(),
                page.totalItems(),
                page.totalPages(),
                warnings.stream().map(WarningResponse::of).toList());
    }
}
