package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.multipart.MultipartFile;

/**
 * No code name, enum constant, field name or bundle key ever reaches a user (issue 15): every message of both bundles
 * reads as words, every validation message of every form (each {@code *Form} record, bound from a request as the pages
 * bind it, empty, with values of the wrong type and with values out of range) resolves in Swedish and English to such
 * words, and every rejection a service names by code is in both bundles. The import's messages are checked the same way
 * by {@code ImportMessagesTest}.
 *
 * <p>Fast on purpose: no application, the bundles, the validator and the binder as the application configures them.
 */
class NoIdentifierReachesAUserTest {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.ENGLISH);

    /** A constant such as {@code ARENA_END} or {@code LEVELS}: upper case, three letters or more, unless an abbreviation. */
    static final Pattern UPPER_CASE = Pattern.compile("(?<![\\p{L}\\d/._-])[A-ZÅÄÖ][A-ZÅÄÖ0-9_]{2,}(?![\\p{L}\\d_])");
    /** Abbreviations Swedish and English text use as words (and the memo's own diary prefix). */
    static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "API", "CSV", "DOCX", "EU", "HTML", "HTTP", "HTTPS", "ICS", "JSON", "OIDC", "PDF", "RJH", "RUN", "SKR",
            "SMTP", "URL", "XLSX", "ODS", "UTF", "ÅÅÅÅ", "MM", "DD", "TSV", "OK", "IT", "SSO", "ID", "ISO", "PNG",
            "SVG", "RSS", "BOM", "ÖT", "KSL", "ESF", "ERUF", "OECD", "WHO", "FN", "SCB", "AB", "HB", "KB", "MB", "GB",
            "DOS", "WCAG", "AA", "SSL", "TLS", "CEMR", "CPMR", "AER", "NSPA", "KPI", "YYYY", "ZIP", "JPEG", "DOTX", "GDPR",
            "UNESCO", "README", "OBS", "NOTE");
    /**
     * Names an administrator or an API client has to type, shown to them only, on purpose: a setting, HTTP methods. Each
     * is an instruction ("set X"), not a code standing in for words.
     */
    static final java.util.Set<String> SETTINGS = java.util.Set.of("ARENAREGISTER_RESTORE_FROM", "spring.mail.host", "GET", "HEAD", "OPTIONS");
    /** A Java or JSON name written in camel case, such as {@code areaId} or {@code meetsOn}. */
    static final Pattern CAMEL_CASE = Pattern.compile("(?<![\\p{L}\\d/._-])[a-zåäö]+[A-ZÅÄÖ][\\p{L}\\d]*(?![\\p{L}\\d/._-])");
    /** A message key ({@code arena.name.required}) or the marker Thymeleaf writes for a missing one ({@code ??x_sv??}). */
    static final Pattern KEY = Pattern.compile("(?<![\\p{L}\\d/@_-])[a-z][a-zA-Z]*(\\.[a-z][a-zA-Z]*){2,}(?![\\p{L}\\d/@_-])|\\?\\?");
    /** Words the bundles use that the camel-case rule would take for a name. */
    static final java.util.Set<String> CAMEL_WORDS = java.util.Set.of("iCal", "iCalendar", "eSam", "iPhone", "kB");

    static ResourceBundleMessageSource messages;
    static LocalValidatorFactoryBean validator;
    static DefaultFormattingConversionService conversion;

    @BeforeAll
    static void asTheApplicationConfiguresThem() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        conversion = new DefaultFormattingConversionService();
        SaneDates.register(conversion);
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    /** What in {@code text} a reader would take for a code: an upper-case constant, a camel-case name, a key. */
    static List<String> identifiers(String text) {
        String words = text;
        for (String setting : SETTINGS) {
            words = words.replace(setting, " ");
        }
        words = words.replaceAll("https?://\\S+|www\\.\\S+|\\S+@\\S+|\\{\\d+(,[^}]*)?}|<[^>]+>|&[a-z]+;", " ");
        List<String> found = new ArrayList<>();
        Matcher upper = UPPER_CASE.matcher(words);
        while (upper.find()) {
            if (!ABBREVIATIONS.contains(upper.group()) && !upper.group().matches("\\d.*")) {
                found.add(upper.group());
            }
        }
        Matcher camel = CAMEL_CASE.matcher(words);
        while (camel.find()) {
            if (!CAMEL_WORDS.contains(camel.group())) {
                found.add(camel.group());
            }
        }
        Matcher key = KEY.matcher(words);
        while (key.find()) {
            found.add(key.group());
        }
        return found;
    }

    @Test
    void theCheckFindsConstantsNamesAndKeysButNotWords() {
        assertThat(identifiers("LEVELS Värde saknas.")).containsExactly("LEVELS");
        assertThat(identifiers("Okänd typ: ARENA_END")).containsExactly("ARENA_END");
        assertThat(identifiers("Fältet meetsOn måste fyllas i.")).containsExactly("meetsOn");
        assertThat(identifiers("Saknas: arena.name.required")).containsExactly("arena.name.required");
        assertThat(identifiers("??arena.name_sv??")).isNotEmpty();
        assertThat(identifiers("Ange diarienumret som RUN/78/2022, t.ex. i PM:et för EU-arbetet på https://www.regionjh.se/a.b.c"
                + " eller i en CSV-fil, {0} tecken, ÅÅÅÅ-MM-DD.")).isEmpty();
    }

    @Test
    void everyMessageInBothBundlesReadsAsWords() throws IOException {
        Map<String, List<String>> codes = new TreeMap<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                List<String> found = identifiers(properties.getProperty(key));
                if (!found.isEmpty()) {
                    codes.put(bundle + ": " + key, found);
                }
            }
        }
        assertThat(codes).as("messages that show a reader a code, a name or a key").isEmpty();
    }

    /** Every form, bound as a page binds it, three times; each error it gets resolves in both languages to words. */
    @Test
    void everyValidationMessageOfEveryFormIsWordsInSwedishAndEnglish() {
        List<Class<?>> forms = forms();
        assertThat(forms).as("the forms found").hasSizeGreaterThanOrEqualTo(25);
        Map<String, String> problems = new TreeMap<>();
        int errors = 0;
        for (Class<?> form : forms) {
            TreeSet<String> codesSeen = new TreeSet<>();
            for (Map<String, List<String>> values : List.of(Map.<String, List<String>>of(), wrongType(form), outOfRange(form))) {
                BindingResult result = bind(form, values);
                for (ObjectError error : result.getAllErrors()) {
                    errors++;
                    codesSeen.add(error.getCode());
                    String where = form.getSimpleName() + "." + (error instanceof FieldError field ? field.getField() : "") + " " + error.getCode();
                    for (Locale language : LANGUAGES) {
                        try {
                            String text = messages.getMessage(error, language);
                            List<String> found = identifiers(text);
                            if (text.isBlank() || !found.isEmpty() || text.contains("{") || text.equals(error.getDefaultMessage()) && !fromBundle(text, language)) {
                                problems.put(where + " (" + language + ")", text);
                            }
                        } catch (NoSuchMessageException e) {
                            problems.put(where + " (" + language + ")", "no message");
                        }
                    }
                }
            }
            if (hasConstraints(form)) {
                assertThat(codesSeen).as("%s gets errors from bad input", form.getSimpleName()).isNotEmpty();
            }
        }
        assertThat(problems).as("validation messages that are not words in the user's language").isEmpty();
        assertThat(errors).as("errors checked").isGreaterThan(200);
    }

    /** A rejection a service or controller names by its code ({@code name.duplicate}) is in both bundles. */
    @Test
    void everyRejectionNamedByCodeIsInBothBundles() throws IOException {
        Properties swedish = load("messages.properties");
        Properties english = load("messages_en.properties");
        Pattern named = Pattern.compile("(?:Rejection|InvalidInputException\\.of|rejectValue|reject)\\(\\s*(?:\"([\\w.]*)\"|[\\w.()]+)\\s*,\\s*\"([a-zA-Z][\\w.]*)\"");
        Pattern alone = Pattern.compile("\\.reject\\(\\s*\"([a-zA-Z][\\w.]*)\"");
        TreeSet<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Matcher m : List.of(named.matcher(source), alone.matcher(source))) {
                    while (m.find()) {
                        found++;
                        String code = m.group(m.groupCount());
                        String field = m.groupCount() > 1 ? m.group(1) : null;
                        for (Properties bundle : List.of(swedish, english)) {
                            boolean known = bundle.containsKey(code) || field != null && bundle.containsKey(code + "." + field)
                                    || field != null && bundle.containsKey(code + ".form." + field);
                            if (!known) {
                                missing.add(file.getFileName() + ": " + code + (bundle == english ? " (en)" : " (sv)"));
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("rejections named by code").isGreaterThan(80);
        assertThat(missing).as("codes without a message").isEmpty();
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (java.io.Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static final Map<Locale, Properties> BUNDLES = new java.util.HashMap<>();

    /** Whether a message that fell back to the validator's own text is one of ours all the same ({@code {website.invalid}}). */
    static boolean fromBundle(String text, Locale language) {
        return BUNDLES.computeIfAbsent(language, l -> {
            try {
                return load(l == SWEDISH ? "messages.properties" : "messages_en.properties");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).containsValue(text);
    }

    static List<Class<?>> forms() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
        List<Class<?>> forms = new ArrayList<>();
        for (BeanDefinition candidate : scan.findCandidateComponents("se.arenaregister")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isRecord()) {
                    forms.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return forms;
    }

    static boolean hasConstraints(Class<?> form) {
        return validator.getConstraintsForClass(form).isBeanConstrained();
    }

    static BindingResult bind(Class<?> form, Map<String, List<String>> values) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        values.forEach((name, list) -> request.addParameter(name, list.toArray(String[]::new)));
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(form));
        binder.setConversionService(conversion);
        binder.setValidator(validator);
        binder.construct(request);
        if (binder.getTarget() != null) {
            binder.validate();
        }
        return binder.getBindingResult();
    }

    /** A value no field of its type can take: words for numbers, dates and choices, a nonsense truth value. */
    static Map<String, List<String>> wrongType(Class<?> form) {
        Map<String, List<String>> values = new TreeMap<>();
        for (RecordComponent component : form.getRecordComponents()) {
            Class<?> type = elementType(component);
            if (type == String.class || MultipartFile.class.isAssignableFrom(type)) {
                continue;
            }
            values.put(component.getName(), List.of(type == Boolean.class || type == boolean.class ? "kanske" : "NO_SUCH_VALUE x"));
        }
        return values;
    }

    /** Values of the right type that the constraints refuse: text too long, numbers far out of range, dates long ago. */
    static Map<String, List<String>> outOfRange(Class<?> form) {
        Map<String, List<String>> values = new TreeMap<>();
        for (RecordComponent component : form.getRecordComponents()) {
            Class<?> type = elementType(component);
            String value;
            if (type == String.class) {
                value = "ä ".repeat(60_000) + "\u0007";
            } else if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
                value = "-123456789";
            } else if (type.getName().startsWith("java.time.")) {
                value = type.getSimpleName().equals("LocalDate") ? "1066-10-14" : null;
            } else {
                value = null;
            }
            if (value != null) {
                values.put(component.getName(), List.of(value));
            }
        }
        return values;
    }

    static Class<?> elementType(RecordComponent component) {
        if (Collection.class.isAssignableFrom(component.getType())) {
            Class<?> element = ResolvableType.forType(component.getGenericType()).getGeneric(0).resolve();
            return element == null ? Object.class : element;
        }
        return component.getType();
    }
}
