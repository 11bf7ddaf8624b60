package org.clinicverify.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            chars[i] = Character.toLowerCase(chars[i]);
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
}
