package org.baton.shared;

/**
 * Text people type: any character but the control characters, except tab, line feed and carriage return.
 * A NUL or an escape sequence in a name or a reason is never meant, and PostgreSQL refuses NUL in text.
 */
public final class PlainText {

    private PlainText() {}

    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
