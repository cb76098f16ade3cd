package org.baton.principles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.principles.Coherence.aPrinciple;
import static org.baton.principles.Coherence.aValue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProliferationTests {

    @Test
    void fiveValuesWithThreePrinciplesEachNeedNoWarning() {
        var values = values(5);
        var principles = values.stream()
                .flatMap(v -> IntStream.range(0, 3)
                        .mapToObj(i -> aPrinciple().under(v).build()))
                .toList();

        assertThat(Proliferation.warnings(values, principles)).isEmpty();
    }

    @Test
    void warnsOfASixthActiveValue() {
        assertThat(Proliferation.warnings(values(6), List.of())).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("proliferation.values");
            assertThat(w.arguments()).containsExactly("6", "5");
        });
    }

    @Test
    void retiredValuesDoNotCount() {
        var values = new java.util.ArrayList<>(values(5));
        values.add(aValue().named("Old").retired().build());

        assertThat(Proliferation.warnings(values, List.of())).isEmpty();
    }

    @Test
    void warnsOfAFourthActivePrincipleUnderOneValue() {
        var value = aValue().named("Open by default").build();
        var principles = IntStream.range(0, 4)
                .mapToObj(i -> aPrinciple().under(value).build())
                .toList();

        assertThat(Proliferation.warnings(List.of(value), principles))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.code()).isEqualTo("proliferation.principles");
                    assertThat(w.arguments()).containsExactly("Open by default", "4", "3");
                });
    }

    @Test
    void retiredPrinciplesDoNotCount() {
        var value = aValue().build();
        var principles = List.of(
                aPrinciple().under(value).build(),
                aPrinciple().under(value).build(),
                aPrinciple().under(value).build(),
                aPrinciple().under(value).retired().build());

        assertThat(Proliferation.warnings(List.of(value), principles)).isEmpty();
    }

    private static List<Value> values(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> aValue().named("Value " + i).build())
                .toList();
    }
}
