package org.baton.api.inbox;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.PageResponse;
import org.baton.notifications.Inbox;
import org.baton.notifications.InboxItem;
import org.baton.shared.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox")
class InboxResource {

    private final Inbox inbox;

    InboxResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    PageResponse<InboxItem> list(
            @SignedIn Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                inbox.of(caller.organizationId(), caller.personId(), new PageRequest(page, size)), item -> item);
    }

    /** One item of the caller's inbox; opening it marks it read, once. */
    @GetMapping("/{id}")
    InboxItem open(@SignedIn Caller caller, @PathVariable UUID id) {
        return inbox.open(caller.organizationId(), caller.personId(), id);
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@SignedIn Caller caller, @PathVariable UUID id) {
        inbox.markRead(caller.organizationId(), caller.personId(), id);
    }
}
