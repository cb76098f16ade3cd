package org.baton.web.zones;

import java.util.List;
import org.baton.zones.DecisionArea;

/** A decision area on the overview with the mandates that grant it. */
public record AreaRow(DecisionArea area, List<MandateRow> mandates) {}
