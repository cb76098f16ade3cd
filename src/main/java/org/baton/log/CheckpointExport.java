package org.baton.log;

import org.baton.shared.Page;

/**
 * What {@code GET /api/v1/log/checkpoints} answers and {@code verify-log --against} reads: the Ed25519 public key
 * (base64 of X.509) and one page of checkpoints, newest first.
 */
public record CheckpointExport(String publicKey, String algorithm, Page<Checkpoint> checkpoints) {}
