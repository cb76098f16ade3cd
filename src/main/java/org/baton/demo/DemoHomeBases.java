package org.baton.demo;

import static org.baton.demo.DemoPeople.ids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baton.homebases.HomeBase;
import org.baton.homebases.HomeBaseContext;
import org.baton.homebases.HomeBaseDetails;
import org.baton.homebases.HomeBases;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Component;

/** Larkspur's four home bases, each around a problem of its customers, with its people and context. */
@Component
class DemoHomeBases {

    private final HomeBases homeBases;

    DemoHomeBases(HomeBases homeBases) {
        this.homeBases = homeBases;
    }

    Map<String, HomeBase> found(OrganizationId org, Map<String, PersonId> staff) {
        var bases = new LinkedHashMap<String, HomeBase>();
        bases.put(
                "Onboarding",
                foundByItsLeader(
                        org,
                        new HomeBaseDetails(
                                "Onboarding",
                                "Get a newly signed clinic from contract to its first booked appointment without help from us.",
                                staff.get("Amara Okafor"),
                                ids(staff, "Amara Okafor", "Jonas Weber", "Priya Raman", "Noor Haddad"),
                                new HomeBaseContext(
                                        List.of(
                                                "Clinic owners who just signed",
                                                "Front-desk staff setting Larkspur up"),
                                        List.of(
                                                "Days from contract to first booked appointment",
                                                "Share of clinics active after 30 days"),
                                        List.of("Setup without a call with us", "Importing existing calendars"),
                                        "Four people; up to 2,000 € a month for tools and pilot incentives"))));
        bases.put(
                "Scheduling",
                foundByItsLeader(
                        org,
                        new HomeBaseDetails(
                                "Scheduling",
                                "Make the daily calendar the one screen a front desk never has to fight with.",
                                staff.get("Lucas Moreau"),
                                ids(staff, "Lucas Moreau", "Mei Tanaka", "Diego Alvarez"),
                                new HomeBaseContext(
                                        List.of(
                                                "Front-desk staff",
                                                "Practitioners checking their day",
                                                "Patients booking online"),
                                        List.of("No-show rate", "Time to load the day view", "Bookings made online"),
                                        List.of("Fewer no-shows", "Speed of the day view on old office computers"),
                                        "Three people; no new paid services this quarter"))));
        bases.put(
                "Billing",
                foundByItsLeader(
                        org,
                        new HomeBaseDetails(
                                "Billing",
                                "Clinics get paid for every appointment, and patients understand what they pay for.",
                                staff.get("Sofia Lindqvist"),
                                ids(staff, "Sofia Lindqvist", "Kwame Mensah", "Hannah Kim"),
                                new HomeBaseContext(
                                        List.of("Clinic owners and their bookkeepers", "Patients paying online"),
                                        List.of(
                                                "Failed card payments",
                                                "Days until an invoice is paid",
                                                "Billing support tickets"),
                                        List.of("Recover failed payments", "Invoices that pass an audit"),
                                        "Three people; payment provider fees must not rise"))));
        bases.put(
                "Platform",
                foundByItsLeader(
                        org,
                        new HomeBaseDetails(
                                "Platform",
                                "Give the other home bases a fast, safe path to production and clear sight of what runs there.",
                                staff.get("Tomás Silva"),
                                ids(staff, "Tomás Silva", "Erik Johansson"),
                                new HomeBaseContext(
                                        List.of(
                                                "The other home bases' engineers",
                                                "Clinics, indirectly, through uptime"),
                                        List.of(
                                                "Minutes of downtime per deploy",
                                                "Time from merge to production",
                                                "Uptime"),
                                        List.of("Deploys nobody notices", "Alerts that point at the cause"),
                                        "Two people; hosting bill within 4,000 € a month"))));
        return bases;
    }

    /** Each demo home base is founded by its leader. */
    private HomeBase foundByItsLeader(OrganizationId org, HomeBaseDetails details) {
        return homeBases.found(org, details, details.leaderId());
    }
}
