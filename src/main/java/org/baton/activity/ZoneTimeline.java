package org.baton.activity;

import org.baton.activity.Change.SubjectType;
import org.baton.zones.AreaDefined;
import org.baton.zones.CentreAppointed;
import org.baton.zones.MandateGranted;
import org.baton.zones.MandateRevoked;
import org.baton.zones.ZoneChanged;
import org.baton.zones.ZoneEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decision areas defined and moved between zones, the centre appointed, mandates granted and taken back, each
 * with the centre's decision it was made under.
 */
@Component
class ZoneTimeline {

    private final Activity activity;

    ZoneTimeline(Activity activity) {
        this.activity = activity;
    }

    @ApplicationModuleListener
    void on(ZoneEvent event) {
        switch (event) {
            case AreaDefined e ->
                activity.record(
                        e,
                        e.actor(),
                        "areaDefined",
                        SubjectType.AREA,
                        e.areaId().value(),
                        e.area(),
                        e.zone().name(),
                        e.decisionId());
            case ZoneChanged e ->
                activity.record(
                        e,
                        e.actor(),
                        "zoneChanged",
                        SubjectType.AREA,
                        e.areaId().value(),
                        e.area(),
                        e.to().name(),
                        e.decisionId());
            case CentreAppointed e ->
                // The organization has one centre; it is its own subject.
                activity.record(
                        e,
                        e.actor(),
                        "centreAppointed",
                        SubjectType.CENTRE,
                        e.organizationId().value(),
                        e.centre(),
                        Integer.toString(e.memberIds().size()),
                        e.decisionId());
            case MandateGranted e ->
                activity.record(
                        e,
                        e.actor(),
                        "mandateGranted",
                        SubjectType.AREA,
                        e.areaId().value(),
                        e.area(),
                        e.holder().name(),
                        e.decisionId());
            case MandateRevoked e ->
                activity.record(
                        e,
                        e.actor(),
                        "mandateRevoked",
                        SubjectType.AREA,
                        e.areaId().value(),
                        e.area(),
                        e.holder().name(),
                        e.decisionId());
        }
    }
}
