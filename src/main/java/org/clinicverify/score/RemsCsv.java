package org.clinicverify.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the REMS registry CSV.
 *
 * <p>Format: UTF-8, RFC 4180 (comma separated; fields with commas or quotes are double-quoted, a
 * quote inside is doubled), first line exactly the header
 * {@code name,address,city,state,zip,phone,certification_id,certification_date}, then one certified
 * setting per line:
 * <ul>
 *   <li>name: the setting's name as registered (legal forms such as LLC / PLLC / P.C. allowed)</li>
 *   <li>address: the street line, suite included ("4802 North 24th Street, Suite 150")</li>
 *   <li>city; state: two-letter USPS code; zip: 5 digits or ZIP+4</li>
 *   <li>phone: a US number in any common format ("(602) 555-0151", "+1 602 555 0151")</li>
 *   <li>certification_id: the registry id, unique (rows are upserted by it)</li>
 *   <li>certification_date: ISO date, yyyy-mm-dd</li>
 * </ul>
 * Blank lines are skipped. Every bad row is reported with its line number; nothing is imported
 * from a file with bad rows.
 */
final class RemsCsv {

    static final String HEADER = "name,address,city,state,zip,phone,certification_id,certification_date";

    private RemsCsv() {
    }

    /** A file with bad rows; the message lists each one ("line 7: zip '8020' is not 5 digits"). */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    static List<RemsEntry> read(Reader source) throws IOException, BadFile {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        if (header == null) {
            throw new BadFile("line 1: the file is empty; expected the header " + HEADER);
        }
        if (!header.replace("\uFEFF", "").strip().equalsIgnoreCase(HEADER)) {
            throw new BadFile("line 1: expected the header " + HEADER + ", got " + Snippets.clip(header));
        }
        List<RemsEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int startLine = lineNumber;
            StringBuilder record = new StringBuilder(line);
            while (unbalanced(record)) {
                String next = reader.readLine();
                if (next == null) {
                    problems.add("line " + startLine + ": unterminated quoted field");
                    break;
                }
                lineNumber++;
                record.append('\n').append(next);
            }
            if (record.toString().isBlank()) {
                continue;
            }
            try {
                RemsEntry entry = entry(fields(record.toString()));
                Integer previous = seen.putIfAbsent(entry.certificationId(), startLine);
                if (previous != null) {
                    problems.add("line " + startLine + ": certification_id " + entry.certificationId()
                            + " already given on line " + previous);
                } else {
                    entries.add(entry);
                }
            } catch (IllegalArgumentException e) {
                problems.add("line " + startLine + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadFile(String.join("\n", problems));
        }
        return entries;
    }

    private static RemsEntry entry(List<String> f) {
        if (f.size() != 8) {
            throw new IllegalArgumentException("expected 8 fields (" + HEADER + "), got " + f.size());
        }
        String name = required(f.get(0), "name");
        String street = required(f.get(1), "address");
        String city = required(f.get(2), "city");
        String state = required(f.get(3), "state").toUpperCase(java.util.Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state '" + f.get(3) + "' is not a two-letter code");
        }
        String zip = required(f.get(4), "zip");
        if (!zip.matches("\\d{5}(-\\d{4})?")) {
            throw new IllegalArgumentException("zip '" + zip + "' is not 5 digits (or ZIP+4)");
        }
        String phone = required(f.get(5), "phone");
        if (RemsNormalizer.phoneDigits(phone).isEmpty()) {
            throw new IllegalArgumentException("phone '" + phone + "' is not a 10-digit US number");
        }
        String id = required(f.get(6), "certification_id");
        LocalDate date;
        try {
            date = LocalDate.parse(required(f.get(7), "certification_date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("certification_date '" + f.get(7) + "' is not an ISO date (yyyy-mm-dd)");
        }
        return new RemsEntry(name, street, city, state, zip, phone, id, date);
    }

    private static String required(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return value.strip();
    }

    private static boolean unbalanced(CharSequence s) {
        int quotes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** RFC 4180 fields of one record. */
    static List<String> fields(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
