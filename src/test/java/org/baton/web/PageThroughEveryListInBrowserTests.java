package org.baton.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.baton.decisions.Consequence;
import org.baton.decisions.DecisionDraft;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reversibility;
import org.baton.intents.Intents;
import org.baton.missions.MissionDetails;
import org.baton.missions.Missions;
import org.baton.missions.Outcome;
import org.baton.teams.Scope;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Every list pages through an organization with more than two pages of everything, each item exactly once. */
class PageThroughEveryListInBrowserTests extends BrowserTestBase {

    static final int ITEMS = 45;

    @Autowired
    Missions missions;

    @Autowired
    Intents intents;

    @Autowired
    Decisions decisions;

    @Test
    void everyListShowsEachOfItsItemsOnceAcrossItsPages() {
        var base = data.homeBase(org.id(), "Paged base 00", org.adminId(), List.of(org.adminId()));
        var scope = new Scope(base.id(), null);
        for (int i = 1; i <= ITEMS; i++) {
            String n = "%02d".formatted(i);
            data.person(org.id(), "Paged person " + n);
            data.homeBase(org.id(), "Paged base " + n, org.adminId(), List.of());
            missions.propose(org.id(), mission("Paged mission " + n, base), org.adminId());
            intents.declare(org.id(), org.adminId(), "Paged intent " + n, "", scope, null, null);
            decisions.raise(
                    org.id(),
                    org.adminId(),
                    new DecisionDraft(
                            "Paged decision " + n,
                            "",
                            scope,
                            Reversibility.EASY,
                            Consequence.LOW,
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }

        assertEachOnce("/people", n -> "Paged person %02d".formatted(n));
        assertEachOnce("/home-bases", n -> "Paged base %02d".formatted(n));
        assertEachOnce("/missions", n -> "Paged mission %02d".formatted(n));
        assertEachOnce("/intents", n -> "Paged intent %02d".formatted(n));
        assertEachOnce("/decisions", n -> "Paged decision %02d".formatted(n));
    }

    /** Walks the list's pages by its "Next" link, and finds each of the named items on exactly one page. */
    private void assertEachOnce(String list, IntFunction<String> name) {
        var pages = new ArrayList<String>();
        browser.open(list);
        pages.add(browser.text(By.tagName("main")));
        while (browser.count(By.cssSelector("a[rel=next]")) > 0) {
            browser.click(By.cssSelector("a[rel=next]"));
            assertThat(browser.count(By.cssSelector("a[rel=prev]"))).as(list).isEqualTo(1);
            pages.add(browser.text(By.tagName("main")));
        }
        assertThat(pages).as(list + " pages").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i <= ITEMS; i++) {
            String item = name.apply(i);
            long seen = pages.stream().filter(page -> page.contains(item)).count();
            assertThat(seen).as(item + " in " + list).isEqualTo(1);
        }
    }

    private MissionDetails mission(String title, org.baton.homebases.HomeBase base) {
        return new MissionDetails(
                title,
                base.id(),
                org.adminId(),
                List.of(),
                new Outcome("Time to activation", new BigDecimal("118"), new BigDecimal("10"), "days"),
                List.of("Half of new customers finish setup in their first session"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 13),
                List.of(),
                List.of(),
                null);
    }
}
