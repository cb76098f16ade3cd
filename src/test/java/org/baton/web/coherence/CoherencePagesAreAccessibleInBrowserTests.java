package org.baton.web.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.baton.decisions.Choice;
import org.baton.decisions.Decisions;
import org.baton.decisions.Reaction;
import org.baton.intents.Intents;
import org.baton.principles.ChangeProposal;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.principles.Status;
import org.baton.principles.Trigger;
import org.baton.teams.Scope;
import org.baton.web.BrowserTestBase;
import org.baton.zones.ChangeOrigin;
import org.baton.zones.Zone;
import org.baton.zones.Zones;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The coherence pages, scanned with axe for WCAG 2.1 AA problems, on a desktop and on a phone. */
class CoherencePagesAreAccessibleInBrowserTests extends BrowserTestBase {

    @Autowired
    Principles principles;

    @Autowired
    Governance governance;

    @Autowired
    Zones zones;

    @Autowired
    Intents intents;

    @Autowired
    Decisions decisions;

    @Test
    void everyCoherencePageHasNoSeriousOrCriticalAccessibilityViolationsOnADesktopAndAPhone() {
        var ana = data.person(org.id(), "Ana Lima");
        var bo = data.person(org.id(), "Bo Berg");
        var homeBase = data.homeBase(org.id(), "Onboarding", ana.id(), List.of(ana.id(), bo.id()));
        var intent = intents.declare(
                org.id(),
                ana.id(),
                "Pause weekend support for a month",
                "The team is tired",
                Scope.ORGANIZATION,
                null,
                Duration.ofDays(2));

        var value = principles.defineValue(
                org.id(),
                org.adminId(),
                true,
                "Customers first",
                "We trade internal convenience for customer outcomes.");
        var principle = principles.adopt(
                org.id(),
                org.adminId(),
                true,
                value.id(),
                "Answer every customer within a day",
                "Customers waited too long",
                null);
        principles.revise(
                org.id(),
                org.adminId(),
                true,
                principle.id(),
                null,
                "Answer every customer within a working day",
                null,
                "Weekends made a day impossible",
                new Trigger(Trigger.Kind.INTENT, intent.id().value()));
        principles.adopt(org.id(), org.adminId(), true, value.id(), "Fix the cause, not only the symptom", null, null);
        var retired = principles.adopt(
                org.id(), org.adminId(), true, value.id(), "Every release gets a customer note", null, null);
        principles.revise(
                org.id(), org.adminId(), true, retired.id(), null, null, Status.RETIRED, "Nobody read them", null);
        principles.reviseValue(
                org.id(),
                org.adminId(),
                true,
                value.id(),
                null,
                "Customers first",
                "We trade internal convenience for customer outcomes, " + "and say so when we do.",
                null,
                "Make the trade-off visible",
                null);
        governance.flag(
                org.id(),
                bo.id(),
                principle.id(),
                "INTENT",
                intent.id().value(),
                "A day is not possible without weekend support");

        var today = LocalDate.ofInstant(principles.now(), ZoneOffset.UTC);
        // The admin seats the first member while there is no body; the body appoints the next by consent.
        governance.appoint(
                org.id(), org.adminId(), true, org.adminId(), today.minusYears(2), today.minusYears(1), null);
        governance.appoint(org.id(), org.adminId(), true, ana.id(), today.minusMonths(11), today.plusDays(10), null);
        var seat = governance
                .appoint(org.id(), org.adminId(), true, bo.id(), today.minusMonths(1), today.plusMonths(11), null)
                .proposal();
        decisions.react(org.id(), seat.decisionId(), ana.id(), Reaction.Kind.CONSENT, null);
        decisions.decide(
                org.id(),
                seat.decisionId(),
                org.adminId(),
                new Choice("Appoint Bo", "Ana consented", List.of(), null, null));
        await().untilAsserted(
                        () -> assertThat(governance.currentMembers(org.id())).contains(bo.id()));
        governance.propose(
                org.id(),
                bo.id(),
                ChangeProposal.Kind.REVISE_PRINCIPLE,
                null,
                principle.id(),
                "Answer every customer within a working day, " + "and say when the full answer follows",
                null,
                "Quick answers were empty answers",
                null);
        var review = governance.startReview(org.id(), org.adminId());

        var area = zones.define(
                org.id(),
                ChangeOrigin.direct(org.adminId(), true),
                "Pricing",
                Zone.CENTRE_AWARENESS,
                "Discounts and price changes for existing customers");
        zones.define(
                org.id(),
                ChangeOrigin.direct(org.adminId(), true),
                "Hiring",
                Zone.CENTRE_INTERVENTION,
                "Who joins and on what terms");
        zones.define(org.id(), ChangeOrigin.direct(org.adminId(), true), "Release timing", Zone.LOCAL, "");
        zones.grant(org.id(), ChangeOrigin.direct(org.adminId(), true), area.id(), homeBase.id(), null, null);
        zones.grant(org.id(), ChangeOrigin.direct(org.adminId(), true), area.id(), null, null, "Product lead");
        zones.appointCentre(
                org.id(), ChangeOrigin.direct(org.adminId(), true), "Leadership team", List.of(bo.id(), org.adminId()));

        var pages = List.of(
                new String[] {"/principles", "principles"},
                new String[] {"/principles/" + principle.id().value(), "principle"},
                new String[] {"/principles/" + principle.id().value() + "/edit", "principle-edit"},
                new String[] {"/values/" + value.id().value(), "value"},
                new String[] {"/values/new", "value-new"},
                new String[] {"/values/" + value.id().value() + "/edit", "value-edit"},
                new String[] {"/values/" + value.id().value() + "/principles/new", "principle-new"},
                new String[] {"/governance", "governance"},
                new String[] {"/reviews", "reviews"},
                new String[] {"/reviews/" + review.id(), "review"},
                new String[] {"/decision-areas", "decision-areas"},
                new String[] {"/decision-areas/" + area.id(), "decision-area"},
                new String[] {"/decision-areas/new", "decision-area-new"},
                new String[] {"/decision-areas/centre", "centre"},
                new String[] {"/allowed", "allowed-empty"},
                new String[] {
                    "/allowed?areaId=" + area.id() + "&homeBaseId="
                            + homeBase.id().value(),
                    "allowed"
                });
        for (String[] page : pages) {
            scan(page[0], page[1]);
        }

        browser.open("/governance")
                .press("Propose a change")
                .press("Propose to the body")
                .waitForText("Please look at the fields marked below");
        browser.assertAccessible().screenshot("coherence-governance-errors");

        browser.resize(375, 812);
        for (String[] page : pages) {
            browser.open(page[0]).find(By.tagName("h1"));
            assertThat(browser.fitsTheWindowWidth())
                    .as(page[0] + " fits a phone")
                    .isTrue();
            browser.assertAccessible().screenshot("coherence-phone-" + page[1]);
        }
    }

    private void scan(String path, String name) {
        browser.open(path).find(By.tagName("h1"));
        browser.assertAccessible().screenshot("coherence-" + name);
    }
}
