package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.baton.people.PersonId;
import org.baton.roles.RoleDefinition;
import org.baton.roles.RoleOrigin;
import org.baton.roles.RoleScope;
import org.baton.roles.RoleType;
import org.baton.roles.Roles;
import org.baton.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CoachingApiIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    java.time.Clock clock;

    static final String SLOTS = "/api/v1/coaching-slots";

    @Autowired
    Roles roles;

    Member coach;
    Member ben;

    @BeforeEach
    void aCoachAndSomeoneToBook() {
        coach = member("Cora Coach");
        ben = member("Ben Booker");
        var role = roles.define(
                org.id(),
                RoleOrigin.direct(org.adminId(), true, null),
                new RoleDefinition(
                        RoleType.COACH, "Coach", "Grow leadership", List.of(), RoleScope.ORGANIZATION, null, 3, null));
        roles.assign(
                org.id(),
                RoleOrigin.direct(org.adminId(), true, null),
                role.id(),
                new PersonId(UUID.fromString(coach.id())),
                null,
                null);
    }

    static Map<String, Object> slot(Instant startsAt, Duration lasting, String topic) {
        var slot = new HashMap<String, Object>();
        slot.put("startsAt", startsAt.toString());
        slot.put("endsAt", startsAt.plus(lasting).toString());
        slot.put("topic", topic);
        slot.put("place", "Room 3");
        return slot;
    }

    /** Days ahead on Baton's clock, which other tests may have moved. */
    Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
    }

    String published(Instant startsAt) {
        return created(coach.api().post(SLOTS, slot(startsAt, Duration.ofHours(1), "Giving feedback")))
                .get("id")
                .asString();
    }

    @Test
    void aCoachPublishesASlotThatSomeoneBooksWithANoteOnlyTheyTwoRead() {
        var starts = inDays(2);
        var published = created(coach.api().post(SLOTS, slot(starts, Duration.ofHours(1), "Giving feedback")));
        String id = published.get("id").asString();
        assertThat(published.get("free").asBoolean()).isTrue();
        assertThat(published.get("coachId").asString()).isEqualTo(coach.id());
        assertThat(Instant.parse(published.get("startsAt").asString())).isEqualTo(starts);
        assertThat(published.get("steps").get(0).asString()).isEqualTo("WITHDRAW");
        assertThat(api.get(SLOTS + "?free=true").json().get("items").findValuesAsString("id"))
                .contains(id);

        var booked = created(ben.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "My first team")));
        assertThat(booked.get("free").asBoolean()).isFalse();
        assertThat(booked.get("booking").get("bookerId").asString()).isEqualTo(ben.id());
        assertThat(booked.get("booking").get("note").asString()).isEqualTo("My first team");

        var asCoach = coach.api().get(SLOTS + "/" + id).json();
        assertThat(asCoach.get("booking").get("note").asString()).isEqualTo("My first team");
        var asSomeoneElse = api.get(SLOTS + "/" + id).json();
        assertThat(asSomeoneElse.get("booking").get("bookerId").asString()).isEqualTo(ben.id());
        assertThat(asSomeoneElse.get("booking").get("note").isNull()).isTrue();
        assertThat(api.get(SLOTS + "?free=true").json().get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(api.get(SLOTS + "?coachId=" + coach.id()).json().get("items").findValuesAsString("id"))
                .containsExactly(id);
    }

    @Test
    void someoneWithoutACoachingRoleMayNotPublish() {
        assertProblem(ben.api().post(SLOTS, slot(inDays(2), Duration.ofHours(1), "Pairing")), 403, null);
        assertProblem(api.post(SLOTS, slot(inDays(2), Duration.ofHours(1), "Pairing")), 403, null);
        assertThat(api.get(SLOTS).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void ofTwoPeopleBookingTheSameSlotAtOnceExactlyOneWins() throws Exception {
        String id = published(inDays(3));
        var chris = member("Chris Rival");
        var ready = new CountDownLatch(2);
        Callable<Api.Response> bookAsBen = () -> {
            ready.countDown();
            ready.await();
            return ben.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "Ben's"));
        };
        Callable<Api.Response> bookAsChris = () -> {
            ready.countDown();
            ready.await();
            return chris.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "Chris's"));
        };
        List<Api.Response> answers;
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(bookAsBen);
            var second = pool.submit(bookAsChris);
            answers = List.of(first.get(), second.get());
        }

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        var loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType()).startsWith("application/problem+json");
        var winner = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        String winnerId = winner.json().get("booking").get("bookerId").asString();
        assertThat(coach.api()
                        .get(SLOTS + "/" + id)
                        .json()
                        .get("booking")
                        .get("bookerId")
                        .asString())
                .isEqualTo(winnerId);
    }

    @Test
    void aSecondBookingOrTheCoachBookingTheirOwnSlotIsRefused() {
        String id = published(inDays(2));
        assertProblem(coach.api().post(SLOTS + "/" + id + "/booking", Map.of()), 403, null);
        created(ben.api().post(SLOTS + "/" + id + "/booking", Map.of()));
        assertProblem(api.post(SLOTS + "/" + id + "/booking", Map.of()), 409, null);
    }

    @Test
    void theBookerOrTheCoachCancelsAndNobodyElse() {
        String id = published(inDays(2));
        created(ben.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "Feedback")));

        assertProblem(api.delete(SLOTS + "/" + id + "/booking"), 403, null);
        var cancelled = ben.api().delete(SLOTS + "/" + id + "/booking");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("free").asBoolean()).isTrue();

        created(ben.api().post(SLOTS + "/" + id + "/booking", Map.of()));
        assertThat(coach.api().delete(SLOTS + "/" + id + "/booking").status()).isEqualTo(200);
        assertThat(api.get(SLOTS + "/" + id).json().get("free").asBoolean()).isTrue();
    }

    @Test
    void theCoachWithdrawsAFreeSlotButNotABookedOne() {
        String free = published(inDays(2));
        String booked = published(inDays(3));
        created(ben.api().post(SLOTS + "/" + booked + "/booking", Map.of()));

        assertProblem(ben.api().delete(SLOTS + "/" + free), 403, null);
        assertProblem(coach.api().post(SLOTS + "/" + booked + "/withdraw", Map.of()), 409, null);
        assertThat(coach.api().delete(SLOTS + "/" + free).status()).isEqualTo(204);
        assertProblem(api.get(SLOTS + "/" + free), 404, null);
        assertThat(api.get(SLOTS + "/" + booked).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        assertProblem(coach.api().post(SLOTS, slot(inDays(2), Duration.ZERO, "Empty")), 422, "endsAt");
        assertProblem(coach.api().post(SLOTS, slot(inDays(2), Duration.ofHours(9), "Marathon")), 422, "endsAt");
        assertProblem(coach.api().post(SLOTS, slot(inDays(2), Duration.ofHours(1), " ")), 422, "topic");
        // Longer than the API declares: refused before it reaches the domain.
        assertProblem(coach.api().post(SLOTS, slot(inDays(2), Duration.ofHours(1), "x".repeat(201))), 400, "topic");
        var noStart = slot(inDays(2), Duration.ofHours(1), "Feedback");
        noStart.remove("startsAt");
        assertProblem(coach.api().post(SLOTS, noStart), 422, "startsAt");
        assertProblem(api.get(SLOTS + "?from=" + inDays(3) + "&to=" + inDays(2)), 422, "to");
        String id = published(inDays(2));
        assertProblem(ben.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "x".repeat(2001))), 400, "note");
        assertProblem(
                coach.api().post(SLOTS, slot(inDays(2).plus(Duration.ofMinutes(30)), Duration.ofHours(1), "Overlap")),
                422,
                "startsAt");

        assertThat(api.get(SLOTS + "?coachId=" + coach.id())
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get(SLOTS + "/" + id).json().get("free").asBoolean()).isTrue();
    }

    @Test
    void aSlotInThePastIsRefused() {
        assertProblem(
                coach.api().post(SLOTS, slot(clock.instant().minus(Duration.ofHours(2)), Duration.ofHours(1), "Late")),
                422,
                "startsAt");
    }

    @Test
    void theCoachHearsOfABookingAndTheBookerOfTheCoachCancellingIt() {
        String id = published(inDays(2));
        created(ben.api().post(SLOTS + "/" + id + "/booking", Map.of("note", "Feedback")));

        await().untilAsserted(
                        () -> assertThat(coach.api().get("/api/v1/inbox").json().get("items"))
                                .anySatisfy(item -> {
                                    assertThat(item.get("kind").asString()).isEqualTo("coachingSessionBooked");
                                    assertThat(item.get("detail").asString()).startsWith("Ben Booker");
                                }));

        coach.api().delete(SLOTS + "/" + id + "/booking");
        await().untilAsserted(() -> assertThat(
                        ben.api().get("/api/v1/inbox").json().get("items"))
                .anySatisfy(item -> assertThat(item.get("kind").asString()).isEqualTo("coachingBookingCancelled")));
    }
}
