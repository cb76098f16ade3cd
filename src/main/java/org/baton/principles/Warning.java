package org.baton.principles;

import java.util.List;

/** A sign the coherence layer needs care; {@code code} is a message key filled with {@code arguments}. */
public record Warning(String code, String message, List<String> arguments) {}
