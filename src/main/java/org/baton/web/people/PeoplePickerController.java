package org.baton.web.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people picker's choices as someone types (htmx swaps them in): people of the caller's organization found by
 * name, those already ticked under the form's {@code field} kept first. {@code key} names the picker on its page.
 */
@Controller
class PeoplePickerController {

    /** A field or picker name: letters only, so that it is safe as a parameter name and as an id. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z]{1,40}");

    private final PeoplePicker picker;

    PeoplePickerController(PeoplePicker picker) {
        this.picker = picker;
    }

    @GetMapping("/people-picker")
    String choices(
            @SignedIn Caller caller,
            @RequestParam String field,
            @RequestParam String key,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean others,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        if (!NAME.matcher(field).matches() || !NAME.matcher(key).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var offer =
                picker.offer(caller.organizationId(), q, ticked(params.get(field)), others ? caller.personId() : null);
        model.addAttribute("field", field);
        model.addAttribute("key", key);
        model.addAttribute("picker", offer);
        return "fragments/picker :: choices";
    }

    /** The ids ticked; what is no id names nobody and is passed over. */
    private static List<UUID> ticked(List<String> values) {
        var ids = new ArrayList<UUID>();
        if (values != null) {
            for (var value : values) {
                try {
                    ids.add(UUID.fromString(value.strip()));
                } catch (IllegalArgumentException notAnId) {
                    // a search passes over what names nobody
                }
            }
        }
        return ids;
    }
}
