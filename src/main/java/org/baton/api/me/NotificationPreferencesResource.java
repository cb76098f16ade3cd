package org.baton.api.me;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.notifications.KindPreference;
import org.baton.notifications.NotificationPreferences;
import org.baton.shared.TextLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own choice, per kind of notice, of how they hear of it beyond the inbox: {@code IMMEDIATELY} by mail,
 * in the {@code DIGEST}, or {@code OFF}. Every kind is listed with its current delivery and its default; a change
 * names only the kinds it changes, and changes nothing when one of them is unknown.
 */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Me")
class NotificationPreferencesResource {

    private final NotificationPreferences preferences;

    NotificationPreferencesResource(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    record PreferenceBody(
            @NotBlank @Size(max = TextLimits.LABEL) String kind,
            @NotBlank @Size(max = TextLimits.LABEL) String delivery) {}

    record ChangePreferencesRequest(
            @NotNull @Size(max = TextLimits.ITEMS) List<@NotNull @Valid PreferenceBody> preferences) {}

    record PreferenceResponse(String kind, String delivery, String defaultDelivery) {
        static PreferenceResponse of(KindPreference p) {
            return new PreferenceResponse(
                    p.kind(), p.delivery().name(), p.byDefault().name());
        }
    }

    record PreferencesResponse(List<PreferenceResponse> preferences) {}

    @GetMapping
    PreferencesResponse list(@SignedIn Caller caller) {
        return new PreferencesResponse(preferences.of(caller.organizationId(), caller.personId()).stream()
                .map(PreferenceResponse::of)
                .toList());
    }

    @PutMapping
    PreferencesResponse change(@SignedIn Caller caller, @Valid @RequestBody ChangePreferencesRequest request) {
        preferences.change(
                caller.organizationId(),
                caller.personId(),
                request.preferences().stream()
                        .map(p -> new NotificationPreferences.Choice(p.kind(), p.delivery()))
                        .toList());
        return list(caller);
    }
}
