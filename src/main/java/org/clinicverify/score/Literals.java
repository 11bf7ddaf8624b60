package org.clinicverify.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cheap pre-checks that keep the rules fast on big pages: lower-casing that keeps string length
 * (so match offsets stay valid for quoting the original text), and the literal text a pattern cannot
 * match without, so a rule whose required words are absent from a page is skipped without running
 * its regular expressions.
 */
final class Literals {

    private static final String QUANTIFIERS = "?*+{";

    private Literals() {
    }

    /** Lower case, char by char: same length and offsets as the input. */
    static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII first: Character.toLowerCase looks every char up in the Unicode tables
            // typographic apostrophes and single quotes as the ASCII one: "don’t" is "don't" to the rules
            chars[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c);
        }
        return new String(chars);
    }

    /**
     * As {@link #lower(String)}, telling {@code digits} where the digits are on the way (the same as
     * {@link Digits#of}: lower-casing moves and makes none), so that a long page is read once for both.
     */
    static String lower(String s, Digits.Found digits) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + 32);
                } else if (c >= '0' && c <= '9') {
                    digits.add(i);
                }
            } else {
                if (Character.isDigit(c)) {
                    digits.add(i);
                }
                chars[i] = c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }

    /** A regex lower-cased outside its escapes ("\\W", "\\p{Lu}" stay as written). */
    static String lowerRegex(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                out.append(c).append(next);
                i++;
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    int close = regex.indexOf('}', i);
                    out.append(regex, i + 1, close + 1);
                    i = close;
                }
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The longest run of plain characters that every match of {@code regex} contains, if at least
     * four long: only characters outside groups and classes count, a quantified character ends a
     * run, and a top-level alternation means there is no such run.
     */
    static Optional<String> required(Pattern pattern) {
        String regex = pattern.pattern();
        int depth = 0;
        boolean inClass = false;
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (inClass) {
                if (c == '\\') {
                    i++;
                } else if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            boolean literal = false;
            char value = c;
            if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close;
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
                continue;
            }
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (".-/'\"@$()[]{}?*+|^\\ &#%:,".indexOf(next) >= 0) {
                    literal = depth == 0;
                    value = next;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '|' && depth == 0) {
                return Optional.empty();
            } else if (".^$".indexOf(c) < 0 && QUANTIFIERS.indexOf(c) < 0 && c != '}') {
                literal = depth == 0;
            }
            boolean quantified = i + 1 < regex.length() && QUANTIFIERS.indexOf(regex.charAt(i + 1)) >= 0;
            if (literal && !quantified) {
                run.append(value);
            } else {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (run.length() > best.length()) {
            best = run.toString();
        }
        return best.length() >= 4 ? Optional.of(best) : Optional.empty();
    }

    /** The required literals of all patterns, or empty if some pattern has none (the rule must always run). */
    static Optional<List<String>> requiredAll(List<Pattern> patterns) {
        List<String> all = new ArrayList<>();
        for (Pattern p : patterns) {
            Optional<String> literal = required(p);
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            all.add(literal.get());
        }
        return Optional.of(List.copyOf(all));
    }

    /**
     * A set of lower-case literals one of which every match of {@code pattern} contains, if the
     * pattern has one worth indexing (each literal at least {@link #MIN_ANY_LENGTH} long, or made of
     * symbols only such as "$"). Reads sequences, groups, alternations and small character classes:
     * "k[eé]tamin" gives {"ketamin", "kétamin"}, "(listing|ad) (id|#)" gives its four spellings, and a
     * required group whose alternatives each have such a set contributes their union; optional parts,
     * escapes like \w and lookarounds are skipped. Of the candidate sets of a sequence the one with
     * the longest shortest literal wins. Case-sensitive patterns get lower-cased literals, to be looked
     * for in lower-cased text.
     */
    static Optional<Required> anyOf(Pattern pattern) {
        try {
            AnyParser parser = new AnyParser(pattern.pattern());
            Piece piece = parser.alternation();
            return piece.best() == null ? Optional.empty()
                    : Optional.of(new Required(Set.copyOf(piece.best()), piece.before(), piece.after()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every set of literals {@link #anyOf} could have chosen, the chosen one first: each match
     * contains one literal of each set, so the places a pattern can match are where the windows
     * around all its sets overlap. Only the chosen set when the pattern is a top-level alternation.
     */
    static List<Required> allOf(Pattern pattern) {
        Optional<Required> chosen = anyOf(pattern);
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Required> all = new ArrayList<>(List.of(chosen.get()));
        try {
            AnyParser parser = new AnyParser(pattern.pattern());
            parser.alternation();
            if (parser.topAlternatives == 1) {
                for (Candidate c : parser.topCandidates) {
                    Required r = new Required(Set.copyOf(c.literals()), c.before(), c.after());
                    if (!all.contains(r)) {
                        all.add(r);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the chosen set alone
        }
        return List.copyOf(all);
    }

    /**
     * Literals one of which every match contains, and how far a match can reach before the start and
     * after the end of that literal ({@link #UNBOUNDED} when a repetition has no upper bound).
     */
    record Required(Set<String> literals, int before, int after) {
    }

    static final int UNBOUNDED = 1 << 20;
    static final int MIN_ANY_LENGTH = 2;
    /** Spellings kept when expanding classes and alternatives into exact strings. */
    private static final int MAX_EXACT = 32;

    private static int add(int a, int b) {
        return Math.min(UNBOUNDED, a + b);
    }

    private static int times(int a, int n) {
        return (int) Math.min(UNBOUNDED, (long) a * n);
    }

    private static boolean worthIndexing(String literal) {
        if (literal.strip().length() >= MIN_ANY_LENGTH) {
            return true;
        }
        return !literal.isEmpty() && literal.chars().noneMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c));
    }

    /** A candidate required set with its reach. */
    private record Candidate(Set<String> literals, int before, int after) {
    }

    /** The better of two candidates (null: none): every literal worth indexing, then the longest shortest literal, then fewer literals. */
    private static Candidate better(Candidate a, Candidate b) {
        if (b == null || b.literals() == null || b.literals().isEmpty() || !b.literals().stream().allMatch(Literals::worthIndexing)) {
            return a;
        }
        if (a == null) {
            return b;
        }
        int minA = a.literals().stream().mapToInt(String::length).min().orElse(0);
        int minB = b.literals().stream().mapToInt(String::length).min().orElse(0);
        if (minB != minA) {
            return minB > minA ? b : a;
        }
        return b.literals().size() < a.literals().size() ? b : a;
    }

    /**
     * What a piece of regex says about literals: {@code best}, a set one of which every match
     * contains (null: none known), with how far the piece reaches before and after it; {@code exact},
     * every string the piece can match when it is a small finite set of literals (null otherwise);
     * {@code maxLength}, the longest text it can match.
     */
    private record Piece(Set<String> best, int before, int after, Set<String> exact, int maxLength) {

        static Piece of(Set<String> exact, int maxLength) {
            return new Piece(null, 0, 0, exact, maxLength);
        }
    }

    /** One item of a sequence and its repetition bounds. */
    private record Item(Piece piece, int min, int max) {

        int maxLength() {
            return times(piece.maxLength(), max);
        }

        boolean once() {
            return min == 1 && max == 1;
        }

        /** "-?", "[ -]?": one plain character or none. */
        boolean optionalCharacter() {
            return min == 0 && max == 1 && piece.exact() != null && piece.maxLength() == 2;
        }
    }

    /** Recursive reader of the Java regex syntax the rules use, for {@link #anyOf}. */
    private static final class AnyParser {

        private final String re;
        private int i;
        private int lastMax;
        /** Nesting depth of groups, and the alternatives and candidates of the whole pattern's top level. */
        private int depth;
        private int topAlternatives;
        private final List<Candidate> topCandidates = new ArrayList<>();

        /** {@link #better}, also keeping every candidate worth indexing of the top level. */
        private Candidate consider(Candidate best, Candidate candidate) {
            if (depth == 0 && better(null, candidate) != null) {
                topCandidates.add(candidate);
            }
            return better(best, candidate);
        }

        AnyParser(String re) {
            this.re = re;
        }

        /** Alternatives up to ')' or the end. */
        Piece alternation() {
            Set<String> union = new java.util.HashSet<>();
            Set<String> exact = new java.util.HashSet<>();
            boolean all = true;
            boolean allExact = true;
            int before = 0;
            int after = 0;
            int maxLength = 0;
            while (true) {
                Piece alternative = sequence();
                if (alternative.best() == null) {
                    all = false;
                } else {
                    union.addAll(alternative.best());
                    before = Math.max(before, alternative.before());
                    after = Math.max(after, alternative.after());
                }
                if (alternative.exact() == null) {
                    allExact = false;
                } else {
                    exact.addAll(alternative.exact());
                }
                maxLength = Math.max(maxLength, alternative.maxLength());
                if (depth == 0) {
                    topAlternatives++;
                }
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return new Piece(all ? union : null, before, after, allExact && exact.size() <= MAX_EXACT ? exact : null, maxLength);
            }
        }

        /** Items up to '|' or ')': runs of exact items are multiplied out into candidate literals. */
        private Piece sequence() {
            List<Item> items = new ArrayList<>();
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                Piece piece = item();
                int min = quantifier();
                items.add(new Item(piece, min, lastMax));
            }
            // prefix[k]: longest text items before k can match; suffix[k]: items from k on (both saturating)
            int[] prefix = new int[items.size() + 1];
            int[] suffix = new int[items.size() + 1];
            for (int k = 0; k < items.size(); k++) {
                prefix[k + 1] = add(prefix[k], items.get(k).maxLength());
            }
            for (int k = items.size() - 1; k >= 0; k--) {
                suffix[k] = add(suffix[k + 1], items.get(k).maxLength());
            }
            int total = prefix[items.size()];
            Candidate best = null;
            Set<String> run = Set.of("");
            int runStart = 0;
            boolean exact = true;
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                if (item.once() && item.piece().exact() != null) {
                    Set<String> longer = product(run, item.piece().exact());
                    if (longer != null) {
                        run = longer;
                        continue;
                    }
                }
                if (item.optionalCharacter()) {
                    // "2-?c-?b": the run goes on with and without the optional character (2cb, 2-cb, 2c-b,
                    // 2-c-b) instead of breaking into pieces too short to index; optional words ("(of )?")
                    // still end the run, the words around them being literal enough
                    Set<String> longer = product(run, withEmpty(item.piece().exact()));
                    if (longer != null) {
                        run = longer;
                        continue;
                    }
                }
                best = consider(best, new Candidate(run, prefix[runStart], suffix[k]));
                run = Set.of("");
                runStart = k + 1;
                if (item.once() && item.piece().exact() != null) {
                    run = item.piece().exact();
                    runStart = k;
                    continue;
                }
                exact = false;
                if (item.min() >= 1) {
                    int before = prefix[k];
                    int after = suffix[k + 1];
                    if (item.once() && item.piece().best() != null) {
                        best = consider(best, new Candidate(item.piece().best(), add(before, item.piece().before()), add(after, item.piece().after())));
                    }
                    best = consider(best, new Candidate(item.piece().best(), add(before, item.maxLength()), add(after, item.maxLength())));
                    best = consider(best, new Candidate(item.piece().exact(), add(before, item.maxLength()), add(after, item.maxLength())));
                }
            }
            best = consider(best, new Candidate(run, prefix[runStart], 0));
            return best == null ? new Piece(null, 0, 0, exact ? run : null, total)
                    : new Piece(best.literals(), best.before(), best.after(), exact ? run : null, total);
        }

        private Piece item() {
            char c = re.charAt(i);
            if (c == '(') {
                return group();
            }
            if (c == '[') {
                return Piece.of(characterClass(), 2);
            }
            if (c == '\\') {
                char n = re.charAt(i + 1);
                i += 2;
                if (Character.isLetterOrDigit(n)) {
                    if ((n == 'p' || n == 'P') && i < re.length() && re.charAt(i) == '{') {
                        i = re.indexOf('}', i) + 1;
                    }
                    boolean zeroWidth = n == 'b' || n == 'B';
                    return Piece.of(zeroWidth ? Set.of("") : null, zeroWidth ? 0 : 2);
                }
                return Piece.of(Set.of(String.valueOf(Character.toLowerCase(n))), 2);
            }
            i++;
            if (c == '^' || c == '$') {
                return Piece.of(Set.of(""), 0);
            }
            return Piece.of(c == '.' ? null : Set.of(String.valueOf(Character.toLowerCase(c))), 2);
            // two: a character of the text may be a surrogate pair
        }

        private static Set<String> withEmpty(Set<String> spellings) {
            Set<String> out = new java.util.HashSet<>(spellings);
            out.add("");
            return out;
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            if ((long) left.size() * right.size() > MAX_EXACT) {
                return null;
            }
            Set<String> out = new java.util.HashSet<>();
            for (String l : left) {
                for (String r : right) {
                    out.add(l + r);
                }
            }
            return out;
        }

        /** A group; lookarounds and flag groups match no text of their own. */
        private Piece group() {
            GroupOpening opening = GroupOpening.at(re, i);
            i = opening.bodyStart();
            depth++;
            Piece inner = alternation();
            depth--;
            if (i >= re.length() || re.charAt(i) != ')') {
                throw new IllegalArgumentException("unbalanced group");
            }
            i++;
            return opening.zeroWidth() ? Piece.of(Set.of(""), 0) : inner;
        }

        /** A class of a few plain characters ("[eé]", "[$€£]") as its set of one-character strings, else null. */
        private Set<String> characterClass() {
            i++;
            boolean plain = true;
            if (re.charAt(i) == '^') {
                plain = false;
                i++;
            }
            Set<String> chars = new java.util.HashSet<>();
            boolean first = true;
            while (first || re.charAt(i) != ']') {
                first = false;
                char c = re.charAt(i);
                if (c == '\\') {
                    char n = re.charAt(i + 1);
                    if (Character.isLetterOrDigit(n)) {
                        plain = false;
                    }
                    chars.add(String.valueOf(Character.toLowerCase(n)));
                    i += 2;
                    continue;
                }
                if (c == '[' || c == '&' || c == '-' && re.charAt(i + 1) != ']' && chars.size() > 0) {
                    plain = false;
                }
                chars.add(String.valueOf(Character.toLowerCase(c)));
                i++;
            }
            i++;
            return plain && chars.size() <= 8 ? chars : null;
        }

        /**
         * Reads a quantifier if one follows: returns the least number of repetitions (1 without one,
         * 2 for any other required repetition) and leaves the most in {@link #lastMax}.
         */
        private int quantifier() {
            lastMax = 1;
            if (i >= re.length()) {
                return 1;
            }
            char c = re.charAt(i);
            int min;
            if (c == '?') {
                min = 0;
                i++;
            } else if (c == '*') {
                min = 0;
                lastMax = UNBOUNDED;
                i++;
            } else if (c == '+') {
                min = 2;
                lastMax = UNBOUNDED;
                i++;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                String[] bounds = re.substring(i + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip());
                lastMax = bounds.length == 1 ? min : bounds[1].isBlank() ? UNBOUNDED : Integer.parseInt(bounds[1].strip());
                boolean once = min == 1 && lastMax == 1;
                min = once ? 1 : Math.min(min, 2);
                i = close + 1;
            } else {
                return 1;
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
                i++;
            }
            return min;
        }
    }
}
