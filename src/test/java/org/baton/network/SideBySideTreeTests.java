package org.baton.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
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

    @Test
    void aBigOrganizationAlwaysShowsTheNetworksPeopleWithTheirManagersThenFillsUpToTheLimit() {
        var chief = someone();
        var lines = new ArrayList<SideBySideTree.Line>();
        lines.add(new SideBySideTree.Line(chief, "Chief", null));
        var marks = new HashMap<PersonId, Set<NetworkMark>>();
        var managerOf = new HashMap<PersonId, PersonId>();
        for (int m = 0; m < 99; m++) {
            var manager = someone();
            lines.add(new SideBySideTree.Line(manager, "Manager " + (100 + m), chief));
            for (int r = 0; r < 100; r++) {
                var report = someone();
                lines.add(new SideBySideTree.Line(report, "Report " + (1000 + r), manager));
                managerOf.put(report, manager);
                if (m % 4 == 3 && r == 99) {
                    marks.put(report, Set.of(m % 8 == 3 ? NetworkMark.COALITION : NetworkMark.URGENCY_GROUP));
                }
            }
        }
        var leader = lines.get(lines.size() - 1).personId();
        marks.put(leader, Set.of(NetworkMark.LEADERSHIP_TEAM));
        assertThat(lines).hasSize(10_000);

        var tree = SideBySideTree.of(lines, marks, 400);

        var paths = new HashMap<PersonId, List<PersonId>>();
        tree.tops().forEach(top -> walk(top, List.of(), paths));
        assertThat(paths).hasSize(400);
        assertThat(paths.keySet()).containsAll(marks.keySet());
        for (var marked : marks.keySet()) {
            assertThat(paths.get(marked)).containsExactly(chief, managerOf.get(marked), marked);
        }
        assertThat(tree.notShown()).isEqualTo(10_000 - 400);
        assertThat(tree.tops()).singleElement().satisfies(top -> assertThat(top.below())
                .isEqualTo(9_999));
    }

    @Test
    void theNetworksPeopleAreShownEvenWhenTheyAloneAreMoreThanTheLimit() {
        var boss = someone();
        var lines = new ArrayList<SideBySideTree.Line>();
        lines.add(new SideBySideTree.Line(boss, "Boss", null));
        var marks = new HashMap<PersonId, Set<NetworkMark>>();
        for (int i = 0; i < 10; i++) {
            var report = someone();
            lines.add(new SideBySideTree.Line(report, "Report " + (100 + i), boss));
            if (i % 2 == 0) {
                marks.put(report, Set.of(NetworkMark.URGENCY_GROUP));
            }
        }

        var tree = SideBySideTree.of(lines, marks, 3);

        var top = tree.tops().getFirst();
        assertThat(top.reports())
                .extracting(SideBySideTree.Node::personId)
                .containsExactlyInAnyOrderElementsOf(marks.keySet());
        assertThat(top.notShown()).isEqualTo(5);
        assertThat(tree.notShown()).isEqualTo(5);
    }

    private static void walk(SideBySideTree.Node node, List<PersonId> above, Map<PersonId, List<PersonId>> paths) {
        var path = new ArrayList<>(above);
        path.add(node.personId());
        assertThat(paths.put(node.personId(), path)).as("placed once").isNull();
        node.reports().forEach(report -> walk(report, path, paths));
    }
}
