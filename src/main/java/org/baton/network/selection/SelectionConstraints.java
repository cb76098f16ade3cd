package org.baton.network.selection;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.Locale;

/**
 * The rules of a good coalition. Hard: a person sits once. Soft, heaviest first:
 * <ul>
 *   <li>attitude and energy: +4 for each tenth of a point of each mean rating (an unrated application counts as 3
 *       and 3: +240; rated 4.5 and 4.0: +340), so a point of rating weighs +40;
 *   <li>the cross-functional mix: +60 for each home base with a seat; -30 for each seat a home base has over its
 *       fair share, -12 for each seat an expertise area, a level of the hierarchy or a tenure band has over its
 *       share; +8 for each expertise area someone on the coalition brings;
 *   <li>the usual suspects: -25 for each mission someone leads now, -10 for each other mission they led in the last
 *       year, -10 for each leadership role they hold, -25 for sitting on the centre and -25 for sitting on the
 *       governance body.
 * </ul>
 */
public class SelectionConstraints implements ConstraintProvider {

    static final int RATING_TENTH = 4;
    static final int COVERS_HOME_BASE = 60;
    static final int ADDS_AREA = 8;
    static final int LEADS_NOW = 25;
    static final int LED_RECENTLY = 10;
    static final int HOLDS_ROLE = 10;
    static final int ON_CENTRE = 25;
    static final int ON_GOVERNING_BODY = 25;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            twice(factory),
            rated(factory),
            coversHomeBase(factory),
            overShare(factory),
            addsArea(factory),
            leadsNow(factory),
            ledRecently(factory),
            holdsRoles(factory),
            onCentre(factory),
            onGoverningBody(factory)
        };
    }

    Constraint twice(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class, equal(Seat::applicant))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> Why.about(a.applicant(), "twice"))
                .asConstraint("twice");
    }

    Constraint rated(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .reward(
                        HardSoftScore.ONE_SOFT,
                        seat -> RATING_TENTH * seat.applicant().ratingTenths())
                .justifyWith((seat, score) -> rating(seat.applicant()))
                .asConstraint("rated");
    }

    Constraint coversHomeBase(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().homeBase() != null)
                .groupBy(seat -> seat.applicant().homeBase(), count())
                .reward(HardSoftScore.ofSoft(COVERS_HOME_BASE))
                .justifyWith((group, seated, score) -> Why.aboutGroup(group, seated, "bringsHomeBase", group.name()))
                .asConstraint("coversHomeBase");
    }

    Constraint overShare(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .flattenLast(seat -> seat.applicant().groups())
                .groupBy(group -> group, count())
                .filter((group, seated) -> seated > group.share())
                .penalize(
                        HardSoftScore.ONE_SOFT,
                        (group, seated) -> group.kind().overShare() * (int) (seated - group.share()))
                .justifyWith((group, seated, score) ->
                        Why.aboutGroup(group, seated, "overShare." + code(group), group.name(), seated, group.share()))
                .asConstraint("overShare");
    }

    Constraint addsArea(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .flattenLast(seat -> seat.applicant().areas())
                .groupBy(group -> group, count())
                .reward(HardSoftScore.ofSoft(ADDS_AREA))
                .justifyWith((group, seated, score) -> Why.aboutGroup(group, seated, "addsArea", group.name()))
                .asConstraint("addsArea");
    }

    Constraint leadsNow(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().facts().leadingNow() > 0)
                .penalize(
                        HardSoftScore.ofSoft(LEADS_NOW),
                        seat -> seat.applicant().facts().leadingNow())
                .justifyWith((seat, score) -> Why.about(
                        seat.applicant(), "leadsNow", seat.applicant().facts().leadingNow()))
                .asConstraint("leadsNow");
    }

    Constraint ledRecently(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().facts().ledLastYear() > 0)
                .penalize(
                        HardSoftScore.ofSoft(LED_RECENTLY),
                        seat -> seat.applicant().facts().ledLastYear())
                .justifyWith((seat, score) -> Why.about(
                        seat.applicant(),
                        "ledRecently",
                        seat.applicant().facts().ledLastYear()))
                .asConstraint("ledRecently");
    }

    Constraint holdsRoles(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().facts().roles() > 0)
                .penalize(
                        HardSoftScore.ofSoft(HOLDS_ROLE),
                        seat -> seat.applicant().facts().roles())
                .justifyWith((seat, score) -> Why.about(
                        seat.applicant(), "holdsRoles", seat.applicant().facts().roles()))
                .asConstraint("holdsRoles");
    }

    Constraint onCentre(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().facts().onCentre())
                .penalize(HardSoftScore.ofSoft(ON_CENTRE))
                .justifyWith((seat, score) -> Why.about(seat.applicant(), "onCentre"))
                .asConstraint("onCentre");
    }

    Constraint onGoverningBody(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.applicant().facts().onGoverningBody())
                .penalize(HardSoftScore.ofSoft(ON_GOVERNING_BODY))
                .justifyWith((seat, score) -> Why.about(seat.applicant(), "onGoverningBody"))
                .asConstraint("onGoverningBody");
    }

    /** Rated: their means with one decimal; not rated yet: the middle they count as. */
    private static Why rating(Applicant applicant) {
        if (!applicant.rated()) {
            return Why.about(applicant, "notRated");
        }
        return Why.about(applicant, "rated", oneDecimal(applicant.attitude()), oneDecimal(applicant.energy()));
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A tenure band's reasons are worded per band ({@code tenure.UNDER_ONE_YEAR}); other kinds name the group. */
    private static String code(Group group) {
        return group.kind() == Group.Kind.TENURE
                ? "tenure." + group.key()
                : group.kind().code();
    }
}
