package org.baton.web.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.notifications.Mailings;
import org.baton.notifications.NotificationPreferences;
import org.baton.web.support.StepRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing how one hears of each kind of notice (a section of the account page), and the one-click unsubscribe link
 * of a mail, which works without signing in: its token is signed for one person and one kind (RFC 8058).
 */
@Controller
class NotificationPreferencesController {

    static final String FIELD = "delivery.";
    static final String PAGE = "/account#notification-preferences";

    private final NotificationPreferences preferences;
    private final Mailings mailings;

    NotificationPreferencesController(NotificationPreferences preferences, Mailings mailings) {
        this.preferences = preferences;
        this.mailings = mailings;
    }

    /** What the account page's notifications section shows. */
    void addTo(Caller caller, Model model) {
        model.addAttribute("preferences", preferences.of(caller.organizationId(), caller.personId()));
        model.addAttribute("deliveries", List.of("IMMEDIATELY", "DIGEST", "OFF"));
        model.addAttribute("mailOn", mailings.on());
    }

    @PostMapping("/account/notification-preferences")
    String change(@SignedIn Caller caller, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        var choices = form.entrySet().stream()
                .filter(e -> e.getKey().startsWith(FIELD))
                .map(e -> new NotificationPreferences.Choice(e.getKey().substring(FIELD.length()), e.getValue()))
                .toList();
        return StepRunner.step(() -> preferences.change(caller.organizationId(), caller.personId(), choices))
                .alerting(
                        redirect,
                        StepRunner.redirecting(redirect, "preferences.saved", PAGE),
                        () -> "redirect:" + PAGE);
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        var what = mailings.unsubscription(token);
        if (what.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("token", token);
        model.addAttribute("kind", what.map(u -> u.kind()).orElse(null));
        model.addAttribute("done", false);
        return "account/unsubscribe";
    }

    /** The one-click POST of RFC 8058 and the confirmation page's button: no sign-in, no CSRF token. */
    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        var what = mailings.unsubscription(token);
        if (!mailings.unsubscribe(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("token", token);
        model.addAttribute("kind", what.map(u -> u.kind()).orElse(null));
        model.addAttribute("done", what.isPresent());
        return "account/unsubscribe";
    }
}
