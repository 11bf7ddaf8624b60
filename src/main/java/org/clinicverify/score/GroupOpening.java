package org.clinicverify.score;

/**
 * The opening of a group in a rule pattern, as the small pattern readers ({@link Literals},
 * {@link StartChars}) need it: where the group's body starts and whether it is a lookaround,
 * which matches no text of its own.
 */
record GroupOpening(int bodyStart, boolean zeroWidth) {

    /** Reads the group whose '(' is at {@code paren}: plain, non-capturing, named or a lookaround. */
    static GroupOpening at(String re, int paren) {
        int i = paren + 1;
        if (re.charAt(i) != '?') {
            return new GroupOpening(i, false);
        }
        char k = re.charAt(i + 1);
        if (k == ':') {
            return new GroupOpening(i + 2, false);
        }
        if (k == '=' || k == '!') {
            return new GroupOpening(i + 2, true);
        }
        if (k == '<' && (re.charAt(i + 2) == '=' || re.charAt(i + 2) == '!')) {
            return new GroupOpening(i + 3, true);
        }
        if (k == '<') {
            return new GroupOpening(re.indexOf('>', i) + 1, false);
        }
        throw new IllegalArgumentException("inline flags or atomic groups are not read");
    }
}
