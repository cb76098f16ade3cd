package org.baton.network.selection;

/**
 * A group of applicants the mix weighs: one home base, expertise area, level of the management hierarchy or tenure
 * band, with how many of the applicants belong to it and its fair share of the seats (the seats times its part of
 * the applicants, rounded up). One instance per group of a selection: groups are compared by identity.
 */
public final class Group {

    /** What a group is of, and how much a seat over its fair share costs (in soft points). */
    public enum Kind {
        HOME_BASE("homeBase", 30),
        AREA("area", 12),
        LEVEL("level", 12),
        TENURE("tenure", 12);

        private final String code;
        private final int overShare;

        Kind(String code, int overShare) {
            this.code = code;
            this.overShare = overShare;
        }

        /** How reasons name this kind: {@code homeBase}, {@code area}, {@code level}, {@code tenure}. */
        public String code() {
            return code;
        }

        int overShare() {
            return overShare;
        }
    }

    private final Kind kind;
    private final String key;
    private final String name;
    private int applicants;
    private int share;

    Group(Kind kind, String key, String name) {
        this.kind = kind;
        this.key = key;
        this.name = name;
    }

    void count() {
        applicants++;
    }

    void shareOf(int seats, int total) {
        share = total == 0 ? 0 : (int) Math.ceil((double) seats * applicants / total);
    }

    public Kind kind() {
        return kind;
    }

    /** How the mix keys it: a home base's id, an area as written, a level (1 at the top), a tenure band. */
    public String key() {
        return key;
    }

    /** How reasons name it: a home base's name, an area as written, a level's number, a tenure band. */
    public String name() {
        return name;
    }

    public int applicants() {
        return applicants;
    }

    public int share() {
        return share;
    }

    @Override
    public String toString() {
        return kind.code + ":" + name;
    }
}
