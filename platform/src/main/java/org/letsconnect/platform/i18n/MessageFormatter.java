package org.letsconnect.platform.i18n;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.number.FormattedNumber;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Formats message texts written in MediaWiki's (banana-i18n's) message syntax, with CLDR rules from ICU4J.
 *
 * <ul>
 * <li>{@code $1 … $n}: the parameters, 1-based. A {@link Number} parameter is formatted for the language (ICU
 * {@code NumberFormatter}: {@code 1234} is {@code 1,234} in en, {@code 1 234} in fr); anything else is shown as
 * {@code String.valueOf}, {@code null} as nothing. A missing parameter stays as {@code $n}, as in MediaWiki.
 * Parameter values are inserted as plain text: syntax inside them is not interpreted.</li>
 * <li>{@code {{PLURAL:$1|one|other}}}: the form for the number's CLDR plural category in the language (ICU
 * {@code PluralRules}). Forms are given in CLDR's category order, as translatewiki.net shows translators:
 * {@code zero, one, two, few, many, other}, keeping only the categories the language has (en: one, other; fr: one,
 * many, other; ru: one, few, many, other; ar: zero, one, two, few, many, other). Missing trailing forms repeat the
 * last one given. Explicit forms {@code N=text} ({@code {{PLURAL:$1|0=no fields|one field|$1 fields}}},
 * {@code 12=a dozen}) win when the number equals N and are otherwise skipped, as in MediaWiki. The number is the
 * parameter's value (a {@link Number}, or a string holding a number); a value that is not a number takes the
 * {@code other} form. A language without CLDR plural rules uses the rules of the first language in its fallback
 * chain that has them (so at worst English's).</li>
 * <li>{@code {{GENDER:$2|he|she|they}}}: the parameter is a gender value, {@code "male"}, {@code "female"} or
 * anything else for unknown (case-insensitive; an enum whose name is MALE/FEMALE works too). Unlike MediaWiki,
 * the parameter is not a user name: pass the gender as its own parameter. With two forms, unknown takes the first
 * (MediaWiki's rule); with one form, every gender takes it.</li>
 * <li>Other {@code {{…}}} constructs are left as they are (with their parameters substituted).</li>
 * </ul>
 *
 * <p>
 * The output is plain text: escaping for HTML is the caller's business. Thread-safe; ICU objects are cached per
 * language.
 */
public final class MessageFormatter {

    /** CLDR's plural category order, in which translators give the forms. */
    private static final List<String> CATEGORY_ORDER = List.of("zero", "one", "two", "few", "many", "other");
    private static final Pattern EXPLICIT_FORM = Pattern.compile("^\\s*(\\d+)=");
    /** Bundle texts are cached parsed; texts from elsewhere beyond this many are parsed each time. */
    private static final int MAX_CACHED_TEXTS = 10_000;
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /** Date, time and a short zone name: what a reader needs to place a moment given in someone else's zone. */
    static final String DATE_TIME_SKELETON = "yMMMdjmmz";

    private final Map<String, LocalizedNumberFormatter> numberFormatters = new ConcurrentHashMap<>();
    /** Prototypes per language, cloned for each use: ICU date formats are not thread-safe. */
    private final Map<String, DateFormat> dateTimeFormats = new ConcurrentHashMap<>();
    private final Map<String, PluralRules> pluralRules = new ConcurrentHashMap<>();
    private final Map<String, List<String>> pluralCategories = new ConcurrentHashMap<>();
    private final Map<String, List<Node>> parsed = new ConcurrentHashMap<>();

    /**
     * The text with its parameters and {@code PLURAL}/{@code GENDER} constructs resolved for the language (a
     * Wikimedia code: the language the text is written in).
     */
    public String format(String language, String text, Object... params) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String code = LanguageCode.normalise(language);
        if (!LanguageCode.isValid(code)) {
            code = LanguageFallbacks.DEFAULT;
        }
        List<Node> nodes = parsed.get(text);
        if (nodes == null) {
            nodes = Parser.parse(text);
            if (parsed.size() < MAX_CACHED_TEXTS) {
                parsed.put(text, nodes);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        new Renderer(code, params == null ? new Object[0] : params).render(nodes, out);
        return out.toString();
    }

    /** A number formatted for a language, as a {@link Number} parameter is. */
    public String formatNumber(String language, Number number) {
        return formatted(language, number).toString();
    }

    /** A moment formatted for a language in its own zone, as a {@link ZonedDateTime} parameter is. */
    public String formatDateTime(String language, ZonedDateTime moment) {
        DateFormat format = (DateFormat) dateTimeFormats.computeIfAbsent(LanguageCode.normalise(language),
                code -> DateFormat.getInstanceForSkeleton(DATE_TIME_SKELETON, LanguageCode.toULocale(code))).clone();
        format.setTimeZone(TimeZone.getTimeZone(moment.getZone().getId()));
        return format.format(Date.from(moment.toInstant()));
    }

    /** The CLDR plural category ({@code zero}, {@code one}, … {@code other}) of a number in a language. */
    public String pluralCategory(String language, Number number) {
        return rules(language).select(formatted(language, number));
    }

    /** The plural categories a language's forms are given for, in order: en → [one, other]. */
    public List<String> pluralCategories(String language) {
        return pluralCategories.computeIfAbsent(LanguageCode.normalise(language), code -> {
            Set<String> keywords = rules(code).getKeywords();
            List<String> ordered = new ArrayList<>();
            for (String category : CATEGORY_ORDER) {
                if (keywords.contains(category)) {
                    ordered.add(category);
                }
            }
            return List.copyOf(ordered);
        });
    }

    private FormattedNumber formatted(String language, Number number) {
        LocalizedNumberFormatter formatter = numberFormatters.computeIfAbsent(LanguageCode.normalise(language),
                code -> NumberFormatter.withLocale(LanguageCode.toULocale(code)));
        return formatter.format(icuNumber(number));
    }

    private PluralRules rules(String language) {
        return pluralRules.computeIfAbsent(LanguageCode.normalise(language), code -> {
            for (String candidate : LanguageFallbacks.chain(code)) {
                ULocale locale = LanguageCode.toULocale(candidate);
                if (PluralData.LANGUAGES.contains(locale.getLanguage())) {
                    return PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL);
                }
            }
            return PluralRules.forLocale(ULocale.ENGLISH, PluralRules.PluralType.CARDINAL);
        });
    }

    /** The number types ICU's formatter takes as they are; others through their decimal string. */
    private static Number icuNumber(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof Double || number instanceof Float || number instanceof BigInteger
                || number instanceof BigDecimal) {
            return number;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return number.doubleValue();
        }
    }

    /** Languages (ISO codes) ICU has plural rules for. */
    private static final class PluralData {
        static final Set<String> LANGUAGES;

        static {
            Set<String> languages = new TreeSet<>();
            for (ULocale locale : PluralRules.getAvailableULocales()) {
                if (!locale.getLanguage().isEmpty()) {
                    languages.add(locale.getLanguage());
                }
            }
            LANGUAGES = Set.copyOf(languages);
        }
    }

    // ---------------------------------------------------------------------------------------------- rendering

    private final class Renderer {
        private final String language;
        private final Object[] params;

        Renderer(String language, Object[] params) {
            this.language = language;
            this.params = params;
        }

        void render(List<Node> nodes, StringBuilder out) {
            for (Node node : nodes) {
                if (node instanceof Text text) {
                    out.append(text.value());
                } else if (node instanceof Param param) {
                    renderParam(param, out);
                } else if (node instanceof Template template) {
                    renderTemplate(template, out);
                }
            }
        }

        private void renderParam(Param param, StringBuilder out) {
            if (param.index() < 1 || param.index() > params.length) {
                out.append('$').append(param.index());
                return;
            }
            Object value = params[param.index() - 1];
            if (value instanceof Number number) {
                out.append(formatNumber(language, number));
            } else if (value instanceof ZonedDateTime moment) {
                out.append(formatDateTime(language, moment));
            } else if (value != null) {
                out.append(value);
            }
        }

        private void renderTemplate(Template template, StringBuilder out) {
            String name = template.name().trim().toUpperCase(Locale.ROOT);
            if (template.colon() && name.equals("PLURAL")) {
                plural(template.args(), out);
            } else if (template.colon() && name.equals("GENDER")) {
                gender(template.args(), out);
            } else {
                out.append("{{").append(template.name());
                for (int i = 0; i < template.args().size(); i++) {
                    out.append(i == 0 && template.colon() ? ":" : "|");
                    render(template.args().get(i), out);
                }
                out.append("}}");
            }
        }

        private void plural(List<List<Node>> args, StringBuilder out) {
            if (args.size() < 2) {
                return;
            }
            Number number = pluralNumber(args.get(0));
            List<List<Node>> forms = new ArrayList<>();
            for (List<Node> form : args.subList(1, args.size())) {
                Matcher explicit = explicitForm(form);
                if (explicit == null) {
                    forms.add(form);
                } else if (number != null && new BigDecimal(explicit.group(1)).compareTo(decimal(number)) == 0) {
                    Text first = (Text) form.get(0);
                    out.append(first.value().substring(explicit.end()));
                    render(form.subList(1, form.size()), out);
                    return;
                }
            }
            if (forms.isEmpty()) {
                return;
            }
            String category = number == null ? "other" : pluralCategory(language, number);
            int index = pluralCategories(language).indexOf(category);
            if (index < 0) {
                index = forms.size() - 1;
            }
            render(forms.get(Math.min(index, forms.size() - 1)), out);
        }

        private void gender(List<List<Node>> args, StringBuilder out) {
            if (args.size() < 2) {
                return;
            }
            String gender = plainValue(args.get(0)).trim().toLowerCase(Locale.ROOT);
            List<List<Node>> forms = args.subList(1, args.size());
            List<Node> form;
            if (gender.equals("male")) {
                form = forms.get(0);
            } else if (gender.equals("female")) {
                form = forms.get(Math.min(1, forms.size() - 1));
            } else {
                form = forms.size() >= 3 ? forms.get(2) : forms.get(0);
            }
            render(form, out);
        }

        /** The number a PLURAL is about: a Number parameter as it is, else the text parsed; null if not a number. */
        private Number pluralNumber(List<Node> arg) {
            Object value = singleParamValue(arg);
            if (value instanceof Number number) {
                return number;
            }
            String text = value != null ? value.toString() : plainValue(arg);
            String cleaned = text.trim().replace(",", "").replace("_", "").replace(" ", "");
            return NUMBER.matcher(cleaned).matches() ? new BigDecimal(cleaned) : null;
        }

        /** The raw parameter if the argument is just {@code $n} (surrounded by blanks at most). */
        private Object singleParamValue(List<Node> arg) {
            Param only = null;
            for (Node node : arg) {
                if (node instanceof Param param && only == null) {
                    only = param;
                } else if (!(node instanceof Text text && text.value().isBlank())) {
                    return null;
                }
            }
            if (only == null || only.index() < 1 || only.index() > params.length) {
                return null;
            }
            return params[only.index() - 1];
        }

        /** The argument as text, a single parameter by its {@code String.valueOf} (no number formatting). */
        private String plainValue(List<Node> arg) {
            Object value = singleParamValue(arg);
            if (value != null) {
                return value.toString();
            }
            StringBuilder text = new StringBuilder();
            render(arg, text);
            return text.toString();
        }

        private Matcher explicitForm(List<Node> form) {
            if (!form.isEmpty() && form.get(0) instanceof Text text) {
                Matcher matcher = EXPLICIT_FORM.matcher(text.value());
                if (matcher.find()) {
                    return matcher;
                }
            }
            return null;
        }

        private BigDecimal decimal(Number number) {
            Number icu = icuNumber(number);
            if (icu instanceof BigDecimal decimal) {
                return decimal;
            }
            if (icu instanceof BigInteger integer) {
                return new BigDecimal(integer);
            }
            if (icu instanceof Double || icu instanceof Float) {
                return BigDecimal.valueOf(icu.doubleValue());
            }
            return BigDecimal.valueOf(icu.longValue());
        }
    }

    // ---------------------------------------------------------------------------------------------- parsing

    private sealed interface Node permits Text, Param, Template {
    }

    private record Text(String value) implements Node {
    }

    private record Param(int index) implements Node {
    }

    /** {@code {{name:arg0|arg1|…}}} ({@code colon}) or {@code {{name|arg0|…}}}. */
    private record Template(String name, boolean colon, List<List<Node>> args) implements Node {
    }

    /** A small recursive-descent parser: text, {@code $n}, nested {@code {{…|…}}}; {@code [[…|…]]} kept whole. */
    private static final class Parser {
        private final String source;
        private int pos;

        private Parser(String source) {
            this.source = source;
        }

        static List<Node> parse(String source) {
            return List.copyOf(new Parser(source).nodes(false));
        }

        private List<Node> nodes(boolean inTemplate) {
            List<Node> nodes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int linkDepth = 0;
            while (pos < source.length()) {
                char c = source.charAt(pos);
                if (inTemplate && source.startsWith("}}", pos)) {
                    break;
                }
                if (inTemplate && linkDepth == 0 && c == '|') {
                    break;
                }
                if (source.startsWith("{{", pos)) {
                    int start = pos;
                    Template template = template();
                    if (template != null) {
                        flush(text, nodes);
                        nodes.add(template);
                    } else {
                        pos = start + 2;
                        text.append("{{");
                    }
                    continue;
                }
                if (c == '$' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1))) {
                    int end = pos + 1;
                    while (end < source.length() && isDigit(source.charAt(end))) {
                        end++;
                    }
                    String digits = source.substring(pos + 1, end);
                    flush(text, nodes);
                    nodes.add(new Param(digits.length() > 6 ? -1 : Integer.parseInt(digits)));
                    pos = end;
                    continue;
                }
                if (source.startsWith("[[", pos)) {
                    linkDepth++;
                    text.append("[[");
                    pos += 2;
                    continue;
                }
                if (linkDepth > 0 && source.startsWith("]]", pos)) {
                    linkDepth--;
                    text.append("]]");
                    pos += 2;
                    continue;
                }
                text.append(c);
                pos++;
            }
            flush(text, nodes);
            return nodes;
        }

        /** Parses {@code {{…}}} at {@code pos}; null (position undefined) if it is not closed. */
        private Template template() {
            pos += 2;
            int nameStart = pos;
            while (pos < source.length() && source.charAt(pos) != ':' && source.charAt(pos) != '|'
                    && !source.startsWith("}}", pos) && !source.startsWith("{{", pos)) {
                pos++;
            }
            if (pos >= source.length() || source.startsWith("{{", pos)) {
                return null;
            }
            String name = source.substring(nameStart, pos);
            boolean colon = source.charAt(pos) == ':';
            List<List<Node>> args = new ArrayList<>();
            if (colon) {
                pos++;
                args.add(List.copyOf(nodes(true)));
            }
            while (pos < source.length() && source.charAt(pos) == '|') {
                pos++;
                args.add(List.copyOf(nodes(true)));
            }
            if (!source.startsWith("}}", pos)) {
                return null;
            }
            pos += 2;
            return new Template(name, colon, List.copyOf(args));
        }

        private static void flush(StringBuilder text, List<Node> nodes) {
            if (text.length() > 0) {
                nodes.add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
