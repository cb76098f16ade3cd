package org.baton.shared;

import java.util.UUID;

/** A typed id: a record around a UUID, so that a person's id is never passed where a mission's is meant. */
public interface Identifier {

    UUID value();
}
