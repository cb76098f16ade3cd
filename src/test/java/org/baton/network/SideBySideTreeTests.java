package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.baton.people.PersonId;
import org.junit.jupiter.api.Test;

class SideBySideTreeTests {

    private static PersonId someone() {
        return new PersonId(UUID.randomUUID());
    }

    @Test
    void peopleWithoutAManagerAreAtTheTopByNameWithTheirReportsBelowThem() {
        var ana = someone();
        var ben = someone();
        var cara = someone();
        var dan = someone();
        var tree = SideBySideTree.of(
                List.of(
                        new SideBySideTree.Line(dan, "Dan", null),
                        new SideBySideTree.Line(cara, "Cara", ben),
                        new SideBySideTree.Line(ben, "Ben", ana),
                        new SideBySideTree.Line(ana, "Ana", null)),
                Map.of(),
                100);

        assertThat(tree.tops()).extracting(SideBySideTree.Node::name).containsExactly("Ana", "Dan");
        var ana0 = tree.tops().getFirst();
        assertThat(ana0.reports()).extracting(SideBySideTree.Node::name).containsExactly("Ben");
        assertThat(ana0.reports().getFirst().reports())
                .extracting(SideBySideTree.Node::name)
                .containsExactly("Cara");
        assertThat(ana0.below()).isEqualTo(2);
        assertThat(tree.notShown()).isZero();
    }

    @Test
    void marksTheNetworkBesideEachNameInTheSameOrder() {
        var ana = someone();
        var tree = SideBySideTree.of(
                List.of(new SideBySideTree.Line(ana, "Ana", null)),
                Map.of(ana, Set.of(NetworkMark.URGENCY_GROUP, NetworkMark.LEADERSHIP_TEAM)),
                100);

        assertThat(tree.tops().getFirst().marks())
                .containsExactly(NetworkMark.LEADERSHIP_TEAM, NetworkMark.URGENCY_GROUP);
    }

    @Test
    void aBigOrganizationIsCutAtTheLimitAndSaysHowManyAreLeftOut() {
        var boss = someone();
        var lines = new ArrayList<SideBySideTree.Line>();
        lines.add(new SideBySideTree.Line(boss, "Boss", null));
        for (int i = 0; i < 20; i++) {
            lines.add(new SideBySideTree.Line(someone(), "Report " + (100 + i), boss));
        }

        var tree = SideBySideTree.of(lines, Map.of(), 5);

        var top = tree.tops().getFirst();
        assertThat(top.reports()).hasSize(4);
        assertThat(top.notShown()).isEqualTo(16);
        assertThat(top.below()).isEqualTo(20);
        assertThat(tree.notShown()).isEqualTo(16);
    }

    @Test
    void reportingLinesInACircleAreBrokenSoEveryoneIsShownOnce() {
        var ana = someone();
        var ben = someone();
        var tree = SideBySideTree.of(
                List.of(new SideBySideTree.Line(ana, "Ana", ben), new SideBySideTree.Line(ben, "Ben", ana)),
                Map.of(),
                100);

        assertThat(tree.tops()).extracting(SideBySideTree.Node::name).containsExactly("Ana");
        assertThat(tree.tops().getFirst().reports())
                .extracting(SideBySideTree.Node::name)
                .containsExactly("Ben");
        assertThat(tree.notShown()).isZero();
    }

    @Test
    void someoneReportingToAPersonOutsideTheOrganizationIsAtTheTop() {
        var ana = someone();
        var tree = SideBySideTree.of(List.of(new SideBySideTree.Line(ana, "Ana", someone())), Map.of(), 100);

        assertThat(tree.tops()).extracting(SideBySideTree.Node::name).containsExactly("Ana");
    }
}
