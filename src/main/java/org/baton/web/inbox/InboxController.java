package org.baton.web.inbox;

import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.notifications.Inbox;
import org.baton.notifications.InboxItem;
import org.baton.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My inbox: what concerns me among intents and decisions, newest first, unread marked. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private static final int PAGE_SIZE = 25;

    /** An item as listed, with the page of its intent or decision. */
    record InboxRow(InboxItem item, String href) {

        public String kindKey() {
            return "inbox." + item.kind();
        }
    }

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(@SignedIn Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        var found = inbox.of(caller.organizationId(), caller.personId(), new PageRequest(Math.max(0, page), PAGE_SIZE));
        model.addAttribute(
                "items",
                found.items().stream().map(i -> new InboxRow(i, href(i))).toList());
        model.addAttribute("page", found);
        model.addAttribute("unread", inbox.unread(caller.organizationId(), caller.personId()));
        return "inbox/list";
    }

    /** Opening an item marks it read, then shows its intent or decision (or the inbox, for one with no page). */
    @GetMapping("/{itemId}/open")
    String open(@SignedIn Caller caller, @PathVariable UUID itemId) {
        var item = inbox.open(caller.organizationId(), caller.personId(), itemId);
        var href = href(item);
        return "redirect:" + (href == null ? "/inbox" : href);
    }

    @PostMapping("/{itemId}/read")
    String markRead(
            @SignedIn Caller caller,
            @PathVariable UUID itemId,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        inbox.markRead(caller.organizationId(), caller.personId(), itemId);
        redirect.addFlashAttribute("notice", "inbox.markedRead");
        return "redirect:/inbox" + (page > 0 ? "?page=" + page : "");
    }

    static String href(InboxItem item) {
        return switch (item.subjectType()) {
            case "INTENT" -> "/intents/" + item.subjectId();
            case "DECISION" -> "/decisions/" + item.subjectId();
            case "MISSION" -> "/missions/" + item.subjectId();
            case "ACCOUNT" -> "/account"; // where the owner changes their password and revokes tokens
            case "COACHING_SLOT" -> "/coaching";
            case "AUTONOMY_AGREEMENT" -> "/autonomy-agreements/" + item.subjectId();
            default -> null;
        };
    }
}
