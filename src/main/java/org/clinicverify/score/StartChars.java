package org.clinicverify.score;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern can start with, so that a search tries the pattern only at
 * the positions holding one of them (java.util.regex tries every position). Compact: a bit mask for
 * ASCII and a sorted array for the few other characters, since the rule book has over a thousand
 * patterns (a 64 K table per pattern is far too much).
 *
 * <p>Read from the regex syntax the rules use, conservatively: zero-width parts (\b, anchors,
 * lookarounds) are skipped; optional items add the characters of what follows; \d, \s and \w are
 * the ASCII classes they are in Java without UNICODE_CHARACTER_CLASS. ".", negated classes, \p{..},
 * \D, \S and \W can start with anything: after a part that cannot be empty they change nothing, and
 * where a match can start with them the pattern gets no set. So do inline flags, escapes not read
 * and a pattern that can match the empty string: the pattern is tried everywhere, as before.
 *
 * <p>Also read: characters a match cannot follow, from a guard that opens the whole pattern: a
 * leading \b before start characters that are all ASCII word characters (no boundary after a word
 * character), or a leading negative lookbehind of one character ("(?<![\d-])"). A digit inside
 * "1962" is then not tried by a phone or street-number pattern: each try costs a matcher reset.
 */
final class StartChars {

    /** Characters of a range kept before a class counts as "anything". */
    private static final int MAX_RANGE = 512;
    /** Start characters a {@link Skipper} looks for one by one, at most. */
    private static final int MAX_SKIPPED = 12;

    private final long ascii0;
    private final long ascii1;
    private final char[] others;
    /** The pattern begins with a plain character, which the regex engine's own search skips to. */
    private final boolean literalLead;
    /** ASCII characters a match cannot follow (bit masks as for the start characters). */
    private final long notAfter0;
    private final long notAfter1;
    /** The start characters when a search may skip to them ({@link #skipper}); null when it should not. */
    private final char[] skipped;
    /** Of {@link #skipped}: the ASCII digits as a bit mask (bit d: '0' + d), and the other characters. */
    private final int skippedDigits;
    private final char[] skippedOthers;

    private StartChars(long ascii0, long ascii1, char[] others, boolean literalLead, long notAfter0, long notAfter1) {
        this.ascii0 = ascii0;
        this.ascii1 = ascii1;
        this.others = others;
        this.literalLead = literalLead;
        this.notAfter0 = notAfter0;
        this.notAfter1 = notAfter1;
        this.skipped = skipped(ascii0, ascii1, others);
        int digits = 0;
        StringBuilder skippedOthers = new StringBuilder();
        for (char c : skipped == null ? new char[0] : skipped) {
            if (c >= '0' && c <= '9') {
                digits |= 1 << c - '0';
            } else {
                skippedOthers.append(c);
            }
        }
        this.skippedDigits = digits;
        this.skippedOthers = skippedOthers.toString().toCharArray();
    }

