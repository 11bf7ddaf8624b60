package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Shop features of one page: products with prices (schema.org Product/Offer, price elements under a
 * product heading, price table rows, menu lines such as "1g $55  3.5g $140" or "$120 / vial"),
 * cart and checkout controls, payment methods, messaging-app contacts and shipping claims.
 */
final class ShopFinder {

    static final int MAX_PRODUCTS = 200;
    static final int MAX_CLAIMS = 30;
    /** A product card is small; a price's ancestor with more children is the page, not the card. */
    private static final int MAX_CARD_CHILDREN = 30;
    static final int MAX_CONTACTS = 30;
    private static final int MAX_LINE = 220;
    private static final int CART = 1;
    private static final int CHECKOUT = 2;

    private static final String AMOUNT = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}|\\d+(?:[.,]\\d{1,2})?";
    private static final String PRICE = "(?:(US\\$|\\$|€|£|USD|EUR|GBP)[ ]?(" + AMOUNT + ")|(" + AMOUNT + ")[ ]?(€|EUR|USD))";
    private static final Pattern PRICE_ONLY = Pattern.compile(PRICE);
    private static final Pattern MESSAGING = Pattern.compile(
            "\\b(WhatsApp|Telegram|Wickr(?:[ ]?Me)?|Signal|Threema|Viber|Kik|Session|WeChat)\\b[ ]*(?:ID|me|handle|number|username)?[ ]*[:：\\-–][ ]*"
                    + "(@?[A-Za-z0-9_][A-Za-z0-9_.]{2,31}|\\+?\\d[\\d ().\\-]{6,18}\\d)");
    private static final Pattern MESSAGING_LOOSE = Pattern.compile(
            "\\b(WhatsApp|Telegram|Wickr)[ ]+(@[A-Za-z0-9_]{3,32}|\\+\\d[\\d ().\\-]{6,18}\\d)"
                    + "|(@[A-Za-z0-9_]{3,32})[ ]+(?:on|via|en|auf|sur)[ ]+(Telegram|Wickr|Signal|WhatsApp)\\b");
    private static final Pattern QUANTITY_CELL = Pattern.compile("\\d+(?:[.,]\\d+)?(?:[ ]?[x×][ ]?\\d+)?[ ]?\\p{L}{1,12}\\.?");
    /** The app names as {@link #MESSAGING} and {@link #MESSAGING_LOOSE} spell them. */
    private static final List<String> MESSAGING_NAMES = List.of("WhatsApp", "Telegram", "Wickr", "Signal", "Threema",
            "Viber", "Kik", "Session", "WeChat");
    private static final List<String> MESSAGING_LOOSE_NAMES = List.of("WhatsApp", "Telegram", "Wickr", "Signal");
    private static final int APP_WINDOW_BEFORE = 40;
    private static final int APP_WINDOW_AFTER = 90;
    private static final List<String> MESSAGING_APPS = List.of("whatsapp", "telegram", "wickr", "signal", "threema", "viber",
            "kik", "session", "wechat");
    private static final Set<String> NOT_PRODUCTS = Set.of("total", "subtotal", "sub-total", "shipping", "tax", "taxes",
            "discount", "envio", "envío", "versand", "livraison", "gesamt", "summe", "delivery");

    // CSS queries parsed once: Jsoup parses a query string on every select call.
    private static final Evaluator PRICE_ELEMENTS = QueryParser.parse("[class*=price], [itemprop=price]");
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator ROWS = QueryParser.parse("tr");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator PRODUCT_HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, [itemprop=name], .name, .title, .product-title");
    static final Evaluator CONTROLS = QueryParser.parse(
            "a, button, input[type=submit], input[type=button], input[type=image], [role=button], form[action]");
    static final Evaluator CARD_INPUTS = QueryParser.parse("input[autocomplete~=cc-], input[name~=(?i)card.?num|cc.?num|cvv|cvc]");
    private static final Evaluator IMAGES_WITH_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Pattern THREE_LETTERS = Pattern.compile("\\p{L}{3,}");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s");
    private static final Pattern QUANTITY_PARTS = Pattern.compile("(\\d+(?:[.,]\\d+)?(?:[ ]?[x×][ ]?\\d+)?)[ ]?(\\p{L}{1,12})\\.?");
    private static final Pattern PRICE_LEAD_IN = Pattern.compile("(?i)\\b(from|only|ab|desde|à partir de|price|precio|preis|prix)\\b\\s*:?\\s*$");
    private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s|:–—\\-·•,;(]+$");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s|:–—\\-·•,;]+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_DECIMALS = Pattern.compile("\\d+,\\d{1,2}");
    private static final Pattern WHATSAPP_LINK = Pattern.compile("^(https?://)?(wa\\.me|api\\.whatsapp\\.com|chat\\.whatsapp\\.com)/");
    private static final Pattern TELEGRAM_LINK = Pattern.compile("^(https?://)?(t\\.me|telegram\\.me|telegram\\.dog)/");
    private static final Pattern SIGNAL_LINK = Pattern.compile("^(https?://)?(signal\\.me|signal\\.group)/");
    private final Vocabulary vocabulary;
    /** Cart phrases (bit {@link #CART}) and checkout phrases (bit {@link #CHECKOUT}) of control labels, and of their targets. */
    private final PhraseSet labels;
    private final PhraseSet targets;
    private final Pattern qtyPrice;
    private final Pattern pricePer;
    /** Whether every payment phrase begins and ends with a word char and has no double space (see {@link #paymentMethods}). */
    private final boolean paymentSplittable;

    ShopFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.labels = new PhraseSet(List.of(vocabulary.cartPhrases, vocabulary.checkoutPhrases));
        this.targets = new PhraseSet(List.of(vocabulary.cartUrlWords, vocabulary.checkoutUrlWords));
        this.paymentSplittable = vocabulary.paymentMethods.values().stream().flatMap(List::stream)
                .allMatch(ShopFinder::wordEdged);
        // The unit is any short word here and is checked against the vocabulary after a match: one
        // alternation of ~150 unit words, tried at every digit, cost more than the rest of the page.
        String unit = "(\\p{L}{1,12}(?:\\(s\\))?)(?![\\w])";
        qtyPrice = Pattern.compile("(?<![\\w.,])(\\d+(?:[.,]\\d+)?(?:[ ]?[x×][ ]?\\d+(?:[.,]\\d+)?)?)[ ]?" + unit
                + "[ ]*(?:[:=–—\\-@]|(?i:for|por|für|pour|a|à))?[ ]*(?:(?i:only)[ ])?" + PRICE);
        pricePer = Pattern.compile(PRICE + "[ ]*(?:/|(?i:per|por|pro|par|the|a|each))[ ]*(?:(\\d+(?:[.,]\\d+)?)[ ]?)?" + unit);
    }

    private boolean isUnit(String written) {
        return vocabulary.units.containsKey(Keywords.fold(written));
    }

    ShopFeatures find(Document doc, PageElements elements, List<SchemaNode> roots, String lines, Sentences sentences) {
        List<Product> products = products(doc, roots, lines);
        boolean[] controls = controls(elements);
        String folded = sentences.folded(new Sentences.Span(0, lines.length()));
        List<String> contacts = messaging(doc, VisibleText.flat(lines), sentences);
        return new ShopFeatures(products, controls[0], controls[1], paymentMethods(doc, folded, sentences), contacts,
                shippingClaims(sentences));
    }

    /** Only the cart and checkout controls (the shop features the scorer reads); the rest empty. */
    ShopFeatures cartAndCheckout(PageElements elements) {
        boolean[] controls = controls(elements);
        return new ShopFeatures(List.of(), controls[0], controls[1], Set.of(), List.of(), List.of());
    }

    // ---- products

    List<Product> products(Document doc, List<SchemaNode> roots, String lines) {
        Map<String, Product> out = new LinkedHashMap<>();
        for (SchemaNode root : roots) {
            for (SchemaNode node : root.selfAndDescendants()) {
                if (node.type.equals("Product") || node.type.equals("IndividualProduct") || node.type.equals("Drug")) {
                    fromNode(node).forEach(p -> add(out, p));
                }
            }
        }
        for (Element price : doc.select(PRICE_ELEMENTS)) {
            String name = headingFor(price);
            if (name != null) {
                priced(name, price.text()).forEach(p -> add(out, p));
            }
        }
        for (Element table : doc.select(TABLES)) {
            fromTable(table).forEach(p -> add(out, p));
        }
        for (String line : lines.split("\n")) {
            if (line.length() <= MAX_LINE && out.size() < MAX_PRODUCTS) {
                fromLine(line).forEach(p -> add(out, p));
            }
        }
        return out.values().stream().limit(MAX_PRODUCTS).toList();
    }

    private static void add(Map<String, Product> out, Product p) {
        if (out.size() < MAX_PRODUCTS && !p.name().isBlank()) {
            out.putIfAbsent(Keywords.fold(p.name()) + "|" + p.price() + "|" + p.unit(), p);
        }
    }

    private List<Product> fromNode(SchemaNode product) {
        String name = product.text("name").orElse("").strip();
        List<Product> out = new ArrayList<>();
        for (SchemaNode offer : product.nodes("offers")) {
            String price = offer.text("price").or(() -> offer.text("lowPrice")).orElse(null);
            SchemaNode spec = offer.node("priceSpecification");
            if (price == null && spec != null) {
                price = spec.text("price").orElse(null);
            }
            String currency = offer.text("priceCurrency")
                    .or(() -> spec == null ? java.util.Optional.empty() : spec.text("priceCurrency")).orElse(null);
            String unit = offer.text("unitText")
                    .or(() -> spec == null ? java.util.Optional.empty() : spec.text("unitText"))
                    .or(() -> { SchemaNode q = offer.node("eligibleQuantity"); return q == null ? java.util.Optional.empty() : q.text("unitText"); })
                    .orElse(null);
            out.add(new Product(name, price == null ? null : normaliseAmount(price), currency, unit));
        }
        if (out.isEmpty()) {
            out.add(new Product(name, null, null, null));
        }
        return out;
    }

    /** The nearest heading (or itemprop=name) in the price element's card, up to three levels up. */
    @Nullable
    private static String headingFor(Element price) {
        Element scope = price.parent();
        for (int level = 0; level < 3 && scope != null && scope.childrenSize() <= MAX_CARD_CHILDREN; level++, scope = scope.parent()) {
            Element heading = scope.selectFirst(PRODUCT_HEADINGS);
            if (heading != null && !heading.text().isBlank() && heading.text().length() <= 120) {
                return heading.text().strip();
            }
            if (scope.normalName().equals("body")) {
                break;
            }
        }
        return null;
    }

    /**
     * Price tables: a row names a product (or the page's h1 names it, on a product page) and holds
     * a price; when the header row labels price columns with quantities ("1 g | 5 g | 10 g"), each
     * priced cell is a product at that quantity, otherwise the row's first price counts once.
     */
    private List<Product> fromTable(Element table) {
        List<Product> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Element row : table.select(ROWS)) {
            if (row.closest(TABLES) != table) {
                continue; // rows of a nested table are read with that table
            }
            List<Element> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells.add(cell);
                }
            }
            if (header.isEmpty() && !cells.isEmpty() && cells.stream().noneMatch(c -> PRICE_ONLY.matcher(c.text()).find())) {
                cells.forEach(c -> header.add(c.text().strip()));
                continue;
            }
            out.addAll(fromRow(row, cells, header));
        }
        return out;
    }

    private List<Product> fromRow(Element row, List<Element> cells, List<String> header) {
        if (cells.size() < 2) {
            return List.of();
        }
        String name = null;
        String quantity = null;
        List<Integer> priceColumns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text().strip();
            if (PRICE_ONLY.matcher(text).find()) {
                priceColumns.add(i);
            } else if (quantity == null && QUANTITY_CELL.matcher(text).matches()) {
                quantity = text;
            } else if (name == null && text.length() <= 120 && THREE_LETTERS.matcher(text).find()) {
                name = text;
            }
        }
        if (priceColumns.isEmpty()) {
            return List.of();
        }
        if (name == null) {
            // A quantity/price table on a product page: the product is the page's main heading.
            Element h1 = row.ownerDocument() == null ? null : row.ownerDocument().selectFirst(H1);
            name = h1 == null ? null : h1.text().strip();
        }
        if (name == null || name.isEmpty() || name.length() > 120 || notProduct(name)) {
            return List.of();
        }
        List<Product> out = new ArrayList<>();
        for (int column : priceColumns) {
            String label = column < header.size() ? header.get(column) : "";
            boolean quantityColumn = QUANTITY_CELL.matcher(label).matches();
            if (out.isEmpty() || quantityColumn) {
                Matcher price = PRICE_ONLY.matcher(cells.get(column).text());
                if (price.find()) {
                    out.add(product(name, price, quantityColumn ? label : quantity));
                }
            }
            if (!quantityColumn && !out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** Products in one menu line: "KETAMINE (shard) 1g $55 3.5g $140" or "Ketamine powder $45 / gram". */
    private List<Product> fromLine(String line) {
        if (!mentionsCurrency(line) || !PRICE_ONLY.matcher(line).find()) {
            return List.of();
        }
        List<Product> out = new ArrayList<>();
        Matcher q = qtyPrice.matcher(line);
        String name = null;
        while (q.find()) {
            if (!isUnit(q.group(2))) {
                continue;
            }
            if (name == null) {
                name = cleanName(line.substring(0, q.start()));
                if (name == null) {
                    return List.of();
                }
            }
            out.add(new Product(name, amount(q, 3), currency(q, 3), quantityUnit(q.group(1), q.group(2))));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher per = pricePer.matcher(line);
        while (per.find()) {
            if (isUnit(per.group(6))) {
                String before = cleanName(line.substring(0, per.start()));
                if (before != null) {
                    out.add(new Product(before, amount(per, 1), currency(per, 1), unitOf(per.group(6))));
                }
                break;
            }
        }
        return out;
    }

    /** A cheap test before any price regex runs on a line: most lines of a page have no price. */
    static boolean mentionsCurrency(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' || c == '€' || c == '£') {
                return true;
            }
        }
        return text.contains("USD") || text.contains("EUR") || text.contains("GBP");
    }

    /** Prices in a text that belongs to a known product name (a price element or a row). */
    private List<Product> priced(String name, String text) {
        List<Product> out = new ArrayList<>();
        if (notProduct(name)) {
            return out;
        }
        Matcher per = pricePer.matcher(text);
        while (per.find()) {
            if (isUnit(per.group(6))) {
                out.add(new Product(name, amount(per, 1), currency(per, 1), unitOf(per.group(6))));
            }
        }
        if (out.isEmpty()) {
            Matcher q = qtyPrice.matcher(text);
            while (q.find()) {
                if (isUnit(q.group(2))) {
                    out.add(new Product(name, amount(q, 3), currency(q, 3), quantityUnit(q.group(1), q.group(2))));
                }
            }
        }
        if (out.isEmpty()) {
            Matcher p = PRICE_ONLY.matcher(text);
            if (p.find()) {
                out.add(product(name, p, null));
            }
        }
        return out;
    }

    private Product product(String name, Matcher price, @Nullable String quantity) {
        String unit = null;
        if (quantity != null) {
            Matcher qm = QUANTITY_PARTS.matcher(quantity);
            unit = qm.matches() && vocabulary.units.containsKey(Keywords.fold(qm.group(2)))
                    ? quantityUnit(qm.group(1), qm.group(2)) : quantity;
        }
        return new Product(name, amount(price, 1), currency(price, 1), unit);
    }

    @Nullable
    private static String cleanName(String raw) {
        String name = LEADING_JUNK.matcher(TRAILING_JUNK.matcher(PRICE_LEAD_IN.matcher(raw).replaceAll("")).replaceAll(""))
                .replaceAll("").strip();
        if (name.length() < 3 || name.length() > 80 || !THREE_LETTERS.matcher(name).find() || notProduct(name)
                || PRICE_ONLY.matcher(name).find() || SENTENCE_INSIDE.matcher(name).find()) {
            return null;
        }
        return name;
    }

    private static boolean notProduct(String name) {
        String folded = Keywords.fold(name);
        for (String word : NOT_PRODUCTS) {
            if (Keywords.contains(folded, word)) {
                return true;
            }
        }
        return false;
    }

    /** Group {@code g} of a PRICE is a currency with amount in g+1, or amount in g+2 with currency g+3. */
    private static String amount(Matcher m, int g) {
        String a = m.group(g + 1) != null ? m.group(g + 1) : m.group(g + 2);
        return normaliseAmount(a);
    }

    private static String currency(Matcher m, int g) {
        String c = m.group(g) != null ? m.group(g) : m.group(g + 3);
        return switch (c == null ? "" : c.toUpperCase(Locale.ROOT)) {
            case "$", "US$", "USD" -> "USD";
            case "€", "EUR" -> "EUR";
            case "£", "GBP" -> "GBP";
            default -> null;
        };
    }

    /** "2,400" -> "2400", "380,00" -> "380.00", "1.200,50" -> "1200.50". */
    static String normaliseAmount(String written) {
        String a = written.strip().replace(" ", "");
        if (COMMA_THOUSANDS.matcher(a).matches()) {
            return a.replace(",", "");
        }
        if (DOT_THOUSANDS.matcher(a).matches()) {
            return a.replace(".", "").replace(',', '.');
        }
        if (COMMA_DECIMALS.matcher(a).matches()) {
            return a.replace(',', '.');
        }
        return a;
    }

    private String unitOf(String written) {
        return vocabulary.units.getOrDefault(Keywords.fold(written), written);
    }

    private String quantityUnit(String quantity, String unit) {
        return quantity.replace(" ", "") + " " + unitOf(unit);
    }

    // ---- cart and checkout

    private boolean[] controls(PageElements elements) {
        boolean cart = false;
        boolean checkout = false;
        for (Element e : elements.controls) {
            String label = e.normalName().equals("input") ? e.attr("value") + " " + e.attr("alt") : ElementText.of(e);
            int wanted = (cart ? 0 : CART) | (checkout ? 0 : CHECKOUT);
            int found = label.length() <= 80 ? labels.matching(label, wanted) : 0; // folding keeps the length
            String target = e.hasAttr("href") ? e.attr("href") : e.attr("action");
            found |= targets.matching(target, wanted & ~found);
            cart |= (found & CART) != 0;
            checkout |= (found & CHECKOUT) != 0;
            if (cart && checkout) {
                break;
            }
        }
        if (!checkout) {
            checkout = elements.cardInput;
        }
        return new boolean[] {cart, checkout};
    }

    // ---- payment, messaging, shipping

    /**
     * Payment methods named in the text or in the images' alt texts, as if searched in "text + ' ' +
     * alts". The alts begin with a space, so when every phrase begins and ends with a word char and has
     * no double space ({@link #paymentSplittable}) no match spans the join, and the text is searched
     * through the sentences' word index (built already) and the alts on their own.
     */
    private Set<String> paymentMethods(Document doc, String folded, Sentences sentences) {
        StringBuilder alts = new StringBuilder();
        doc.select(IMAGES_WITH_ALT).forEach(img -> alts.append(' ').append(img.attr("alt")));
        String foldedAlts = Keywords.fold(alts.toString());
        WordIndex scope = paymentSplittable ? WordIndex.of(foldedAlts) : WordIndex.of(folded + " " + foldedAlts);
        Set<String> out = new TreeSet<>();
        vocabulary.paymentMethods.forEach((id, phrases) -> {
            if (paymentSplittable && sentences.mentionsAny(phrases) || scope.containsAny(phrases)) {
                out.add(id);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    private static boolean wordEdged(String phrase) {
        return !phrase.isEmpty() && Character.isLetterOrDigit(phrase.charAt(0))
                && Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) && !phrase.contains("  ");
    }

    /** {@code flat} is the sentences' text on one line: same length, same positions. */
    private static List<String> messaging(Document doc, String flat, Sentences sentences) {
        Set<String> out = new LinkedHashSet<>();
        for (Element a : doc.select(LINKS)) {
            String href = a.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (WHATSAPP_LINK.matcher(lower).find() || lower.startsWith("whatsapp:")) {
                out.add("WhatsApp: " + href);
            } else if (TELEGRAM_LINK.matcher(lower).find() || lower.startsWith("tg:")) {
                out.add("Telegram: " + href);
            } else if (SIGNAL_LINK.matcher(lower).find() || lower.startsWith("sgnl:")) {
                out.add("Signal: " + href);
            } else if (lower.contains("wickr.com/") || lower.startsWith("wickr:")) {
                out.add("Wickr: " + href);
            }
        }
        List<int[]> windows = appWindows(flat.length(), sentences);
        Matcher m = MESSAGING.matcher(flat);
        AppNames names = new AppNames(flat, MESSAGING_NAMES);
        for (int[] w : windows) {
            if (!names.within(w[0], w[1])) {
                continue;
            }
            m.region(w[0], w[1]);
            while (m.find() && out.size() < MAX_CONTACTS) {
                out.add(app(m.group(1)) + ": " + m.group(2).strip());
            }
        }
        Matcher loose = MESSAGING_LOOSE.matcher(flat);
        AppNames looseNames = new AppNames(flat, MESSAGING_LOOSE_NAMES);
        for (int[] w : windows) {
            if (!looseNames.within(w[0], w[1])) {
                continue;
            }
            loose.region(w[0], w[1]);
            while (loose.find() && out.size() < MAX_CONTACTS) {
                out.add(loose.group(1) != null ? app(loose.group(1)) + ": " + loose.group(2).strip()
                        : app(loose.group(4)) + ": " + loose.group(3));
            }
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        out.forEach(c -> distinct.putIfAbsent(c.toLowerCase(Locale.ROOT).replaceAll("[\\s()\\-.]", ""), c));
        return distinct.values().stream().limit(MAX_CONTACTS).toList();
    }

    /**
     * Stretches of text around each app name ("Telegram", "WhatsApp" ...), merged and in text order:
     * the contact regexes run only there instead of over the whole page. The names are single words,
     * so they occur in the one-line text where they occur in the sentences' text.
     */
    private static List<int[]> appWindows(int length, Sentences sentences) {
        List<int[]> hits = new ArrayList<>();
        for (String name : MESSAGING_APPS) {
            for (int at : sentences.occurrences(name)) {
                hits.add(new int[] {Math.max(0, at - APP_WINDOW_BEFORE), Math.min(length, at + APP_WINDOW_AFTER)});
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : hits) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    /**
     * App names as written (case-sensitive) in a text, asked about window after window in text order.
     * Every match of a contact pattern holds one, so a window without any (a clinic's "therapy
     * session", "signal") is not searched with the patterns: their alternations, tried at every char,
     * cost more than this. Each name is searched for once over the text, however many windows.
     */
    private static final class AppNames {

        private final String text;
        private final List<String> names;
        /** Per name, its first occurrence at or after the last window's start; -1 none, -2 not looked yet. */
        private final int[] next;

        AppNames(String text, List<String> names) {
            this.text = text;
            this.names = names;
            this.next = new int[names.size()];
            java.util.Arrays.fill(next, -2);
        }

        /** Whether a name lies wholly in [from, to); windows asked about with ascending {@code from}. */
        boolean within(int from, int to) {
            for (int k = 0; k < next.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = text.indexOf(names.get(k), from);
                }
                if (next[k] >= 0 && next[k] + names.get(k).length() <= to) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String app(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return lower.startsWith("wickr") ? "Wickr" : lower.startsWith("whatsapp") ? "WhatsApp"
                : Character.toUpperCase(written.charAt(0)) + written.substring(1);
    }

    /** Sentences with a strong shipping phrase, or with a shipping word and a claim word. */
    private List<String> shippingClaims(Sentences sentences) {
        List<String> candidates = new ArrayList<>(vocabulary.shippingStrong);
        candidates.addAll(vocabulary.shippingSubjects);
        Set<String> out = new LinkedHashSet<>();
        for (Sentences.Span span : sentences.containing(candidates)) {
            String folded = sentences.folded(span);
            String original = sentences.original(span);
            boolean claim = Keywords.containsAny(folded, vocabulary.shippingStrong)
                    || Keywords.containsAny(folded, vocabulary.shippingClaims);
            if (claim && original.length() >= 8 && original.length() <= 300) {
                out.add(original);
                if (out.size() >= MAX_CLAIMS) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
