package org.baton.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.baton.decisions.DecisionEvent;
import org.baton.homebases.HomeBaseEvent;
import org.baton.homebases.HomeBaseId;
import org.baton.intents.IntentEvent;
import org.baton.missions.MissionEvent;
import org.baton.people.PersonEvent;
import org.baton.principles.GovernanceEvent;
import org.baton.principles.PrincipleEvent;
import org.baton.support.BatonIntegrationTest;
import org.baton.teams.Scope;
import org.baton.zones.MandateHolder;
import org.baton.zones.ZoneEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Every domain event can be stored in the event publication registry and read back unchanged: a reaction that
 * failed, or was cut short by a crash, is retried from what was stored, so an event that cannot be read back
 * would be lost.
 */
@BatonIntegrationTest
class EveryEventSurvivesTheOutboxIntegrationTests {

    @Autowired
    EventSerializer serializer;

    static Stream<Class<?>> events() {
        return Stream.of(
                        DecisionEvent.class,
                        IntentEvent.class,
                        MissionEvent.class,
                        HomeBaseEvent.class,
                        PersonEvent.class,
                        PrincipleEvent.class,
                        GovernanceEvent.class,
                        ZoneEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void isReadBackAsItWasStored(Class<?> type) {
        Object event = sample(type);

        Object stored = serializer.serialize(event);

        assertThat(serializer.deserialize(stored, type)).isEqualTo(event);
    }

    /** An instance with a value in every component, so that each one has to survive the trip. */
    private static Object sample(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            var element = sample(parameterized.getActualTypeArguments()[0]);
            var raw = (Class<?>) parameterized.getRawType();
            return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
        }
        var kind = (Class<?>) type;
        if (kind == String.class) {
            return "a fact";
        } else if (kind == UUID.class) {
            return UUID.randomUUID();
        } else if (kind == Instant.class) {
            return Instant.parse("2026-03-04T05:06:07.123456Z");
        } else if (kind == LocalDate.class) {
            return LocalDate.of(2026, 3, 4);
        } else if (kind == int.class || kind == Integer.class) {
            return 3;
        } else if (kind == long.class || kind == Long.class) {
            return 4L;
        } else if (kind == boolean.class || kind == Boolean.class) {
            return true;
        } else if (kind == BigDecimal.class) {
            return new BigDecimal("12.5");
        } else if (kind == Period.class) {
            return Period.ofMonths(3);
        } else if (kind == Duration.class) {
            return Duration.ofHours(48);
        } else if (kind.isEnum()) {
            return kind.getEnumConstants()[0];
        } else if (kind == Scope.class) {
            return new Scope(new HomeBaseId(UUID.randomUUID()), null);
        } else if (kind == MandateHolder.class) {
            return new MandateHolder(new HomeBaseId(UUID.randomUUID()), null, null, "Billing");
        } else if (kind.isRecord()) {
            var components = kind.getRecordComponents();
            var values = new ArrayList<Object>();
            for (RecordComponent component : components) {
                values.add(sample(component.getGenericType()));
            }
            try {
                var constructor = kind.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(values.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make a sample " + kind.getSimpleName(), e);
            }
        }
        throw new IllegalArgumentException("No sample value for " + kind);
    }
}
