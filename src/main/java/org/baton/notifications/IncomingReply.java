package org.baton.notifications;

import java.util.List;

/**
 * One mail read from the reply mailbox: its Message-ID, the addresses it was sent to (To, Cc, Delivered-To,
 * X-Original-To), who sent it, its plain-text and HTML parts (either may be null), and whether a machine wrote it
 * (an autoresponder, an out-of-office notice, a bounce).
 */
record IncomingReply(
        String messageId, List<String> recipients, String from, String text, String html, boolean automatic) {}