    /**
     * The start characters when they are few and none is a letter or a space (a pattern that starts
     * with a digit, a currency sign, "+" or "("): they are then a small share of a page's text, and
     * a search finds each one's next occurrence faster with {@link String#indexOf(int, int)} than by
     * testing every position. Null otherwise: letters and spaces are most of a text.
     */
    private static char[] skipped(long ascii0, long ascii1, char[] others) {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (((c < 64 ? ascii0 : ascii1) & 1L << c) != 0) {
                chars.append(c);
            }
        }
        chars.append(others);
        boolean rare = chars.length() <= MAX_SKIPPED
                && chars.chars().noneMatch(c -> Character.isLetter(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
        return rare ? chars.toString().toCharArray() : null;
    }

    /** Whether {@link #skipper} gives one: the start characters are few and not letters or spaces. */
    boolean skips() {
        return skipped != null;
    }

    /**
     * A {@link Skipper} over {@code s} that reads where the ASCII digits among the start characters
     * are from {@code digits} (those of {@code s}; null: looks them up in the text); null when this
     * pattern's starts are not worth skipping to.
     */
    Skipper skipper(String s, Digits digits) {
        if (skipped == null) {
            return null;
        }
        return digits == null || skippedDigits == 0 ? new Skipper(s, skipped, null, 0) : new Skipper(s, skippedOthers, digits, skippedDigits);
    }

    /**
     * The next position of a start character in one text: each character's next occurrence found with
     * {@link String#indexOf(int, int)} and kept until the search passes it, so that over a whole search
     * (positions that only grow) each character's occurrences are read once. The ASCII digits among
     * them, when the text's {@link Digits} are given, are read from those instead: a digit-led pattern
     * ("1962", "$135") would otherwise look each of its ten digits up again after every match.
     */
    static final class Skipper {

        private final String s;
        /** The start characters looked up with indexOf. */
        private final char[] chars;
        /** Per start character: its first occurrence at or after {@link #from} (MAX_VALUE: none); -1: not looked up. */
        private final int[] next;
        /** The text's digits, or null: then the digits are among {@link #chars}. */
        private final Digits digits;
        /** Bit d set: the ASCII digit '0' + d is a start character read from {@link #digits}. */
        private final int digitMask;
        /** The index (in {@link #digits}) of the first start digit at or after {@link #from}; -1: not looked up. */
        private int digit = -1;
        private int from;

        /** Looks {@code chars} up with indexOf, and the ASCII digits of {@code digitMask} in {@code digits} (null: none). */
        private Skipper(String s, char[] chars, Digits digits, int digitMask) {
            this.s = s;
            this.chars = chars;
            this.digits = digits;
            this.digitMask = digitMask;
            this.next = new int[chars.length];
            Arrays.fill(next, -1);
        }

        /** The first position at or after {@code position} holding a start character; MAX_VALUE when none. */
        int next(int position) {
            if (position < from) {
                Arrays.fill(next, -1); // a search going back: look everything up again
                digit = -1;
            }
            from = position;
            int first = Integer.MAX_VALUE;
            for (int k = 0; k < chars.length; k++) {
                if (next[k] < position) {
                    int at = s.indexOf(chars[k], position);
                    next[k] = at < 0 ? Integer.MAX_VALUE : at;
                }
                first = Math.min(first, next[k]);
            }
            return digits == null ? first : Math.min(first, nextDigit(position));
        }

        /** The first start digit at or after {@code position}; MAX_VALUE when none. */
        private int nextDigit(int position) {
            if (digit < 0) {
                digit = digits.firstAtOrAfter(position);
            }
            while (digit < digits.count() && (digits.at(digit) < position || !startDigit(s.charAt(digits.at(digit))))) {
                digit++;
            }
            return digit < digits.count() ? digits.at(digit) : Integer.MAX_VALUE;
        }

        private boolean startDigit(char c) {
            return c >= '0' && c <= '9' && (digitMask & 1 << c - '0') != 0;
        }
    }

    /** The start characters of {@code pattern} (compiled without flags), if they can be told. */
    static Optional<StartChars> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        if (pattern.pattern().chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return Optional.empty(); // a quantifier after a surrogate pair applies to both halves
        }
        try {
            Parser parser = new Parser(pattern.pattern());
            First first = parser.alternation();
            if (parser.i != pattern.pattern().length() || first.chars() == null || first.nullable() || first.chars().isEmpty()) {
                return Optional.empty();
            }
            long a0 = 0;
            long a1 = 0;
            StringBuilder rest = new StringBuilder();
            for (char c : first.chars()) {
                if (c < 64) {
                    a0 |= 1L << c;
                } else if (c < 128) {
                    a1 |= 1L << (c - 64);
                } else {
                    rest.append(c);
                }
            }
            char lead = pattern.pattern().charAt(0);
            long n0 = 0;
            long n1 = 0;
            for (char c : notAfter(pattern.pattern(), first.chars())) {
                if (c < 64) {
                    n0 |= 1L << c;
                } else if (c < 128) {
                    n1 |= 1L << (c - 64);
                } // others: not kept, which only means more positions are tried
            }
            return Optional.of(new StartChars(a0, a1, rest.toString().toCharArray(), "\\([.^$|?*+{".indexOf(lead) < 0, n0, n1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether trying only the start positions beats the regex engine's own search: not when a match
     * can start with one character only and the pattern begins with it (a literal prefix, which the
     * engine skips to on its own). Behind a leading "\\b" or group, though, the engine tries every
     * position and works out the word boundary at each (Character.getType per char, the top frame
     * of a padded page's profile), so one start character is worth it there.
     */
    boolean worthUsing() {
        return Long.bitCount(ascii0) + Long.bitCount(ascii1) + others.length > 1 || !literalLead;
    }

    /**
     * Whether a match can start at {@code i} of {@code s}: the char there is a start character and
     * the one before (seen through a search's transparent bounds) is not one a match cannot follow.
     */
    boolean canStartAt(String s, int i) {
        return contains(s.charAt(i)) && (i == 0 || canFollow(s.charAt(i - 1)));
    }

    /** Whether a match can start right after {@code c}; true unless a leading guard rules it out. */
    private boolean canFollow(char c) {
        return c < 64 ? (notAfter0 & 1L << c) == 0 : c >= 128 || (notAfter1 & 1L << (c - 64)) == 0;
    }

    boolean contains(char c) {
        if (c < 64) {
            return (ascii0 & 1L << c) != 0;
        }
        if (c < 128) {
            return (ascii1 & 1L << (c - 64)) != 0;
        }
        return others.length > 0 && Arrays.binarySearch(others, c) >= 0;
    }

    /**
     * The characters no match can follow, from a guard at the start of {@code re} that every match
     * passes (the pattern is one sequence, no top-level '|'): "\\b" when every start character is
     * an ASCII word character (after a word character there is no boundary before another), or
     * "(?<!X)" with X one character, class or shorthand (the lookbehind fails after any of them).
     */
    private static Set<Character> notAfter(String re, Set<Character> starts) {
        try {
            return guard(re, starts);
        } catch (RuntimeException e) {
            return Set.of(); // a guard not read: the start characters still hold
        }
    }

    private static Set<Character> guard(String re, Set<Character> starts) {
        Parser whole = new Parser(re);
        whole.sequence();
        if (whole.i != re.length()) {
            return Set.of(); // alternatives at the top: a guard would cover the first one only
        }
        Set<Character> word = First.of(WORD).chars();
        if (re.startsWith("\\b") && !quantified(re, 2) && word.containsAll(starts)) {
            return word;
        }
        if (re.startsWith("(?<!") && re.length() > 4 && re.charAt(4) != '(' && re.charAt(4) != '.') {
            Parser guard = new Parser(re);
            guard.i = 4;
            First one = guard.item(); // one char, class or shorthand: it matches exactly one character
            if (guard.i < re.length() && re.charAt(guard.i) == ')' && !quantified(re, guard.i + 1) && one.chars() != null && !one.nullable()) {
                return one.chars();
            }
        }
        return Set.of();
    }

    /** A quantifier at {@code i}: what precedes it may be skipped or repeated. */
    private static boolean quantified(String re, int i) {
        return i < re.length() && "?*+{".indexOf(re.charAt(i)) >= 0;
    }

    /** What a piece of regex can start with (null: anything) and whether it can match the empty string. */
    private record First(TreeSet<Character> chars, boolean nullable) {

        static final First EMPTY = new First(new TreeSet<>(), true);
        /** Any character: fine after a part that cannot be empty (a street address's "[^\\n]{0,60}"). */
        static final First ANY = new First(null, false);

        static First of(String chars) {
            TreeSet<Character> set = new TreeSet<>();
            chars.chars().forEach(c -> set.add((char) c));
            return new First(set, false);
        }
    }

    private static final String DIGITS = "0123456789";
    private static final String SPACES = " \t\n\u000B\f\r";
    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_" + DIGITS;

    /** Recursive reader of the regex syntax, for {@link #of}. */
    private static final class Parser {

        private final String re;
        private int i;

        Parser(String re) {
            this.re = re;
        }

        /** Alternatives up to ')' or the end: the union of their starts. */
        First alternation() {
            TreeSet<Character> union = new TreeSet<>();
            boolean nullable = false;
            boolean any = false;
            while (true) {
                First alternative = sequence();
                if (alternative.chars() == null) {
                    any = true;
                } else {
                    union.addAll(alternative.chars());
                }
                nullable |= alternative.nullable();
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return new First(any ? null : union, nullable);
            }
        }

        /** Items up to '|' or ')': the starts of the leading items up to the first that cannot be empty. */
        private First sequence() {
            TreeSet<Character> chars = new TreeSet<>();
            boolean nullable = true;
            boolean any = false;
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                First item = item();
                boolean optional = quantifier();
                if (nullable) {
                    if (item.chars() == null) {
                        any = true;
                    } else {
                        chars.addAll(item.chars());
                    }
                    nullable = item.nullable() || optional;
                }
            }
            return new First(any ? null : chars, nullable);
        }

        private First item() {
            char c = re.charAt(i);
            if (c == '(') {
                return group();
            }
            if (c == '[') {
                return characterClass();
            }
            if (c == '\\') {
                return escape();
            }
            i++;
            if (c == '^' || c == '$') {
                return First.EMPTY;
            }
            if (c == '.') {
                return First.ANY;
            }
            if (c == '*' || c == '+' || c == '?' || c == '{') {
                throw new IllegalArgumentException("a quantifier out of place");
            }
            return First.of(String.valueOf(c));
        }

        /** A group; lookarounds match no text of their own (skipping their condition only widens the set). */
        private First group() {
            GroupOpening opening = GroupOpening.at(re, i);
            i = opening.bodyStart();
            First inner = alternation();
            if (i >= re.length() || re.charAt(i) != ')') {
                throw new IllegalArgumentException("unbalanced group");
            }
            i++;
            return opening.zeroWidth() ? First.EMPTY : inner;
        }

        private First escape() {
            char n = re.charAt(i + 1);
            i += 2;
            return switch (n) {
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> First.EMPTY;
                case 'd' -> First.of(DIGITS);
                case 's' -> First.of(SPACES);
                case 'w' -> First.of(WORD);
                case 't' -> First.of("\t");
                case 'n' -> First.of("\n");
                case 'r' -> First.of("\r");
                case 'f' -> First.of("\f");
                case 'D', 'S', 'W' -> First.ANY;
                case 'p', 'P' -> {
                    i = re.charAt(i) == '{' ? re.indexOf('}', i) + 1 : i + 1; // \p{Lu} or \pL
                    if (i == 0) {
                        throw new IllegalArgumentException("unclosed property");
                    }
                    yield First.ANY;
                }
                default -> {
                    if (Character.isLetterOrDigit(n)) {
                        throw new IllegalArgumentException("escape not read: \\" + n);
                    }
                    yield First.of(String.valueOf(n));
                }
            };
        }

        /**
         * A plain class: characters, ranges and \d \s \w; nesting and other escapes are not read. A
         * negated class is read the same way and can start with any character.
         */
        private First characterClass() {
            i++;
            boolean negated = re.charAt(i) == '^';
            if (negated) {
                i++;
            }
            StringBuilder chars = new StringBuilder();
            boolean first = true;
            while (first || re.charAt(i) != ']') {
                first = false;
                char c = re.charAt(i);
                if (c == '[' || c == '&' && re.charAt(i + 1) == '&') {
                    throw new IllegalArgumentException("nested class");
                }
                if (c == '\\') {
                    char n = re.charAt(i + 1);
                    i += 2;
                    switch (n) {
                        case 'd' -> chars.append(DIGITS);
                        case 's' -> chars.append(SPACES);
                        case 'w' -> chars.append(WORD);
                        case 't' -> chars.append('\t');
                        case 'n' -> chars.append('\n');
                        case 'r' -> chars.append('\r');
                        case 'f' -> chars.append('\f');
                        default -> {
                            if (Character.isLetterOrDigit(n)) {
                                throw new IllegalArgumentException("escape not read in class: \\" + n);
                            }
                            chars.append(n);
                        }
                    }
                    continue;
                }
                if (re.charAt(i + 1) == '-' && re.charAt(i + 2) != ']') {
                    char to = re.charAt(i + 2);
                    if (to == '\\' || to == '[' || to < c || to - c > MAX_RANGE) {
                        throw new IllegalArgumentException("range not read");
                    }
                    for (char r = c; r <= to; r++) {
                        chars.append(r);
                    }
                    i += 3;
                    continue;
                }
                chars.append(c);
                i++;
            }
            i++;
            return negated ? First.ANY : First.of(chars.toString());
        }

        /** Reads a quantifier if one follows; true when it allows zero repetitions. */
        private boolean quantifier() {
            if (i >= re.length()) {
                return false;
            }
            char c = re.charAt(i);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                i++;
            } else if (c == '+') {
                optional = false;
                i++;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                String min = re.substring(i + 1, close).split(",", -1)[0].strip();
                optional = Integer.parseInt(min) == 0;
                i = close + 1;
            } else {
                return false;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++;
            }
            return optional;
        }
    }
}
