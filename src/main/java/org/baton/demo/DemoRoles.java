package org.baton.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBase;
import org.baton.people.PersonId;
import org.baton.roles.CoachingSlots;
import org.baton.roles.Role;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/**
 * The demo's leadership roles: faculty leads for knowledge areas (one split into a sub-area), product owners of
 * a home base, coaches (one offering sessions, one of them booked), the strategy faculty with a seat open, and a
 * work role whose holder's term ends soon.
 * Amara defines the organization-wide ones as a member of the centre; a home base's leader its own.
 */
@Component
class DemoRoles {

    private final Roles roles;
    private final CoachingSlots coaching;

    DemoRoles(Roles roles, CoachingSlots coaching) {
        this.roles = roles;
        this.coaching = coaching;
    }

    void fill(OrganizationId org, Map<String, PersonId> staff, Map<String, HomeBase> bases) {
        var amara = RoleOrigin.direct(staff.get("Amara Okafor"), false, null);
        LocalDate today = roles.today();

        var frontend = define(
                org,
                amara,
                RoleType.FACULTY_LEAD,
                "Lead Frontend",
                "Frontend",
                1,
                null,
                "Grow how well we build what clinics see.",
                "Keeps the frontend guidelines current",
                "Finds and welcomes new frontend talent");
        assign(org, amara, frontend, staff.get("Mei Tanaka"), today.minusMonths(8), null);
        var performance = define(
                org,
                amara,
                RoleType.FACULTY_LEAD,
                "Lead Frontend Performance",
                "Frontend performance",
                1,
                frontend,
                "Make every screen fast on a front desk's old computer.",
                "Measures what clinics wait for");
        assign(org, amara, performance, staff.get("Mei Tanaka"), today.minusMonths(2), null);
        var scheduling = define(
                org,
                amara,
                RoleType.FACULTY_LEAD,
                "Lead Scheduling domain",
                "Scheduling domain",
                1,
                null,
                "Own how well we understand how clinics plan their days.",
                "Teaches the scheduling domain");
        assign(org, amara, scheduling, staff.get("Lucas Moreau"), today.minusMonths(14), null);
        var pricing = define(
                org,
                amara,
                RoleType.FACULTY_LEAD,
                "Lead Pricing",
                "Pricing",
                1,
                null,
                "Grow what we know about what clinics pay and why.",
                "Keeps the pricing model explained");
        assign(org, amara, pricing, staff.get("Sofia Lindqvist"), today.minusMonths(3), null);

        var strategy = define(
                org,
                amara,
                RoleType.STRATEGY_FACULTY,
                "Strategy faculty",
                null,
                3,
                null,
                "Name the focus areas and propose new home bases when the work outgrows them.",
                "Proposes focus areas each quarter");
        assign(org, amara, strategy, staff.get("Lucas Moreau"), today.minusMonths(6), null);
        assign(org, amara, strategy, staff.get("Amara Okafor"), today.minusMonths(6), null);
        var coach = define(
                org,
                amara,
                RoleType.COACH,
                "Leadership coach",
                null,
                2,
                null,
                "Help people grow as leaders in sessions they book.",
                "Offers bookable sessions every week");
        assign(org, amara, coach, staff.get("Amara Okafor"), today.minusMonths(5), null);
        offerSessions(org, staff, today);
        var teamCoach = define(
                org,
                amara,
                RoleType.TEAM_COACH,
                "Team coach",
                null,
                1,
                null,
                "Help a team find its way from forming to performing.",
                "Joins a new team's first retrospectives");
        assign(org, amara, teamCoach, staff.get("Tomás Silva"), today.minusMonths(1), null);
        var incidents = define(
                org,
                amara,
                RoleType.WORK,
                "Incident commander",
                null,
                2,
                null,
                "Lead the response when production is down for clinics.",
                "Runs the incident call",
                "Writes the follow-up");
        assign(org, amara, incidents, staff.get("Tomás Silva"), today.minusMonths(11), today.plusDays(12));

        var billing = bases.get("Billing");
        var billingLead = RoleOrigin.direct(billing.leaderId(), false, null);
        var owner = roles.define(
                org,
                billingLead,
                new RoleDefinition(
                        RoleType.PRODUCT_OWNER,
                        "Billing product owner",
                        "Say what is most valuable for Billing to do next.",
                        List.of("Orders the backlog", "Accepts what is done"),
                        new RoleScope(RoleScope.Type.HOME_BASE, billing.id().value(), null),
                        null,
                        2,
                        today.plusMonths(3)));
        assign(org, billingLead, owner, billing.leaderId(), today.minusMonths(4), null);
    }

    /** Amara offers two sessions next week; Noor, about to lead for the first time, books one. */
    private void offerSessions(OrganizationId org, Map<String, PersonId> staff, LocalDate today) {
        var amara = staff.get("Amara Okafor");
        var nextWeek = today.plusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC);
        var first = coaching.publish(
                org, amara, nextWeek, nextWeek.plus(Duration.ofHours(1)), "Leading your first mission", "Juniper room");
        coaching.publish(
                org,
                amara,
                nextWeek.plus(Duration.ofDays(1)),
                nextWeek.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                "Giving feedback that lands",
                "Video call");
        coaching.book(org, first.id(), staff.get("Noor Haddad"), "I may lead the reminders mission next quarter.");
    }

    private Role define(
            OrganizationId org,
            RoleOrigin origin,
            RoleType type,
            String title,
            String knowledgeArea,
            int seats,
            Role parent,
            String purpose,
            String... accountabilities) {
        return roles.define(
                org,
                origin,
                new RoleDefinition(
                        type,
                        title,
                        purpose,
                        List.of(accountabilities),
                        knowledgeArea == null ? RoleScope.ORGANIZATION : RoleScope.knowledgeArea(knowledgeArea),
                        parent == null ? null : parent.id(),
                        seats,
                        roles.today().plusMonths(6)));
    }

    private void assign(
            OrganizationId org, RoleOrigin origin, Role role, PersonId person, LocalDate from, LocalDate until) {
        roles.assign(org, origin, role.id(), person, from, until);
    }
}
